package dev.parley.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;

/**
 * The trigger phrases of one family of happenings ({@code [agreement-triggers]}, {@code [event-triggers]}), each
 * with the class it reports, and where they occur in a sentence: whole words, any case, a space matching any run
 * of spaces and a hyphen matching a space or nothing. Immutable.
 * <pre>
 *   Triggers t = new Triggers(lexicon.map("event-triggers"));
 *   for (Triggers.Found f : t.in(text, sentence)) { ... f.type() ... }
 * </pre>
 */
final class Triggers {
    /**
     * A trigger found in the text.
     *
     * @param words its words in lower case, each run of spaces and hyphens one space ("cease fire")
     * @param type  the class its phrase names, or null when no phrase reads so (not met with parley's lists)
     * @param begin offset of its first character
     * @param end   offset after its last character
     */
    record Found(String words, Resource type, int begin, int end) {}

    private final Map<String, Resource> phrases;
    private final Pattern pattern;
    private final List<String> heads;

    /** Phrases to the local names of their classes, in the order written. */
    Triggers(Map<String, String> classes) {
        Map<String, Resource> m = new LinkedHashMap<>();
        classes.forEach((phrase, type) -> m.put(phrase, Types.named(type)));
        this.phrases = java.util.Collections.unmodifiableMap(m);
        this.pattern = alternation(phrases.keySet());
        this.heads = heads(phrases.keySet());
    }

    /** The classes the phrases name. */
    Set<Resource> types() {
        return Set.copyOf(phrases.values());
    }

    /** The triggers in a sentence, in text order, none overlapping (the longest phrase wins). */
    List<Found> in(AnnotatedText text, Sentence s) {
        List<Found> out = new ArrayList<>();
        String sText = text.slice(s.begin(), s.end());
        Matcher m = pattern.matcher(sText).useTransparentBounds(true).useAnchoringBounds(false);
        int[] starts = starts(sText);
        int from = 0;
        for (int k = 0; starts == null ? m.find() : k < starts.length; k++) {
            if (starts != null) {
                // The pattern is tried only where a phrase's first word stands, as find() would meet it.
                if (starts[k] < from || !m.region(starts[k], sText.length()).lookingAt()) {
                    continue;
                }
                from = m.end();
            }
            String words = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0-]+", " ");
            out.add(new Found(words, typeOf(words), s.begin() + m.start(), s.begin() + m.end()));
        }
        return out;
    }

    /**
     * Where a phrase can start in the text: the offsets, in order, at which the first word of some phrase
     * stands (any case); null when they cannot be told from the lower-cased text (its length differs).
     */
    private int[] starts(String sText) {
        String lower = sText.toLowerCase(Locale.ROOT);
        if (lower.length() != sText.length()) {
            return null;
        }
        java.util.BitSet at = new java.util.BitSet(lower.length());
        for (String head : heads) {
            for (int i = lower.indexOf(head); i >= 0; i = lower.indexOf(head, i + 1)) {
                at.set(i);
            }
        }
        return at.stream().toArray();
    }

    /** The first words of the phrases, lower case, each once: a phrase's text up to its first space or hyphen. */
    private static List<String> heads(Collection<String> phrases) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String p : phrases) {
            int cut = 0;
            while (cut < p.length() && p.charAt(cut) != ' ' && p.charAt(cut) != '-') {
                cut++;
            }
            if (cut == 0) {
                throw new IllegalArgumentException("A trigger phrase starts with a space or a hyphen: '" + p + "'");
            }
            out.add(p.substring(0, cut).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /** The class of the first phrase that reads as these words, hyphens as spaces or as nothing. */
    private Resource typeOf(String words) {
        for (Map.Entry<String, Resource> e : phrases.entrySet()) {
            if (e.getKey().replace('-', ' ').equals(words) || e.getKey().replace("-", "").equals(words.replace(" ",
                    ""))) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * One case-insensitive pattern for whole phrases, longest first, in group 1: a space matches any run of spaces,
     * a hyphen a space or nothing.
     */
    static Pattern alternation(Collection<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder sb = new StringBuilder("(?i)(?<![\\p{L}-])(");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E[\\s\\u00A0]+\\Q")
                    .replace("-", "\\E[-\\s]?\\Q"));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}])").toString());
    }
}
