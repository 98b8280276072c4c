package dev.parley.extract;

import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Who a statement says broke an agreement. After an accusation verb of {@code [stance-accusation-verbs]} before the
 * violation cue, the first actor named between the two ("accused Norva of violating the truce"); without one, the
 * first actor named in the few words before the cue, the clause's subject ("Norva moved guns to the border in
 * breach of the truce", at most {@code stance-violator-before-cue-words} words before). None when neither names an
 * actor.
 */
final class AllegedViolators {
    private final StanceWords words;

    AllegedViolators(StanceWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /**
     * The alleged violator, or null.
     *
     * @param content the statement's content: a cue inside it looks for its subject there only, not among the
     *                words of the attribution (the speaker is no violator of its own words)
     */
    Entity of(String text, Mentions mentions, Span region, Span content, Span cue) {
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
        int start = cue.begin() >= content.begin() ? content.begin() : region.begin();
        int from = Math.max(start, wordsBefore(text, cue.begin(), words.violatorBeforeCueWords));
        for (Mention x : mentions.in(from, cue.begin())) {
            if (isActor(x)) {
                return x.entity();
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
