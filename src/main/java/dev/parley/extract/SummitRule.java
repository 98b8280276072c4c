package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * A summit needs participants: the actors after the trigger ("a summit with a “group of guarantor states”") and
 * the sentence's subject ("Holt spoke after a summit with ..." was there too).
 */
record SummitRule() implements EventRule {
    @Override
    public Resource type() {
        return Parley.Summit;
    }

    @Override
    public Happening event(EventClause c) {
        List<Happening.Role> roles = new ArrayList<>();
        EventClause.addRole(roles, Parley.participant, c.subject());
        for (Entity x : c.who().actorsIn(c.sentence(), c.after(), c.tokens().size())) {
            EventClause.addRole(roles, Parley.participant, x);
        }
        if (roles.isEmpty()) {
            return null;
        }
        String label = "summit with " + EventClause.labels(roles, Parley.participant);
        return c.event(type(), label, c.trigger().end(), c.date(), roles, null, null, List.of());
    }
}
