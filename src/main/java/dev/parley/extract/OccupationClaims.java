package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import dev.parley.vocab.Parley;

/**
 * "the two regions — Korla and Tarsk — partially occupied by Veldorian forces": each
 * place (not a state) named before the phrase is claimed to be partially occupied by the actor after it. The claim
 * is the statement's when a statement contains it.
 */
record OccupationClaims(HappeningWords words) {
    List<Claim> in(Participants who) {
        AnnotatedText text = who.text();
        Mentions mentions = who.mentions();
        List<Claim> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = words.occupation.matcher(text.slice(s.begin(), s.end()));
            while (m.find()) {
                int b = s.begin() + m.start();
                int e = s.begin() + m.end();
                Entity by = who.actorAt(s, s.tokenAt(e));
                if (by == null) {
                    continue;
                }
                Mention byMention = null;
                for (int k = s.tokenAt(e); k < s.tokens().size() && byMention == null; k++) {
                    byMention = mentions.covering(s, k);
                }
                List<Entity> places = new ArrayList<>();
                int first = b;
                for (Mention pm : mentions.in(s.begin(), b)) {
                    if (pm.entity() != null && Types.isPlace(pm.entity().type())
                            && !pm.entity().type().equals(Parley.State)) {
                        places.add(pm.entity());
                        first = Math.min(first, pm.begin());
                    }
                }
                if (!places.isEmpty()) {
                    int end = byMention != null ? byMention.end() : e;
                    out.add(new Claim(places, Parley.partiallyOccupiedBy, by, first, end, s.index(),
                            who.statementAt(b)));
                }
            }
        }
        return out;
    }
}
