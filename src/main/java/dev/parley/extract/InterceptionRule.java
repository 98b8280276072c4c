package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * An interception needs a count ("intercepted 31 Ukrainian drones", what was counted up to a stop word) or who
 * intercepted; the place after "over" is where.
 */
record InterceptionRule(HappeningWords words) implements EventRule {
    @Override
    public Resource type() {
        return Parley.Interception;
    }

    @Override
    public Happening event(EventClause c) {
        List<Token> toks = c.tokens();
        int after = c.after();
        Integer count = null;
        String item = null;
        if (after < toks.size() && toks.get(after).text().matches("\\d[\\d,]*")) {
            count = Integer.valueOf(toks.get(after).text().replace(",", ""));
            StringBuilder sb = new StringBuilder();
            for (int k = after + 1; k < toks.size() && k < after + words.limits.countedItemEndTokens()
                    && !words.countedItemStops.contains(toks.get(k).lower()); k++) {
                sb.append(sb.length() == 0 ? "" : " ").append(toks.get(k).text());
            }
            item = sb.toString();
        }
        List<Happening.Role> roles = new ArrayList<>();
        EventClause.addRole(roles, Parley.place, c.who().placeAfter(c.sentence(), after, toks.size(),
                words.interceptionPlacePrepositions));
        if (count == null && c.subject() == null) {
            return null;
        }
        String label = "interception" + (count != null ? " of " + count + " " + item : "");
        return c.event(type(), label, c.trigger().end(), c.date(), roles, count, item, List.of());
    }
}
