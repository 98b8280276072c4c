package dev.parley.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Who a statement says broke an agreement. After an accusation verb of {@code [stance-accusation-verbs]} before the
 * violation cue, the first actor named between the two ("accused Norva of violating the truce"); without one, the
 * last actor named in the few words before the cue ("Norva violated the truce", at most
 * {@code stance-violator-before-cue-words} words before). None when neither names an actor.
 */
final class AllegedViolators {
    private final StanceWords words;

    AllegedViolators(StanceWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    Entity of(String text, Mentions mentions, Span region, Span cue) {
        Matcher m = words.accusations.matcher(text).region(region.begin(), cue.begin());
        int accusedFrom = -1;
        while (m.find()) {
            accusedFrom = m.end();
        }
        if (accusedFrom >= 0) {
            for (Mention x : mentions.in(accusedFrom, cue.begin())) {
                if (isActor(x)) {
                    return x.entity();
                }
            }
        }
        int from = Math.max(region.begin(), wordsBefore(text, cue.begin(), words.violatorBeforeCueWords));
        List<Mention> near = mentions.in(from, cue.begin());
        for (int i = near.size() - 1; i >= 0; i--) {
            if (isActor(near.get(i))) {
                return near.get(i).entity();
            }
        }
        return null;
    }

    private static boolean isActor(Mention m) {
        return m.entity() != null && Types.isActor(m.entity().type());
    }

    /** The offset where the {@code n}th word before {@code end} starts. */
    private static int wordsBefore(String text, int end, int n) {
        int i = end;
        for (int k = 0; k < n && i > 0; k++) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }
}
