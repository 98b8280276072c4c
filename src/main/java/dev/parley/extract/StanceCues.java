package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

import org.apache.jena.rdf.model.Resource;

/**
 * The cues of stance in a stretch of text, in text order: each phrase of {@code [stance-cues]} with the stance it
 * gives, and each denial of {@code [stance-denials]} ("denied", "rejected accusations"). At one place the longer
 * phrase wins, so that "rejected accusations" is a denial and not a rejection.
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
        Matcher m = words.cueOrDenial.matcher(text).region(region.begin(), region.end());
        while (m.find()) {
            String phrase = StanceWords.normal(m.group());
            Resource concept = words.cues.get(phrase);
            if (concept != null || words.denials.contains(phrase)) {
                out.add(new Cue(new Span(m.start(), m.end()), concept));
            }
        }
        return out;
    }
}
