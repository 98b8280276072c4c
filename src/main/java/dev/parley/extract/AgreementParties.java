package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who is party to an agreement, from the words around its trigger: "a cease-fire with Russia" (a state or group,
 * not a person: "discuss a cease-fire with Putin" names a counterpart in talks), "a truce between X and Y", the
 * subject of an acceptance or rejection verb just before it ("Ukraine has consented to a 30-day cease-fire"), and
 * whether it is in force ("the truce took hold").
 */
record AgreementParties(HappeningWords words) {
    /**
     * The parties of one mention, each once, in the order found (acceptors and rejectors are parties too).
     *
     * @param parties  every party
     * @param accepted those who accepted it
     * @param rejected those who rejected it
     * @param inForce  the words after it say it is in force
     */
    record Found(List<Entity> parties, List<Entity> accepted, List<Entity> rejected, boolean inForce) {
        Found {
            parties = List.copyOf(parties);
            accepted = List.copyOf(accepted);
            rejected = List.copyOf(rejected);
        }
    }

    Found around(AgreementClause c) {
        Sentence s = c.sentence();
        List<Token> toks = s.tokens();
        Participants who = c.who();
        int b = c.trigger().begin();
        int e = c.trigger().end();
        List<Entity> parties = new ArrayList<>();
        int after = s.tokenAt(e);
        if (after < toks.size() && words.agreementNameContinuations.contains(toks.get(after).lower())) {
            after++;
        }
        if (after < toks.size() && words.counterpartPrepositions.contains(toks.get(after).lower())) {
            Entity x = who.actorAt(s, after + 1);
            if (x != null && !Types.isPerson(x.type())) {
                addOnce(parties, x);
            }
        }
        if (after < toks.size() && words.betweenPrepositions.contains(toks.get(after).lower())) {
            int to = Math.min(toks.size(), after + words.limits.agreementPartiesAfterBetweenTokens());
            for (Entity x : who.actorsIn(s, after + 1, to)) {
                addOnce(parties, x);
            }
        }
        String before = c.text().slice(s.begin(), b).toLowerCase(Locale.ROOT);
        List<Entity> accepted = subjectsOf(words.acceptanceVerbs, before, c, parties);
        List<Entity> rejected = subjectsOf(words.rejectionVerbs, before, c, parties);
        String afterText = c.text().slice(e, s.end()).toLowerCase(Locale.ROOT);
        boolean inForce = false;
        for (String phrase : words.inForcePhrases) {
            if (afterText.startsWith(" " + phrase) || afterText.contains(" " + phrase + " ")
                    && afterText.indexOf(phrase) < words.limits.inForceAfterTriggerChars()) {
                inForce = true;
            }
        }
        return new Found(parties, accepted, rejected, inForce);
    }

    /** The subjects of the verbs (each verb's last use) within a window before the trigger; each is a party too. */
    private List<Entity> subjectsOf(List<String> verbs, String before, AgreementClause c, List<Entity> parties) {
        List<Entity> out = new ArrayList<>();
        Sentence s = c.sentence();
        for (String verb : verbs) {
            int at = before.lastIndexOf(verb);
            if (at >= 0 && c.trigger().begin() - (s.begin() + at) < words.limits.acceptanceBeforeTriggerChars()) {
                Entity subject = c.who().subjectBefore(s, s.begin() + at);
                if (subject != null) {
                    addOnce(out, subject);
                    addOnce(parties, subject);
                }
            }
        }
        return out;
    }

    /** Adds an entity unless one with its IRI is there. */
    static void addOnce(List<Entity> list, Entity e) {
        for (Entity x : list) {
            if (x.iri().equals(e.iri())) {
                return;
            }
        }
        list.add(e);
    }
}
