package dev.parley.extract;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the date rules know of one lower-case word, from the lists of {@code temporal.txt} ({@link TemporalWords}):
 * at most one role in a date phrase (with its number: the weekday, month, count or unit), at most one tense cue,
 * and any marks.
 *
 * @param role  the word's part in a date phrase, or null
 * @param value the weekday (1 = Monday), month (1 = January), count, or unit (0 = day ... 3 = year) of the role;
 *              0 for other roles
 * @param cue   the tense the word signals, alone or with its neighbours, or null
 * @param marks what else the word says about the words around it
 */
record DateWord(Role role, int value, Cue cue, Set<Mark> marks) {
    /** A word the date rules do not know. */
    static final DateWord NONE = new DateWord(null, 0, null, Set.of());

    DateWord {
        Objects.requireNonNull(marks, "marks");
        marks = Set.copyOf(marks);
    }

    /** A word's part in a date phrase; the section of {@code temporal.txt} that gives its words is in brackets. */
    enum Role {
        /** [weekdays] */
        WEEKDAY,
        /** [months] */
        MONTH,
        /** [month-abbreviations] */
        MONTH_ABBREVIATION,
        /** [number-words] and [counts-of-one] */
        COUNT,
        /** [time-units], singular */
        UNIT,
        /** [time-units], plural */
        UNITS,
        /** [ordinal-suffixes] */
        ORDINAL,
        // The roles of [date-phrase-words]:
        TODAY, TONIGHT, YESTERDAY, TOMORROW, THIS, LAST, NEXT, OVER, THE, WEEKEND, EARLIER, LATER, ON, IN, AGO, OF,
        PART_OF_DAY, NIGHT;

        /** The roles whose words are in [date-phrase-words], keyed by the lower-case role name with dashes. */
        static Set<Role> phraseWords() {
            return EnumSet.range(TODAY, NIGHT);
        }
    }

    /** The tense a word signals; see {@link ClauseTense}. */
    enum Cue {
        /** [future-cues] */
        FUTURE,
        /** [future-cues-before-to] */
        FUTURE_BEFORE_TO,
        /** [be-forms] */
        BE,
        /** [past-cues] */
        PAST,
        // The roles of [tense-particles]:
        TO, WILL_CLITIC, WONT_STEM, DUE, MODAL;

        /** The cues whose word is in [tense-particles]. */
        static Set<Cue> particles() {
            return EnumSet.range(TO, MODAL);
        }
    }

    /** What a word says about the words around it. */
    enum Mark {
        /** [clause-words]: starts a clause. */
        CLAUSE,
        /** [day-name-after]: after a weekday, makes a name ("Sunday Times"). */
        DAY_NAME_AFTER,
        /** [day-name-before]: before a weekday, makes a name ("Good Friday"). */
        DAY_NAME_BEFORE,
        /** [sentence-abbreviations] and month abbreviations: a full stop after it ends no sentence. */
        ABBREVIATION,
        /** [not-past-ed]: ends in -ed, but is no past form. */
        NOT_PAST,
        /** [length-of-time-words]: before "in two years", makes it a length of time. */
        LENGTH_OF_TIME
    }

    boolean is(Role r) {
        return role == r;
    }

    boolean has(Mark m) {
        return marks.contains(m);
    }
}
