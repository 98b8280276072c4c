package dev.parley.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Date expressions in each sentence, resolved against the publication date: at each piece of a sentence
 * ({@link Pieces}), the first rule that matches, in the order {@link CalendarDates} (ISO), {@link Weekdays},
 * {@link CalendarDates} (month first, day first, year), {@link RelativeDates}, {@link CountedDates}. A leading
 * "on" belongs to a day ("on Sunday", "on March 11"), a leading "in" to a year, a month with a year or a count
 * ("in 2023", "in March 2024", "in two days"). Expressions do not overlap.
 * <p>
 * The direction of an expression, and the year of a date without one, come from its tense ({@link ClauseTense}).
 * {@code future} is true for anything resolved to begin after the publication date, whatever the tense. Without a
 * publication date nothing is resolved, not even "March 11, 2024": every expression has its span and words, null
 * dates, and {@code future} from its words and tense; so too for one whose resolution runs off the calendar (a
 * publication date near {@link LocalDate#MAX}).
 */
final class DateStage implements Stage<Dates> {
    private final TemporalWords words;
    private final CalendarDates calendar = new CalendarDates();
    private final Weekdays weekdays = new Weekdays(calendar);
    private final RelativeDates relative = new RelativeDates();
    private final CountedDates counted = new CountedDates();

    DateStage(TemporalWords words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /** The dates layer of this text; each sentence is searched when the layer is first asked for its dates. */
    @Override
    public Dates run(AnnotatedText text, Layers before) {
        return new Dates(text, this);
    }

    /** The date expressions of one sentence, resolved against {@code published} (null: none resolved). */
    List<TemporalExpression> find(String text, Sentence s, LocalDate published) {
        DateScan scan = new DateScan(new Pieces(text, s.tokens(), words), published, words.limits);
        int k = 0;
        while (k < scan.pieces.size()) {
            int next = matchSafely(scan, k);
            k = next > k ? next : k + 1;
        }
        return scan.found();
    }

    private int matchSafely(DateScan scan, int k) {
        try {
            return matchAt(scan, k);
        } catch (DateTimeException | ArithmeticException e) {
            // Resolution ran off the calendar: keep the span unresolved.
            return scan.withoutPublicationDate(() -> matchAt(scan, k));
        }
    }

    private int matchAt(DateScan scan, int k) {
        Pieces p = scan.pieces;
        DateWord.Role role = p.word(k).role();
        if (role == null && !p.isNumber(k)) {
            return -1;
        }
        if (role == DateWord.Role.ON && p.spacedAfter(k + 1)) {
            int r = day(scan, k + 1, k);
            if (r > 0) {
                return r;
            }
        } else if (role == DateWord.Role.IN && p.spacedAfter(k + 1)) {
            int r = afterIn(scan, k + 1, k);
            if (r > 0) {
                return r;
            }
        }
        int r = day(scan, k, k);
        if (r > 0) {
            return r;
        }
        r = calendar.monthFirst(scan, k, k, false);
        if (r > 0) {
            return r;
        }
        r = relative.relative(scan, k, k);
        return r > 0 ? r : counted.ago(scan, k, k);
    }

    /** Forms that name one day and may follow "on". */
    private int day(DateScan scan, int k, int b) {
        int r = calendar.iso(scan, k, b);
        if (r > 0) {
            return r;
        }
        r = weekdays.weekday(scan, k, b);
        if (r > 0) {
            return r;
        }
        r = calendar.monthFirst(scan, k, b, true);
        return r > 0 ? r : calendar.dayFirst(scan, k, b);
    }

    /** Forms that must or may follow "in": a year, a month with a year, a count ("in two days"). */
    private int afterIn(DateScan scan, int k, int b) {
        int r = calendar.year(scan, k, b);
        if (r > 0) {
            return r;
        }
        r = calendar.monthFirst(scan, k, b, false);
        return r > 0 ? r : counted.in(scan, k, b);
    }
}
