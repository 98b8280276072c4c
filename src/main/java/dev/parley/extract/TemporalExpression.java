package dev.parley.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in text ("on Sunday", "over the weekend", "March 11, 2024") and what it denotes.
 *
 * <p>Three shapes, told apart by the dates:
 * <ul>
 *   <li>an exact day: {@code date} is set and {@code from} and {@code to} both equal it;</li>
 *   <li>an interval of days: {@code date} is null, {@code from} and {@code to} are set, {@code from} before
 *       {@code to};</li>
 *   <li>unresolved: all three are null (no publication date was given, or the expression cannot be resolved).</li>
 * </ul>
 * The compact constructor normalises: an exact day given only as {@code date} gets {@code from} and {@code to},
 * and a one-day interval gets {@code date}.
 *
 * @param begin  offset of the first character in the text searched (UTF-16 units)
 * @param end    offset after the last character, exclusive
 * @param words  the text of the span, exactly {@code text.substring(begin, end)}
 * @param date   the day meant, or null when the expression is an interval or unresolved
 * @param from   first day meant, or null when unresolved
 * @param to     last day meant (inclusive), or null when unresolved
 * @param future whether the expression refers to something planned or after the publication date
 */
public record TemporalExpression(int begin, int end, String words, LocalDate date, LocalDate from, LocalDate to,
        boolean future) {

    public TemporalExpression {
        Objects.requireNonNull(words, "words");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        if (words.length() != end - begin) {
            throw new IllegalArgumentException("words has " + words.length() + " chars, span has " + (end - begin));
        }
        if (date != null) {
            from = from == null ? date : from;
            to = to == null ? date : to;
            if (!from.equals(date) || !to.equals(date)) {
                throw new IllegalArgumentException("an exact day needs from == to == date, got " + from + ".." + to
                        + " for " + date);
            }
        } else if (from != null || to != null) {
            if (from == null || to == null) {
                throw new IllegalArgumentException("an interval needs both from and to");
            }
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("interval ends before it begins: " + from + ".." + to);
            }
            if (from.equals(to)) {
                date = from;
            }
        }
    }

    /** An expression found but not resolved to any day. */
    public static TemporalExpression unresolved(int begin, int end, String words, boolean future) {
        return new TemporalExpression(begin, end, words, null, null, null, future);
    }

    /** Whether the expression was resolved to a day or an interval. */
    public boolean isResolved() {
        return from != null;
    }

    /** Whether the expression was resolved to exactly one day. */
    public boolean isExactDay() {
        return date != null;
    }
}
