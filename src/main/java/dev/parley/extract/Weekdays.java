package dev.parley.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Weekdays, in any case, alone or after "this", "last" or "next": "on Sunday", "last Friday". A bare weekday
 * ("on Tuesday", "this Tuesday") takes its direction from its tense ({@link ClauseTense}): future gives the first
 * such weekday on or after the publication date, otherwise the last one on or before it. The publication day
 * itself counts, because news style names the day of the week rather than writing "today": a story published on a
 * Tuesday that says "will meet on Tuesday" means that day. "last Friday" is strictly before the publication date,
 * "next Monday" strictly after.
 * <p>
 * A weekday with a calendar date ("Tuesday, March 18", "Sunday 16 March 2025") is that date: the weekday adds
 * nothing. A weekday in a name is no date: before a capitalised word of [day-name-after] ("Sunday Times"), after a
 * capitalised word of [day-name-before] ("Good Friday"), or capitalised between "the" and a capitalised word ("the
 * Sunday Telegraph").
 */
final class Weekdays {
    private final CalendarDates calendar;

    Weekdays(CalendarDates calendar) {
        this.calendar = calendar;
    }

    int weekday(DateScan scan, int k, int b) {
        Pieces p = scan.pieces;
        DateWord.Role modifier = p.word(k).role();
        int w = k;
        if (modifier == DateWord.Role.THIS || modifier == DateWord.Role.LAST || modifier == DateWord.Role.NEXT) {
            if (!p.spacedAfter(k + 1)) {
                return -1;
            }
            w = k + 1;
        } else {
            modifier = null;
        }
        if (!p.is(w, DateWord.Role.WEEKDAY) || !p.okStart(b) || !p.okEnd(w)) {
            return -1;
        }
        if (modifier == null) {
            if (partOfName(p, w)) {
                return -1;
            }
            int r = withCalendarDate(scan, w, b);
            if (r > 0) {
                return r;
            }
        }
        DayOfWeek dow = DayOfWeek.of(p.word(w).value());
        boolean future;
        if (modifier == DateWord.Role.LAST) {
            future = false;
        } else if (modifier == DateWord.Role.NEXT) {
            future = true;
        } else {
            future = scan.future(b, w);
        }
        if (!scan.resolves()) {
            return scan.unresolved(b, w, future);
        }
        LocalDate published = scan.published();
        LocalDate date;
        if (modifier == DateWord.Role.LAST) {
            date = published.with(TemporalAdjusters.previous(dow));
        } else if (modifier == DateWord.Role.NEXT) {
            date = published.with(TemporalAdjusters.next(dow));
        } else if (future) {
            date = published.with(TemporalAdjusters.nextOrSame(dow));
        } else {
            date = published.with(TemporalAdjusters.previousOrSame(dow));
        }
        return scan.emit(b, w, date, date, future);
    }

    /** "Tuesday, March 18" or "Tuesday 18 March": the calendar date says it all. */
    private int withCalendarDate(DateScan scan, int w, int b) {
        Pieces p = scan.pieces;
        int d = w + 1;
        if (p.isMark(d, ',') && p.adjacent(w, d)) {
            d++;
        }
        if (!p.spacedAfter(d)) {
            return -1;
        }
        int r = calendar.monthFirst(scan, d, b, true);
        return r > 0 ? r : calendar.dayFirst(scan, d, b);
    }

    /** Whether the weekday at w is part of a name: "Sunday Times", "Good Friday", "the Sunday Telegraph". */
    private static boolean partOfName(Pieces p, int w) {
        int after = w + 1;
        boolean capitalAfter = p.isWord(after) && p.spacedAfter(after) && p.capitalised(after);
        if (capitalAfter && p.has(after, DateWord.Mark.DAY_NAME_AFTER)) {
            return true;
        }
        int before = w - 1;
        if (p.isWord(before) && p.follows(w) && p.capitalised(before) && p.has(before, DateWord.Mark.DAY_NAME_BEFORE)) {
            return true;
        }
        return capitalAfter && p.capitalised(w) && p.isWord(before) && p.follows(w) && p.is(before, DateWord.Role.THE);
    }
}
