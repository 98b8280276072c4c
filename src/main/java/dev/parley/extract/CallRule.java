package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * A call needs a counterpart: "a phone call with Putin", "talking with President Putin". The actor before the
 * trigger is the other participant.
 */
record CallRule(HappeningWords words) implements EventRule {
    @Override
    public Resource type() {
        return Parley.Call;
    }

    @Override
    public Happening event(EventClause c) {
        List<Token> toks = c.tokens();
        int after = c.after();
        Entity with;
        if (words.counterpartPrepositions.contains(HappeningWords.lastWord(c.trigger().words()))) {
            with = c.who().actorAt(c.sentence(), after);
        } else if (after < toks.size() && words.counterpartPrepositions.contains(toks.get(after).lower())) {
            with = c.who().actorAt(c.sentence(), after + 1);
        } else {
            with = null;
        }
        if (with == null) {
            return null;
        }
        List<Happening.Role> roles = new ArrayList<>();
        EventClause.addRole(roles, Parley.participant, c.subject());
        EventClause.addRole(roles, Parley.participant, with);
        String label = "call" + (c.subject() != null ? " between " + c.subject().label() + " and " : " with ")
                + with.label();
        int end = c.who().nameEnd(c.sentence(), after, words.limits.callCounterpartNameTokens(), c.trigger().end());
        return c.event(type(), label, end, c.date(), roles, null, null, List.of());
    }
}
