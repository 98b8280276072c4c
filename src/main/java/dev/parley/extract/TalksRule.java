package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * Talks need their sides ("talks between Veldorian and Norvan officials") or a place ("in Tallis"), and a place or a
 * date right by the trigger ("discussions on March 11"); a date further away is not the talks'.
 */
record TalksRule(HappeningWords words) implements EventRule {
    @Override
    public Resource type() {
        return Parley.Talks;
    }

    @Override
    public Happening event(EventClause c) {
        Sentence s = c.sentence();
        int after = c.after();
        HappeningWords.Thresholds limits = words.limits;
        List<Happening.Role> roles = new ArrayList<>();
        int between = c.indexOf(after, after + limits.talksBetweenSearchTokens(), words.betweenPrepositions);
        if (between >= 0) {
            int to = Math.min(c.tokens().size(), between + limits.talksParticipantsAfterBetweenTokens());
            for (Entity x : c.who().actorsIn(s, between + 1, to)) {
                EventClause.addRole(roles, Parley.participant, x);
            }
        }
        Entity place = c.who().placeAfter(s, after, after + limits.talksPlaceSearchTokens(),
                words.talksPlacePrepositions);
        if (place != null) {
            EventClause.addRole(roles, Parley.place, place);
            c.who().useContainers(place);
        }
        TemporalExpression date = c.date();
        boolean dated = date != null && date.begin() >= c.trigger().begin() - limits.talksDateBeforeTriggerChars()
                && date.begin() - c.trigger().end() < limits.talksDateAfterTriggerChars();
        if (roles.isEmpty() || !dated && place == null) {
            return null;
        }
        String sides = EventClause.labels(roles, Parley.participant);
        String label = "talks" + (sides.isEmpty() ? "" : " between " + sides) + (place != null ? " in "
                + place.label() : "");
        return c.event(type(), label, c.trigger().end(), dated ? date : null, roles, null, null, List.of());
    }
}
