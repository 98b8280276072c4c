package dev.parley.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * Types a minted name that is only an actor or a place from all its uses: a state when the article also uses
 * its demonym, gives it officials ("Veldoria's Foreign Minister") or a place of its own ("the Korvask capital");
 * a city beside a place noun ("the capital, Tallis"); a place when it only follows locative prepositions; else
 * an actor of no known kind (a one-word name in real news is more often a surname than a state).
 */
final class MintedTypes {
    private MintedTypes() {}

    static void retype(MentionDraft d) {
        Mentions.Builder out = d.out;
        Map<String, Resource> retype = new HashMap<>();
        Set<String> demonymStates = new HashSet<>();
        for (Mention m : out.mentions) {
            if (m.kind() == Mention.Kind.DEMONYM && m.entity() != null && !m.entity().registered()) {
                demonymStates.add(m.entity().iri());
            }
        }
        for (Entity e : out.entities.values()) {
            if (e.registered() || !(e.type().equals(Parley.Actor) || e.type().equals(Parley.Place))) {
                continue;
            }
            retype.put(e.iri(), typeFromUses(d, e, demonymStates.contains(e.iri())));
        }
        for (Map.Entry<String, Resource> r : retype.entrySet()) {
            Entity old = out.entities.get(r.getKey());
            Entity now = old.withType(r.getValue());
            out.entities.put(now.iri(), now);
            for (int k = 0; k < out.mentions.size(); k++) {
                if (out.mentions.get(k).entity() == old) {
                    out.mentions.set(k, out.mentions.get(k).withEntity(now));
                }
            }
        }
    }

    private static Resource typeFromUses(MentionDraft d, Entity e, boolean state) {
        MentionWords w = d.words;
        boolean actorUse = false;
        boolean city = false;
        for (Mention m : d.out.mentions) {
            if (m.entity() != e) {
                continue;
            }
            Sentence s = d.text.sentences().get(m.sentence());
            int after = m.token() + m.tokens();
            if (after + 1 < s.tokens().size() && s.tokens().get(after).text().matches("['\u2019]s")
                    && s.tokens().get(after + 1).isCapitalised()) {
                state = true;
            }
            if (after < s.tokens().size() && m.token() > 0 && s.tokens().get(m.token() - 1).lower().equals("the")
                    && w.placeNouns.contains(s.tokens().get(after).lower())) {
                state = true; // "the Korvask capital"
            }
            String before = m.token() > 0 ? s.tokens().get(m.token() - 1).lower() : "";
            boolean placeAppositive = before.equals(",") && m.token() > 1
                    && w.placeNouns.contains(s.tokens().get(m.token() - 2).lower());
            if (placeAppositive || m.token() > 1 && before.equals("of")
                    && w.placeNouns.contains(s.tokens().get(m.token() - 2).lower())) {
                city = true;
            }
            if (!w.locative.contains(before) && !placeAppositive) {
                actorUse = true;
            }
        }
        if (city && !state) {
            return Parley.City;
        }
        if (state) {
            return Parley.State;
        }
        return actorUse && e.type().equals(Parley.Actor) ? Parley.Actor : Parley.Place;
    }
}
