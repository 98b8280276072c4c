package dev.parley.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * Calendar dates: a capitalised month with a day ("March 11", "Mar. 11", "11 March", "11th of March",
 * "March 11, 2024", "11 March 2024"), ISO "2025-03-11", a capitalised month with a year ("March 2024", "March of
 * 2024", the month as an interval) and, after "in", a year alone ("in 2023", the year as an interval, years
 * {@code bare-year-min} to {@code bare-year-max}). An impossible day ("February 30", "April 31") is no date.
 * <p>
 * A month and day without a year take the year (the publication year, the one before or the one after) that puts
 * them nearest to the publication date; on an exact tie a future tense picks the later one, otherwise the earlier.
 * A calendar date is future when it begins after the publication date, or holds it and its tense is future.
 * Month names and abbreviations are in [months] and [month-abbreviations].
 */
final class CalendarDates {
    /** "2025-03-11": four digits, a dash, two, a dash, two, all touching. */
    int iso(DateScan scan, int k, int b) {
        Pieces p = scan.pieces;
        int y = p.number(k, 4, 4);
        if (y < scan.limits.yearMin() || y > scan.limits.yearMax() || !p.isMark(k + 1, '-') || !p.adjacent(k, k + 1)) {
            return -1;
        }
        int m = p.number(k + 2, 2, 2);
        if (m < 1 || m > 12 || !p.adjacent(k + 1, k + 2) || !p.isMark(k + 3, '-') || !p.adjacent(k + 2, k + 3)) {
            return -1;
        }
        int d = p.number(k + 4, 2, 2);
        if (d < 1 || !p.adjacent(k + 3, k + 4) || !p.okStart(k) || !p.okEnd(k + 4) || !p.okStart(b)) {
            return -1;
        }
        if (!YearMonth.of(y, m).isValidDay(d)) {
            return -1;
        }
        if (!scan.resolves()) {
            return scan.unresolved(b, k + 4, scan.future(b, k + 4));
        }
        LocalDate date = LocalDate.of(y, m, d);
        return scan.absolute(b, k + 4, date, date);
    }

