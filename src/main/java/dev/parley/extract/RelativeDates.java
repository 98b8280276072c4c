package dev.parley.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Dates relative to the publication date, in any case: "today", "tonight", "yesterday", "tomorrow", "this
 * morning/afternoon/evening", "last night"; "this/last/next week|month|year|weekend"; "over/at/during the weekend";
 * "earlier/later this week|month|year". The words are in [date-phrase-words] and [time-units].
 * <p>
 * Weeks are ISO weeks, Monday to Sunday. "earlier this month" runs from the first of the month to the day before
 * publication (to the publication day itself on the first), "later this month" from the day after to the month's
 * end. "over the weekend": past (or no cue) gives the last weekend whose Saturday is on or before the publication
 * date (so on a Saturday or Sunday it is the current weekend); future gives the first weekend whose Sunday is on or
 * after it. "this weekend" works the same, except that with no cue it is the weekend of the publication week. "last
 * weekend" ends strictly before the publication date; "next weekend" starts strictly after. {@code future} is the
 * direction of the words ("tomorrow", "next week" yes; "yesterday", "last week" no), else the tense.
 */
final class RelativeDates {
    private static final int WEEK = 1;
    private static final int MONTH = 2;
    private static final int YEAR = 3;

    /** today, this week, over the weekend, earlier this month and the like at piece k; the span starts at b. */
    int relative(DateScan scan, int k, int b) {
        Pieces p = scan.pieces;
        DateWord.Role role = p.word(k).role();
        if (role == null) {
            return -1;
        }
        return switch (role) {
            case TODAY, TONIGHT, YESTERDAY, TOMORROW -> p.okStart(k) && p.okEnd(k) ? day(scan, b, k, role) : -1;
            case THIS, LAST, NEXT -> thisLastNext(scan, k, b, role);
            case OVER -> {
                if (p.is(k + 1, DateWord.Role.THE) && p.spacedAfter(k + 1) && p.is(k + 2, DateWord.Role.WEEKEND)
                        && p.spacedAfter(k + 2) && p.okEnd(k + 2)) {
                    yield weekend(scan, b, k + 2, scan.future(b, k + 2) ? Tense.FUTURE : Tense.PAST);
                }
                yield -1;
            }
            case EARLIER, LATER -> {
                int unit = singularUnit(p, k + 2);
                if (!p.is(k + 1, DateWord.Role.THIS) || !p.spacedAfter(k + 1) || !p.spacedAfter(k + 2)
                        || !p.okEnd(k + 2) || unit < WEEK) {
                    yield -1;
                }
                yield earlierLater(scan, b, k + 2, unit, role == DateWord.Role.LATER);
            }
            default -> -1;
        };
    }

    /** The unit of a singular unit word at piece k (0 = day ... 3 = year), or -1. */
    private static int singularUnit(Pieces p, int k) {
        return p.is(k, DateWord.Role.UNIT) ? p.word(k).value() : -1;
    }

    private static int day(DateScan scan, int b, int k, DateWord.Role role) {
        boolean future = role == DateWord.Role.TOMORROW || role != DateWord.Role.YESTERDAY && scan.future(b, k);
        if (!scan.resolves()) {
            return scan.unresolved(b, k, future);
        }
        LocalDate published = scan.published();
        LocalDate d = switch (role) {
            case YESTERDAY -> published.minusDays(1);
            case TOMORROW -> published.plusDays(1);
            default -> published;
        };
        return scan.emit(b, k, d, d, future);
    }

    private static int thisLastNext(DateScan scan, int k, int b, DateWord.Role role) {
        Pieces p = scan.pieces;
        int w = k + 1;
        if (!p.spacedAfter(w) || !p.okEnd(w)) {
            return -1;
        }
        boolean isThis = role == DateWord.Role.THIS;
        boolean isLast = role == DateWord.Role.LAST;
        if (p.is(w, DateWord.Role.PART_OF_DAY) && isThis || p.is(w, DateWord.Role.NIGHT) && isLast) {
            boolean future = isThis && scan.future(b, w);
            if (!scan.resolves()) {
                return scan.unresolved(b, w, future);
            }
            LocalDate d = isThis ? scan.published() : scan.published().minusDays(1);
            return scan.emit(b, w, d, d, future);
        }
        if (p.is(w, DateWord.Role.WEEKEND)) {
            return namedWeekend(scan, b, w, role);
        }
        int unit = singularUnit(p, w);
        if (unit < WEEK) {
            return -1;
        }
        int shift = isLast ? -1 : role == DateWord.Role.NEXT ? 1 : 0;
        boolean future = shift > 0 || shift == 0 && scan.future(b, w);
        if (!scan.resolves()) {
            return scan.unresolved(b, w, future);
        }
        LocalDate first = firstOfPeriod(scan.published(), unit, shift);
        return scan.emit(b, w, first, lastOfPeriod(unit, first), future);
    }

    /** "this weekend" by tense; "last weekend" before, "next weekend" after the publication date. */
    private static int namedWeekend(DateScan scan, int b, int w, DateWord.Role role) {
        if (role == DateWord.Role.THIS) {
            return weekend(scan, b, w, scan.tense.of(b, w));
        }
        boolean future = role == DateWord.Role.NEXT;
        if (!scan.resolves()) {
            return scan.unresolved(b, w, future);
        }
        LocalDate published = scan.published();
        LocalDate saturday = future ? published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                : published.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)).minusDays(1);
        return scan.emit(b, w, saturday, saturday.plusDays(1), future);
    }

    /** First day of the week, month or year containing the publication date, moved by shift periods. */
    private static LocalDate firstOfPeriod(LocalDate published, int unit, int shift) {
        return switch (unit) {
            case WEEK -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
            case MONTH -> published.withDayOfMonth(1).plusMonths(shift);
            default -> published.withDayOfYear(1).plusYears(shift);
        };
    }

    private static LocalDate lastOfPeriod(int unit, LocalDate first) {
        return switch (unit) {
            case WEEK -> first.plusDays(6);
            case MONTH -> first.with(TemporalAdjusters.lastDayOfMonth());
            default -> first.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** A weekend resolved by tense: future, past, or (no cue) the weekend of the publication week. */
    private static int weekend(DateScan scan, int b, int last, Tense t) {
        boolean future = t == Tense.FUTURE;
        if (!scan.resolves()) {
            return scan.unresolved(b, last, future);
        }
        LocalDate published = scan.published();
        LocalDate saturday = switch (t) {
            case FUTURE -> published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).minusDays(1);
            case PAST -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            case NONE -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
        };
        return scan.emit(b, last, saturday, saturday.plusDays(1), future);
    }

    private static int earlierLater(DateScan scan, int b, int last, int unit, boolean later) {
        if (!scan.resolves()) {
            return scan.unresolved(b, last, later);
        }
        LocalDate published = scan.published();
        LocalDate first = firstOfPeriod(published, unit, 0);
        LocalDate end = lastOfPeriod(unit, first);
        if (later) {
            LocalDate next = published.plusDays(1);
            return scan.emit(b, last, next.isAfter(end) ? end : next, end, true);
        }
        LocalDate before = published.minusDays(1);
        return scan.emit(b, last, first, before.isBefore(first) ? first : before, false);
    }
}
