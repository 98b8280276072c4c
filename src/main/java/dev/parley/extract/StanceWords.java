package dev.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;

import dev.parley.ParleyException;

/**
 * The word lists and thresholds of the stance rules, read once from the {@link Lexicon}: the sections of
 * {@code stances.txt} and the stance windows of {@code [thresholds]}. Immutable.
 */
final class StanceWords {
    /** Each cue phrase (lower case, single spaces) and the stance it gives. */
    final Map<String, Resource> cues;
    final Set<String> denials;
    /**
     * Every cue and denial as whole words, any case, any spaces between words, by its first word (lower case) and
     * longer phrases first: a phrase is tried only where its first word stands.
     */
    final Map<String, List<Pattern>> cueOrDenialByFirstWord;
    /** Negation phrases, each as its lower-case words. */
    final List<List<String>> negations;
    final List<String> negationEndings;
    final Pattern conditions;
    final Pattern exceptions;
    final Pattern accusations;
    final int agreementGapChars;
    final int negationGapWords;
    final int violatorBeforeCueWords;

    StanceWords(Lexicon lex) {
        Map<String, Resource> c = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : lex.map("stance-cues").entrySet()) {
            c.put(normal(e.getKey()), concept(e.getKey(), e.getValue()));
        }
        cues = java.util.Collections.unmodifiableMap(c);
        denials = lex.words("stance-denials");
        List<String> both = new ArrayList<>(cues.keySet());
        both.addAll(denials);
        both.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, List<Pattern>> byFirst = new java.util.HashMap<>();
        for (String phrase : both) {
            byFirst.computeIfAbsent(phrase.split(" ")[0], k -> new ArrayList<>()).add(phrases(List.of(phrase)));
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        cueOrDenialByFirstWord = Map.copyOf(byFirst);
        List<List<String>> n = new ArrayList<>();
        for (String w : lex.words("stance-negations")) {
            n.add(List.of(w.split(" ")));
        }
        negations = List.copyOf(n);
        negationEndings = List.copyOf(lex.words("stance-negation-endings"));
        conditions = phrases(lex.lines("stance-conditions"));
        exceptions = phrases(lex.lines("stance-exceptions"));
        accusations = phrases(lex.lines("stance-accusation-verbs"));
        agreementGapChars = lex.threshold("stance-agreement-gap-chars");
        negationGapWords = lex.threshold("stance-negation-gap-words");
        violatorBeforeCueWords = lex.threshold("stance-violator-before-cue-words");
    }

    /** A phrase as the keys of {@link #cues} have it: lower case, one space between words. */
    static String normal(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ");
    }

    /** A stance the lexicon names must be a concept of the stance scheme, or the cue would make bad data. */
    private static Resource concept(String phrase, String name) {
        for (Resource r : Stances.CONCEPTS) {
            if (r.getLocalName().equals(name)) {
                return r;
            }
        }
        throw new ParleyException("The extractor lexicon's [stance-cues] maps \"" + phrase + "\" to " + name
                + ", which is not a stance (stances: " + Stances.CONCEPTS.stream().map(Resource::getLocalName).toList()
                + ")");
    }

    /** Whole phrases, any case, any run of spaces between their words; longer phrases are tried first. */
    private static Pattern phrases(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?i)(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E[\\s\\u00A0]+\\Q"));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
    }
}
