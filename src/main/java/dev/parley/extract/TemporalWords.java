package dev.parley.extract;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.parley.ParleyException;

/**
 * The word lists and thresholds of the date rules, read once from the {@link Lexicon} (sections of
 * {@code temporal.txt}, numbers in {@code [thresholds]}): each word with what the lists say of it, as a
 * {@link DateWord}. Immutable.
 */
final class TemporalWords {
    private final Map<String, DateWord> words;
    private final int longest;
    final Limits limits;

    /** The thresholds, in the units their names say ([thresholds]). */
    record Limits(int tenseWindowPieces, int lengthOfTimeLookbackPieces, int yearMin, int yearMax, int bareYearMin,
            int bareYearMax) {
        static Limits from(Lexicon lex) {
            return new Limits(lex.threshold("tense-window-pieces"), lex.threshold("length-of-time-lookback-pieces"),
                    lex.threshold("year-min"), lex.threshold("year-max"), lex.threshold("bare-year-min"),
                    lex.threshold("bare-year-max"));
        }
    }

    TemporalWords(Lexicon lex) {
        Map<String, Draft> d = new HashMap<>();
        List<String> months = numbered(lex, "months", 12, DateWord.Role.MONTH, d);
        numbered(lex, "weekdays", 7, DateWord.Role.WEEKDAY, d);
        for (Map.Entry<String, String> e : lex.map("month-abbreviations").entrySet()) {
            int month = months.indexOf(e.getValue()) + 1;
            if (month == 0) {
                throw new ParleyException("[month-abbreviations]: " + e.getValue() + " is not in [months]");
            }
            draft(d, e.getKey()).role(DateWord.Role.MONTH_ABBREVIATION, month).marks.add(DateWord.Mark.ABBREVIATION);
        }
        numbered(lex, "number-words", 0, DateWord.Role.COUNT, d);
        role(lex.words("counts-of-one"), DateWord.Role.COUNT, 1, d);
        role(lex.words("ordinal-suffixes"), DateWord.Role.ORDINAL, 0, d);
        units(lex.map("time-units"), d);
        Map<String, String> phrases = lex.map("date-phrase-words");
        for (DateWord.Role r : DateWord.Role.phraseWords()) {
            role(forms(phrases, r.name(), "date-phrase-words"), r, 0, d);
        }
        checkKeys(phrases.keySet(), DateWord.Role.phraseWords(), "date-phrase-words");
        cue(lex.words("future-cues"), DateWord.Cue.FUTURE, d);
        cue(lex.words("future-cues-before-to"), DateWord.Cue.FUTURE_BEFORE_TO, d);
        cue(lex.words("be-forms"), DateWord.Cue.BE, d);
        cue(lex.words("past-cues"), DateWord.Cue.PAST, d);
        Map<String, String> particles = lex.map("tense-particles");
        for (DateWord.Cue c : DateWord.Cue.particles()) {
            cue(forms(particles, c.name(), "tense-particles"), c, d);
        }
        checkKeys(particles.keySet(), DateWord.Cue.particles(), "tense-particles");
        mark(lex.words("clause-words"), DateWord.Mark.CLAUSE, d);
        mark(lex.words("day-name-after"), DateWord.Mark.DAY_NAME_AFTER, d);
        mark(lex.words("day-name-before"), DateWord.Mark.DAY_NAME_BEFORE, d);
        mark(lex.words("sentence-abbreviations"), DateWord.Mark.ABBREVIATION, d);
        mark(lex.words("not-past-ed"), DateWord.Mark.NOT_PAST, d);
        mark(lex.words("length-of-time-words"), DateWord.Mark.LENGTH_OF_TIME, d);
        Map<String, DateWord> out = new HashMap<>();
        d.forEach((w, x) -> out.put(w, new DateWord(x.role, x.value, x.cue, x.marks)));
        this.words = Map.copyOf(out);
        this.longest = out.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.limits = Limits.from(lex);
    }

    /** What the lists say of a lower-case word; {@link DateWord#NONE} for a word in none of them. */
    DateWord word(String lower) {
        DateWord w = words.get(lower);
        return w == null ? DateWord.NONE : w;
    }

    /** The length of the longest word in the lists: no longer word need be looked up. */
    int longest() {
        return longest;
    }

    /** A word's entries while the lists are read. */
    private static final class Draft {
        DateWord.Role role;
        int value;
        DateWord.Cue cue;
        final Set<DateWord.Mark> marks = EnumSet.noneOf(DateWord.Mark.class);
        final String word;

        Draft(String word) {
            this.word = word;
        }

        Draft role(DateWord.Role r, int v) {
            if (role != null) {
                throw new ParleyException("temporal.txt: " + word + " has two date roles, " + role + " and " + r);
            }
            role = r;
            value = v;
            return this;
        }
    }

    private static Draft draft(Map<String, Draft> d, String word) {
        return d.computeIfAbsent(word.toLowerCase(Locale.ROOT), Draft::new);
    }

    /** A list in order, the first entry numbered 1; {@code size} entries exactly, unless it is 0. */
    private static List<String> numbered(Lexicon lex, String section, int size, DateWord.Role r, Map<String, Draft> d) {
        List<String> list = List.copyOf(lex.words(section));
        if (size > 0 && list.size() != size) {
            throw new ParleyException("[" + section + "] needs " + size + " entries, has " + list.size());
        }
        for (int i = 0; i < list.size(); i++) {
            draft(d, list.get(i)).role(r, i + 1);
        }
        return list;
    }

    /** [time-units]: "singular: plural" lines, day to year, numbered from 0. */
    private static void units(Map<String, String> units, Map<String, Draft> d) {
        if (units.size() != 4) {
            throw new ParleyException("[time-units] needs 4 entries (day, week, month, year), has " + units.size());
        }
        int i = 0;
        for (Map.Entry<String, String> e : units.entrySet()) {
            draft(d, e.getKey()).role(DateWord.Role.UNIT, i);
            draft(d, e.getValue()).role(DateWord.Role.UNITS, i);
            i++;
        }
    }

    private static void role(Iterable<String> words, DateWord.Role r, int value, Map<String, Draft> d) {
        for (String w : words) {
            draft(d, w).role(r, value);
        }
    }

    private static void cue(Iterable<String> words, DateWord.Cue c, Map<String, Draft> d) {
        for (String w : words) {
            Draft x = draft(d, w);
            if (x.cue != null) {
                throw new ParleyException("temporal.txt: " + w + " has two tense cues, " + x.cue + " and " + c);
            }
            x.cue = c;
        }
    }

    private static void mark(Iterable<String> words, DateWord.Mark m, Map<String, Draft> d) {
        for (String w : words) {
            draft(d, w).marks.add(m);
        }
    }

    /** The comma-separated words of the line keyed by a role's name in lower case with dashes. */
    private static List<String> forms(Map<String, String> map, String roleName, String section) {
        String key = key(roleName);
        String v = map.get(key);
        if (v == null) {
            throw new ParleyException("[" + section + "] has no line for " + key);
        }
        return List.of(v.split(",\\s*"));
    }

    private static void checkKeys(Set<String> keys, Set<? extends Enum<?>> roles, String section) {
        for (String k : keys) {
            if (roles.stream().noneMatch(r -> key(r.name()).equals(k))) {
                throw new ParleyException("[" + section + "]: no date rule has the role " + k);
            }
        }
    }

    private static String key(String roleName) {
        return roleName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
