package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * A strike needs who struck (the subject before the trigger) and a target ("strikes on Russian territory") or a
 * date.
 */
record StrikeRule(HappeningWords words) implements EventRule {
    @Override
    public Resource type() {
        return Parley.Strike;
    }

    @Override
    public Happening event(EventClause c) {
        Entity subject = c.subject();
        List<Happening.Role> roles = new ArrayList<>();
        EventClause.addRole(roles, Parley.performedBy, subject);
        Entity target = null;
        int on = c.indexOf(c.after(), c.after() + words.limits.strikePrepositionSearchTokens(),
                words.strikeTargetPrepositions);
        if (on >= 0) {
            target = c.who().anyAt(c.sentence(), on + 1, words.limits.strikeTargetSearchTokens());
            EventClause.addRole(roles, Parley.target, target);
        }
        if (subject == null || target == null && c.date() == null) {
            return null;
        }
        String label = c.trigger().words() + " by " + subject.label() + (target != null ? " on " + target.label()
                : "");
        return c.event(type(), label, c.trigger().end(), c.date(), roles, null, null, List.of());
    }
}
