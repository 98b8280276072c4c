package dev.parley.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * A count of days, weeks, months or years from the publication date: "two days ago", "3 weeks ago", "a month ago"
 * (past) and "in two days" (future). The count is digits, a word of [counts-of-one] or one of [number-words].
 * Days and weeks give exact days; "N months ago" is that calendar month and "N years ago" that calendar year, as
 * intervals. "in two years" is a length of time, not a date, before "of" ("in two years of war") and after a word
 * of [length-of-time-words] a few pieces before it ("the first visit in two years").
 */
final class CountedDates {
    private static final int DAY = 0;
    private static final int WEEK = 1;
    private static final int MONTH = 2;

    /** "two days ago" at piece k. */
    int ago(DateScan scan, int k, int b) {
        Pieces p = scan.pieces;
        int count = count(p, k);
        int unit = unit(p, k + 1);
        if (count < 0 || unit < 0 || !p.spacedAfter(k + 1) || !p.is(k + 2, DateWord.Role.AGO) || !p.spacedAfter(k + 2)
                || !p.okStart(k) || !p.okEnd(k + 2)) {
            return -1;
        }
        return counted(scan, b, k + 2, count, unit, -1);
    }

    /** "in two days": the count at piece k, after "in" at piece b. */
    int in(DateScan scan, int k, int b) {
        Pieces p = scan.pieces;
        int count = count(p, k);
        int unit = unit(p, k + 1);
        if (count < 0 || unit < 0 || !p.spacedAfter(k + 1) || !p.okEnd(k + 1) || !p.okStart(b)) {
            return -1;
        }
        if (p.is(k + 2, DateWord.Role.OF) && p.spacedAfter(k + 2) || lengthOfTimeBefore(scan, b)) {
            return -1;
        }
        return counted(scan, b, k + 1, count, unit, 1);
    }

    /** "two days ago" (sign -1) or "in two days" (sign 1). */
    private static int counted(DateScan scan, int b, int last, int count, int unit, int sign) {
        boolean future = sign > 0;
        if (!scan.resolves()) {
            return scan.unresolved(b, last, future);
        }
        LocalDate published = scan.published();
        long amount = (long) sign * count;
        switch (unit) {
            case DAY -> {
                LocalDate d = published.plusDays(amount);
                return scan.emit(b, last, d, d, future);
            }
            case WEEK -> {
                LocalDate d = published.plusWeeks(amount);
                return scan.emit(b, last, d, d, future);
            }
            case MONTH -> {
                YearMonth ym = YearMonth.from(published).plusMonths(amount);
                return scan.emit(b, last, ym.atDay(1), ym.atEndOfMonth(), future);
            }
            default -> {
                LocalDate first = published.withDayOfYear(1).plusYears(amount);
                return scan.emit(b, last, first, first.with(TemporalAdjusters.lastDayOfYear()), future);
            }
        }
    }

    /** The count of "two days ago": up to four digits, or a count word; -1 when piece k is none of these. */
    private static int count(Pieces p, int k) {
        int v = p.number(k, 1, 4);
        if (v >= 1) {
            return v;
        }
        return p.is(k, DateWord.Role.COUNT) ? p.word(k).value() : -1;
    }

    /** The unit of a unit word, singular or plural (0 = day ... 3 = year), or -1. */
    private static int unit(Pieces p, int k) {
        DateWord w = p.word(k);
        return w.is(DateWord.Role.UNIT) || w.is(DateWord.Role.UNITS) ? w.value() : -1;
    }

    /** Whether "in two years" follows "first", "time" and the like: a length of time, not a date. */
    private static boolean lengthOfTimeBefore(DateScan scan, int b) {
        int lo = Math.max(scan.tense.sentenceStart(b), b - scan.limits.lengthOfTimeLookbackPieces());
        for (int k = b - 1; k >= lo; k--) {
            if (scan.pieces.has(k, DateWord.Mark.LENGTH_OF_TIME)) {
                return true;
            }
        }
        return false;
    }
}