    /** "in 2023": a year alone, after "in" (piece b). */
    int year(DateScan scan, int k, int b) {
        Pieces p = scan.pieces;
        int y = p.number(k, 4, 4);
        if (y < scan.limits.bareYearMin() || y > scan.limits.bareYearMax() || !p.okEnd(k) || !p.okStart(b)) {
            return -1;
        }
        if (!scan.resolves()) {
            return scan.unresolved(b, k, scan.future(b, k));
        }
        return scan.absolute(b, k, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /** "March 11", "Mar. 11th, 2024"; with wantDayOnly false also "March 2024", "March of 2024". */
    int monthFirst(DateScan scan, int k, int b, boolean wantDayOnly) {
        Pieces p = scan.pieces;
        int m = month(p, k);
        if (m == 0 || !p.capitalised(k)) {
            return -1;
        }
        int t = k + 1;
        if (p.is(k, DateWord.Role.MONTH_ABBREVIATION) && p.isMark(t, '.') && p.adjacent(k, t)) {
            t++;
        }
        if (!p.follows(t) || t == k + 1 && p.adjacent(k, t)) {
            return -1;
        }
        int day = p.number(t, 1, 2);
        if (day >= 1 && day <= 31) {
            int last = t;
            if (p.is(t + 1, DateWord.Role.ORDINAL) && p.adjacent(t, t + 1)) {
                last = t + 1;
            }
            int y = yearAfter(scan, last);
            int year = y < 0 ? -1 : p.number(y, 4, 4);
            last = y < 0 ? last : y;
            if (!p.okEnd(last) || !p.okStart(b)) {
                return -1;
            }
            return monthDay(scan, b, last, m, day, year);
        }
        if (wantDayOnly) {
            return -1;
        }
        int y = t;
        if (p.is(t, DateWord.Role.OF) && p.spacedAfter(t + 1)) {
            y = t + 1;
        } else if (p.isMark(t, ',') && p.adjacent(t - 1, t) && p.spacedAfter(t + 1)) {
            y = t + 1;
        }
        int year = p.number(y, 4, 4);
        if (year < scan.limits.yearMin() || year > scan.limits.yearMax() || !p.okEnd(y) || !p.okStart(b)) {
            return -1;
        }
        if (!scan.resolves()) {
            return scan.unresolved(b, y, scan.future(b, y));
        }
        YearMonth ym = YearMonth.of(year, m);
        return scan.absolute(b, y, ym.atDay(1), ym.atEndOfMonth());
    }

    /** The piece of a year right after piece {@code last} ("March 11, 2024", "11 March 2024"), or -1. */
    private static int yearAfter(DateScan scan, int last) {
        Pieces p = scan.pieces;
        int y = last + 1;
        if (p.isMark(y, ',') && p.adjacent(last, y)) {
            y++;
        }
        if (p.spacedAfter(y)) {
            int v = p.number(y, 4, 4);
            if (v >= scan.limits.yearMin() && v <= scan.limits.yearMax() && p.okEnd(y)) {
                return y;
            }
        }
        return -1;
    }

    /** "11 March", "11th of March 2024", "11 Mar. 2024". */
    int dayFirst(DateScan scan, int k, int b) {
        Pieces p = scan.pieces;
        int day = p.number(k, 1, 2);
        if (day < 1 || day > 31) {
            return -1;
        }
        int t = k + 1;
        if (p.is(t, DateWord.Role.ORDINAL) && p.adjacent(k, t)) {
            t++;
        }
        if (p.is(t, DateWord.Role.OF) && p.spacedAfter(t)) {
            t++;
        }
        int m = month(p, t);
        if (m == 0 || !p.spacedAfter(t) || !p.capitalised(t)) {
            return -1;
        }
        int last = t;
        if (p.is(t, DateWord.Role.MONTH_ABBREVIATION) && p.isMark(t + 1, '.') && p.adjacent(t, t + 1)) {
            last = t + 1;
        }
        int y = yearAfter(scan, last);
        int year = y < 0 ? -1 : p.number(y, 4, 4);
        last = y < 0 ? last : y;
        if (!p.okStart(k) || !p.okStart(b) || !p.okEnd(last)) {
            return -1;
        }
        return monthDay(scan, b, last, m, day, year);
    }

    /** The month of a month name or abbreviation at piece k, or 0. */
    private static int month(Pieces p, int k) {
        DateWord w = p.word(k);
        return w.is(DateWord.Role.MONTH) || w.is(DateWord.Role.MONTH_ABBREVIATION) ? w.value() : 0;
    }

    /** Records a month and day, with a year or without (-1); returns -1 for a day no such month has. */
    private int monthDay(DateScan scan, int b, int last, int m, int day, int year) {
        if (year > 0 ? !YearMonth.of(year, m).isValidDay(day) : day > Month.of(m).maxLength()) {
            return -1;
        }
        if (!scan.resolves()) {
            return scan.unresolved(b, last, scan.future(b, last));
        }
        LocalDate date;
        if (year > 0) {
            date = LocalDate.of(year, m, day);
        } else {
            date = nearest(scan, MonthDay.of(m, day), b, last);
            if (date == null) {
                return scan.unresolved(b, last, scan.future(b, last));
            }
        }
        return scan.absolute(b, last, date, date);
    }

    /** The day with this month and day nearest to the publication date, in its year or the next to it. */
    private static LocalDate nearest(DateScan scan, MonthDay md, int b, int last) {
        LocalDate published = scan.published();
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            if (!md.isValidYear(y)) {
                continue;
            }
            LocalDate candidate = md.atYear(y);
            long distance = Math.abs(candidate.toEpochDay() - published.toEpochDay());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            } else if (distance == bestDistance && scan.future(b, last)) {
                best = candidate;
            }
        }
        return best;
    }
}
