package dev.parley.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agreement's duration as the article words it ("30-day", "thirty-day-long", "two-week") and as
 * {@code xsd:duration} ("P30D", "P14D"), from {@code [duration-numbers]}, {@code [duration-units]} and
 * {@code [duration-suffixes]}; an age is none ("the five-day-old cease-fire", {@code [duration-age-words]}).
 * Immutable.
 * <pre>
 *   durations.iso("30-day")   // "P30D"
 * </pre>
 */
final class Durations {
    private final Pattern pattern;
    private final Map<String, Integer> numbers = new HashMap<>();
    /** Unit to its designator ("D", "TH") and how many of the designator's unit it is. */
    private final Map<String, Unit> units = new HashMap<>();

    private record Unit(String designator, int factor) {}

    Durations(Map<String, String> numberWords, Map<String, String> unitWords, List<String> suffixes,
            List<String> ageWords) {
        numberWords.forEach((w, n) -> numbers.put(w.toLowerCase(Locale.ROOT), Integer.valueOf(n)));
        unitWords.forEach((u, d) -> {
            String[] parts = d.split("\\s+x");
            units.put(u.toLowerCase(Locale.ROOT), new Unit(parts[0].strip(),
                    parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1));
        });
        this.pattern = Pattern.compile("(?i)\\b(\\d+|" + quoted(numberWords.keySet()) + ")[-\\s\\u00A0]("
                + quoted(unitWords.keySet()) + ")s?(?:[-\\s\\u00A0](?:" + quoted(suffixes) + "))?\\b(?![-\\s\\u00A0](?:"
                + quoted(ageWords) + ")\\b)");
    }

    private static String quoted(java.util.Collection<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        return sb.toString();
    }

    /** A matcher for durations in the given text (group 1 the number, group 2 the unit). */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** "30-day" as xsd:duration "P30D"; null when the words are not a simple duration. */
    String iso(String words) {
        Matcher m = pattern.matcher(words);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        Unit unit = units.get(m.group(2).toLowerCase(Locale.ROOT));
        int value = (Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : numbers.get(n)) * unit.factor();
        String d = unit.designator();
        return "P" + d.substring(0, d.length() - 1) + value + d.charAt(d.length() - 1);
    }
}
