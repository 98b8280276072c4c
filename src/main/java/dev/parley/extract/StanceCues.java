package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;

/**
 * The cues of stance in a stretch of text, in text order: each phrase of {@code [stance-cues]} with the stance it
 * gives, and each denial of {@code [stance-denials]} ("denied", "rejected accusations"). Phrases are tried only
 * where their first word stands; at one place the longer phrase wins, so that "rejected accusations" is a denial
 * and not a rejection.
 */
final class StanceCues {
    private final StanceWords words;

    StanceCues(StanceWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /** A cue: its words and the stance it gives, or a denial (no stance of its own). */
    record Cue(Span span, Resource concept) {
        boolean isDenial() {
            return concept == null;
        }
    }

    List<Cue> in(String text, Span region) {
        List<Cue> out = new ArrayList<>();
        int i = region.begin();
        while (i < region.end()) {
            if (!Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int e = i;
            while (e < region.end() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            int next = e;
            List<Pattern> candidates = words.cueOrDenialByFirstWord.get(text.substring(i, e).toLowerCase(Locale.ROOT));
            for (Pattern p : candidates == null ? List.<Pattern>of() : candidates) {
                Matcher m = p.matcher(text).region(i, region.end());
                if (m.lookingAt()) {
                    String phrase = StanceWords.normal(m.group());
                    out.add(new Cue(new Span(m.start(), m.end()), words.cues.get(phrase)));
                    next = m.end();
                    break;
                }
            }
            i = next;
        }
        return out;
    }
}
