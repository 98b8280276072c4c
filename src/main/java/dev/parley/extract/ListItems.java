package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The terms of a list in the text ("Ukraine's neutral status and the commitment ..."), split at separators. */
final class ListItems {
    private ListItems() {}

    /**
     * The parts of text[start, end) between the separators, trimmed of spaces and of a leading determiner (when more
     * words follow it); empty parts are dropped.
     */
    static List<Span> split(AnnotatedText text, int start, int end, Pattern separator, Set<String> determiners) {
        List<Span> parts = new ArrayList<>();
        Matcher sep = separator.matcher(text.slice(start, end));
        int last = 0;
        while (sep.find()) {
            add(parts, text, start + last, start + sep.start(), determiners);
            last = sep.end();
        }
        add(parts, text, start + last, end, determiners);
        return parts;
    }

    private static void add(List<Span> parts, AnnotatedText text, int b, int e, Set<String> determiners) {
        String t = text.text();
        while (b < e && Nlp.isSpace(t.charAt(b))) {
            b++;
        }
        while (e > b && Nlp.isSpace(t.charAt(e - 1))) {
            e--;
        }
        String first = text.slice(b, e).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (determiners.contains(first) && text.slice(b, e).contains(" ")) {
            b += first.length();
            while (b < e && Nlp.isSpace(t.charAt(b))) {
                b++;
            }
        }
        if (e > b) {
            parts.add(new Span(b, e));
        }
    }
}
