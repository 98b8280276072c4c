package dev.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * A resumption of supplies: "the United States has resumed supplying weapons and sharing intelligence with
 * Ukraine". Needs who resumes and what (the words that are not -ing forms or conjunctions, up to the recipient's
 * preposition); the actor after "with" or "to" receives them.
 */
record SupplyResumptionRule(HappeningWords words) implements EventRule {
    @Override
    public Resource type() {
        return Parley.SupplyResumption;
    }

    @Override
    public Happening event(EventClause c) {
        List<Token> toks = c.tokens();
        int after = c.after();
        if (after >= toks.size() || !(toks.get(after).lower().endsWith("ing")
                || words.supplyObjectPrepositions.contains(HappeningWords.lastWord(c.trigger().words())))) {
            return null;
        }
        List<Happening.Role> roles = new ArrayList<>();
        EventClause.addRole(roles, Parley.performedBy, c.subject());
        int with = c.indexOf(after, toks.size(), words.supplyRecipientPrepositions);
        if (with >= 0) {
            EventClause.addRole(roles, Parley.recipient, c.who().actorAt(c.sentence(), with + 1));
        }
        Set<String> items = new LinkedHashSet<>();
        for (int k = after; k < toks.size() && (with < 0 || k < with); k++) {
            String w = toks.get(k).lower();
            if (!w.endsWith("ing") && Character.isLetter(w.charAt(0)) && !words.listConjunctions.contains(w)) {
                items.add(toks.get(k).text());
            }
        }
        if (c.subject() == null || items.isEmpty()) {
            return null;
        }
        String label = "resumption of " + String.join(" and ", items) + (with >= 0 && !roles.isEmpty()
                ? " supplies" : "");
        int end = with >= 0 ? toks.get(Math.min(toks.size() - 1, with + 1)).end() : c.trigger().end();
        return c.event(type(), label, end, c.date(), roles, null, null, List.copyOf(items));
    }
}
