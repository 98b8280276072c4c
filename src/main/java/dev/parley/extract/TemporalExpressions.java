package dev.parley.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds date expressions in English news text and resolves them against an article's publication date.
 *
 * <pre>
 * LocalDate published = LocalDate.of(2025, 3, 17);
 * for (TemporalExpression t : TemporalExpressions.find(text, 0, text.length(), published)) {
 *     System.out.println(t.words() + " -&gt; " + t.from() + ".." + t.to() + (t.future() ? " (planned)" : ""));
 * }
 * </pre>
 *
 * <p>Forms recognised (month names must start with a capital letter, since "may" and "march" are also verbs;
 * everything else is case-insensitive):
 * <ul>
 *   <li>weekdays, any case, alone or after "on", "this", "last", "next": "on Sunday", "last Friday";</li>
 *   <li>"today", "tonight", "yesterday", "tomorrow", "this morning/afternoon/evening", "last night";</li>
 *   <li>"this/last/next week|weekend|month|year", "over/at/during the weekend",
 *       "earlier/later this week|month|year";</li>
 *   <li>a capitalised month with a day: "March 11", "Mar. 11", "11 March", "11th of March", "March 11, 2024",
 *       "11 March 2024", "Tuesday, March 18" (the weekday then adds nothing), ISO "2025-03-11";</li>
 *   <li>a capitalised month with a year: "March 2024", "in March of 2024" (the month as an interval);</li>
 *   <li>"in 2023" (years 1800 to 2199; the year as an interval);</li>
 *   <li>"two days ago", "3 weeks ago", "a month ago", "in two days" (digits, "a"/"an", or one to twelve).</li>
 * </ul>
 * A leading "on" or "in" belongs to the span ("on Sunday", "in 2023"), as "over the" does to "over the weekend".
 * Month abbreviations are Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec, with or without a period.
 *
 * <p>Resolution rules, for a publication date P:
 * <ul>
 *   <li>A bare weekday ("on Tuesday", "this Tuesday") takes its direction from the tense of its clause (see below):
 *       future gives the first such weekday on or after P, otherwise the last one on or before P. P itself counts
 *       because news style names the day of the week rather than writing "today": a story published on a Tuesday
 *       that says "will meet on Tuesday" means that day. "last Friday" is strictly before P, "next Monday" strictly
 *       after.</li>
 *   <li>Tense: the sentence around the expression (inside the searched range) is split into clauses at commas,
 *       semicolons, colons, dashes, quotation marks, brackets and the words "that", "and", "but", "while", "which",
 *       "who", "because", "although", "though", "whereas". The nearest tense cue in the expression's own clause
 *       decides; failing that, an expression set off by a comma after it ("On Sunday, Trump announced") takes the
 *       first cue after it, and any other the nearest cue in the sentence; ties go to the cue before. Future
 *       cues: "will", "'ll", "would", "shall", "won't", "is/are to", "plan(s/ned/ning) to", "set to", "expected",
 *       "scheduled", "planned", "going to", "due", "upcoming", "next", "tomorrow", "aim/intend/hope/want to",
 *       "may" (lower case), "might", "should", "must". Past or present cues: "said", "says", "was", "were", "had",
 *       "has", "is", "are", common irregular past forms, and words ending in "-ed". No cue means past or
 *       present.</li>
 *   <li>"over the weekend": past (or no cue) gives the last weekend whose Saturday is on or before P (so on a
 *       Saturday or Sunday it is the current weekend); future gives the first weekend whose Sunday is on or after
 *       P. "this weekend" works the same, except that with no cue it is the weekend of P's ISO week.
 *       "last weekend" ends strictly before P; "next weekend" starts strictly after P.</li>
 *   <li>Weeks are ISO weeks, Monday to Sunday. "earlier this month" runs from the first of P's month to the day
 *       before P (to P itself on the first), "later this month" from the day after P to the month's end.</li>
 *   <li>A month and day without a year takes the year (P's, the one before or the one after) that puts it nearest
 *       to P; on an exact tie a future tense picks the later one, otherwise the earlier.</li>
 *   <li>"N days/weeks ago" and "in N days/weeks" are exact days; "N months ago" is that calendar month and
 *       "N years ago" that calendar year, as intervals.</li>
 *   <li>{@code future} is the direction for relative expressions ("tomorrow", "next week", "in two days" yes;
 *       "yesterday", "last week", "ago" no), the tense for those resolved by tense, and for calendar dates whether
 *       they begin after P (or contain P and the tense is future). Anything resolved to begin after P is future
 *       whatever the tense.</li>
 * </ul>
 * Without a publication date nothing is resolved, not even "March 11, 2024": every expression comes back with
 * its span and words, null dates, and {@code future} from its wording and tense.
 *
 * <p>Not dates: "may" or "march" in lower case, a month without a day or year, an impossible day ("February 30",
 * "April 31"), a weekday that is part of a name ("Sunday Times", "Good Friday", "the Sunday Telegraph"), "in two
 * years of war" and "the first ... in two years" (a length of time, not a date). Numbers and names are ASCII.
 *
 * <p>The class is stateless and thread-safe; each call tokenises the range once (no regular expressions) and looks
 * at most 60 tokens either side of an expression for its tense, so time grows linearly with the text.
 */
public final class TemporalExpressions {

    // Token kinds, in the low bits of Scanner.kind, and a flag for a line break before the token.
    private static final int WORD = 1;
    private static final int NUM = 2;
    private static final int PUNCT = 3;
    private static final int KIND_MASK = 3;
    private static final int NEWLINE_BEFORE = 4;

    // Date vocabulary: the low byte of a word's code.
    private static final int DATE_MASK = 0xFF;
    private static final int MONTH_BASE = 10;
    private static final int MONTH_ABBR_BASE = 30;
    private static final int NUMBER_BASE = 50;
    private static final int UNIT_BASE = 70;
    private static final int UNIT_DAY = 0;
    private static final int UNIT_WEEK = 1;
    private static final int UNIT_MONTH = 2;
    private static final int UNIT_YEAR = 3;
    private static final int PLURAL = 4;
    private static final int TODAY = 80;
    private static final int TONIGHT = 81;
    private static final int YESTERDAY = 82;
    private static final int TOMORROW = 83;
    private static final int THIS = 84;
    private static final int LAST = 85;
    private static final int NEXT = 86;
    private static final int OVER = 87;
    private static final int THE = 88;
    private static final int EARLIER = 89;
    private static final int LATER = 90;
    private static final int ON = 91;
    private static final int IN = 92;
    private static final int AGO = 93;
    private static final int WEEKEND = 94;
    private static final int OF = 95;
    private static final int MORNING = 96;
    private static final int NIGHT = 97;
    private static final int ORDINAL = 98;

    // Tense cues: bits 8 to 11 of a word's code.
    private static final int CUE_SHIFT = 8;
    private static final int CUE_MASK = 0xF << CUE_SHIFT;
    private static final int CUE_FUTURE = 1;
    private static final int CUE_FUTURE_BEFORE_TO = 2;
    private static final int CUE_AUX = 3;
    private static final int CUE_PAST = 4;
    private static final int CUE_TO = 5;
    private static final int CUE_LL = 6;
    private static final int CUE_WON = 7;
    private static final int CUE_DUE = 8;
    private static final int CUE_MODAL = 9;

    // Other word flags.
    private static final int CLAUSE_WORD = 1 << 12;
    private static final int NAME_AFTER_DAY = 1 << 13;
    private static final int NAME_BEFORE_DAY = 1 << 14;
    private static final int ABBREVIATION = 1 << 15;
    private static final int NOT_PAST_ED = 1 << 16;
    private static final int SPAN_LOOKBACK = 1 << 17;

    /** Tokens looked at on each side of an expression when judging its tense. */
    private static final int WINDOW = 60;
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2999;
    private static final int MIN_BARE_YEAR = 1800;
    private static final int MAX_BARE_YEAR = 2199;

    // The vocabulary: an open-addressing table of lower-case ASCII words, looked up without allocating.
    private static final int TABLE_BITS = 10;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    private static final int MAX_WORD = 12;
    private static final String[] KEYS = new String[TABLE_SIZE];
    private static final int[] VALUES = new int[TABLE_SIZE];

    static {
        String[] weekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int i = 0; i < weekdays.length; i++) {
            put(i + 1, weekdays[i]);
        }
        for (Month m : Month.values()) {
            put(MONTH_BASE + m.getValue(), m.name().toLowerCase(Locale.ROOT));
        }
        String[][] abbreviations = {{"jan"}, {"feb"}, {"mar"}, {"apr"}, {}, {"jun"}, {"jul"}, {"aug"},
            {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}};
        for (int i = 0; i < abbreviations.length; i++) {
            for (String a : abbreviations[i]) {
                put(MONTH_ABBR_BASE + i + 1 | ABBREVIATION, a);
            }
        }
        String[] numbers = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve"};
        for (int i = 0; i < numbers.length; i++) {
            put(NUMBER_BASE + i + 1, numbers[i]);
        }
        put(NUMBER_BASE + 1, "a", "an");
        String[] units = {"day", "week", "month", "year"};
        for (int i = 0; i < units.length; i++) {
            put(UNIT_BASE + i, units[i]);
            put(UNIT_BASE + i + PLURAL, units[i] + "s");
        }
        put(TODAY, "today");
        put(TONIGHT, "tonight");
        put(YESTERDAY | CUE_PAST << CUE_SHIFT, "yesterday");
        put(TOMORROW | CUE_FUTURE << CUE_SHIFT, "tomorrow");
        put(THIS, "this");
        put(LAST | CUE_PAST << CUE_SHIFT, "last");
        put(NEXT | CUE_FUTURE << CUE_SHIFT, "next");
        put(OVER, "over", "at", "during");
        put(THE, "the");
        put(EARLIER | CUE_PAST << CUE_SHIFT, "earlier");
        put(LATER, "later");
        put(ON, "on");
        put(IN, "in");
        put(AGO | CUE_PAST << CUE_SHIFT, "ago");
        put(WEEKEND, "weekend");
        put(OF, "of");
        put(MORNING, "morning", "afternoon", "evening");
        put(NIGHT, "night");
        put(ORDINAL, "st", "nd", "rd", "th");

        put(CUE_FUTURE << CUE_SHIFT, "will", "shall", "would", "upcoming", "planned", "scheduled", "expected",
                "slated", "soon", "gonna", "forthcoming", "might", "should", "must");
        put(CUE_FUTURE_BEFORE_TO << CUE_SHIFT, "plan", "plans", "planning", "set", "going", "aim", "aims", "aiming",
                "intend", "intends", "intending", "hope", "hopes", "hoping", "want", "wants", "poised", "likely",
                "about", "seek", "seeks", "prepare", "prepares", "preparing", "ready");
        put(CUE_AUX << CUE_SHIFT, "is", "are", "am");
        put(CUE_PAST << CUE_SHIFT, "said", "says", "say", "told", "tells", "was", "were", "had", "has", "have",
                "did", "already", "previously", "made", "met", "held", "took", "gave", "went", "came", "saw",
                "began", "spoke", "wrote", "sent", "left", "found", "brought", "thought", "became", "fell", "rose",
                "lost", "struck", "fought", "led", "sought", "kept", "knew", "felt", "heard", "paid", "sold",
                "stood", "ran", "chose", "broke", "drew", "flew", "grew", "threw", "shot", "got", "meant", "built",
                "caught", "bought", "fled", "hid", "spent", "stole", "swore", "withdrew", "undertook", "understood",
                "overtook", "wore", "woke", "tore", "shook", "sank", "rang", "rode", "sat", "laid", "hung", "froze",
                "forgot", "forgave", "taught", "swept", "stuck", "spun", "slid", "lit", "dealt");
        put(CUE_TO << CUE_SHIFT, "to");
        put(CUE_LL << CUE_SHIFT, "ll");
        put(CUE_WON << CUE_SHIFT, "won");
        put(CUE_DUE << CUE_SHIFT, "due");
        put(CUE_MODAL << CUE_SHIFT, "may");

        put(CLAUSE_WORD, "that", "and", "but", "while", "whereas", "which", "who", "because", "although", "though");
        put(NAME_AFTER_DAY, "times", "telegraph", "express", "mirror", "post", "herald", "independent", "mail",
                "star", "tribune", "journal", "observer", "review", "magazine", "edition", "sport", "sports",
                "people", "business", "world", "news", "live", "club", "school", "league");
        put(NAME_BEFORE_DAY, "black", "good", "easter", "palm", "ash", "super", "cyber", "bloody", "holy",
                "maundy", "whit", "shrove", "giving", "man", "girl");
        put(ABBREVIATION, "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt",
                "maj", "prof", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "mt", "ft", "adm", "cmdr", "rev",
                "hon", "pres", "dept", "univ", "approx", "est");
        put(NOT_PAST_ED, "need", "indeed", "hundred", "united", "speed", "proceed", "exceed", "succeed", "breed",
                "feed", "seed", "weed", "deed", "reed", "creed", "greed", "naked", "wicked", "sacred", "embed", "shed",
                "ahmed", "mohammed", "mohamed", "hamed", "saeed", "sayed", "zayed", "fred", "ted", "ned", "red", "bed",
                "wed", "shred", "sled", "kindred", "beloved");
        put(SPAN_LOOKBACK, "first", "time", "times", "highest", "lowest", "worst", "best", "biggest", "largest",
                "deadliest", "heaviest", "strongest", "weakest", "most", "least", "once", "since");
    }

    private TemporalExpressions() {
    }

    /**
     * All date expressions inside {@code text[from, to)}, in text order, not overlapping, resolved against
     * {@code published}. Offsets are into {@code text}. Never throws on odd content.
     *
     * @param text      the text to search
     * @param from      first offset searched
     * @param to        end of the searched range, exclusive
     * @param published the article's publication date; null to find expressions and resolve nothing
     * @return an unmodifiable list, empty when there is nothing
     * @throws IllegalArgumentException when {@code from} or {@code to} lies outside the text or {@code from > to}
     */
    public static List<TemporalExpression> find(String text, int from, int to, LocalDate published) {
        Objects.requireNonNull(text, "text");
        if (from < 0 || to > text.length() || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") is not inside text of length "
                    + text.length());
        }
        if (from == to) {
            return List.of();
        }
        return new Scanner(text, from, to, published).scan();
    }

    /** All date expressions in the whole of {@code text}; see {@link #find(String, int, int, LocalDate)}. */
    public static List<TemporalExpression> find(String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        return find(text, 0, text.length(), published);
    }

    private static void put(int value, String... words) {
        for (String w : words) {
            if (w.length() > MAX_WORD) {
                throw new IllegalStateException("vocabulary word longer than " + MAX_WORD + ": " + w);
            }
            int slot = hash(w, 0, w.length());
            while (KEYS[slot] != null && !KEYS[slot].equals(w)) {
                slot = (slot + 1) & (TABLE_SIZE - 1);
            }
            if (KEYS[slot] == null) {
                KEYS[slot] = w;
                VALUES[slot] = value;
            } else {
                if ((VALUES[slot] & DATE_MASK) != 0 && (value & DATE_MASK) != 0) {
                    throw new IllegalStateException("two date codes for " + w);
                }
                VALUES[slot] |= value;
            }
        }
    }

    /** Slot for an ASCII word, case-folded; -1 when the word holds anything but ASCII letters. */
    private static int hash(String s, int b, int e) {
        int h = 0;
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c < 'a' || c > 'z') {
                return -1;
            }
            h = 31 * h + c;
        }
        return (h * 0x9E3779B9) >>> (32 - TABLE_BITS);
    }

    /** The vocabulary code of {@code text[b, e)}, 0 when the word is not in the vocabulary. */
    private static int lookup(String text, int b, int e) {
        int len = e - b;
        if (len > MAX_WORD) {
            return 0;
        }
        int slot = hash(text, b, e);
        if (slot < 0) {
            return 0;
        }
        while (KEYS[slot] != null) {
            String key = KEYS[slot];
            if (key.length() == len && text.regionMatches(true, b, key, 0, len)) {
                return VALUES[slot];
            }
            slot = (slot + 1) & (TABLE_SIZE - 1);
        }
        return 0;
    }

    /** Direction given by the words around an expression. */
    private enum Tense {
        FUTURE, PAST, NONE
    }

    /** One call's work: the tokens of the range and the expressions found so far. */
    private static final class Scanner {
        private final String text;
        private final int rangeFrom;
        private final int rangeTo;
        private LocalDate published;
        private int n;
        private int[] start = new int[64];
        private int[] end = new int[64];
        private int[] kind = new int[64];
        private int[] code = new int[64];
        private final List<TemporalExpression> found = new ArrayList<>();

        Scanner(String text, int from, int to, LocalDate published) {
            this.text = text;
            this.rangeFrom = from;
            this.rangeTo = to;
            this.published = published;
        }

        List<TemporalExpression> scan() {
            tokenize();
            int k = 0;
            while (k < n) {
                int next = matchSafely(k);
                k = next > k ? next : k + 1;
            }
            return found.isEmpty() ? List.of() : List.copyOf(found);
        }

        // Tokens: maximal runs of letters, runs of ASCII digits, and single other characters.

        private void tokenize() {
            int i = rangeFrom;
            boolean newline = false;
            while (i < rangeTo) {
                char c = text.charAt(i);
                if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        newline = true;
                    }
                    i++;
                    continue;
                }
                int s = i;
                int k;
                if (c >= '0' && c <= '9') {
                    do {
                        i++;
                    } while (i < rangeTo && text.charAt(i) >= '0' && text.charAt(i) <= '9');
                    k = NUM;
                } else if (isLetter(c)) {
                    do {
                        i++;
                    } while (i < rangeTo && isLetter(text.charAt(i)));
                    k = WORD;
                } else {
                    i++;
                    k = PUNCT;
                }
                add(s, i, newline ? k | NEWLINE_BEFORE : k, k == WORD ? lookup(text, s, i) : 0);
                newline = false;
            }
        }

        private static boolean isLetter(char c) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c > 0x7F && Character.isLetter(c);
        }

        private void add(int s, int e, int k, int c) {
            if (n == start.length) {
                int size = n * 2;
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                kind = Arrays.copyOf(kind, size);
                code = Arrays.copyOf(code, size);
            }
            start[n] = s;
            end[n] = e;
            kind[n] = k;
            code[n] = c;
            n++;
        }

        private boolean isWord(int k) {
            return k >= 0 && k < n && (kind[k] & KIND_MASK) == WORD;
        }

        private boolean isNum(int k) {
            return k >= 0 && k < n && (kind[k] & KIND_MASK) == NUM;
        }

        private boolean isPunct(int k, char c) {
            return k >= 0 && k < n && (kind[k] & KIND_MASK) == PUNCT && text.charAt(start[k]) == c;
        }

        private int dateCode(int k) {
            return isWord(k) ? code[k] & DATE_MASK : 0;
        }

        private int cue(int k) {
            return isWord(k) ? (code[k] & CUE_MASK) >>> CUE_SHIFT : 0;
        }

        private boolean hasFlag(int k, int flag) {
            return isWord(k) && (code[k] & flag) != 0;
        }

        private boolean adjacent(int a, int b) {
            return end[a] == start[b];
        }

        /** Whether token k exists and continues the line of the token before it. */
        private boolean follows(int k) {
            return k < n && (kind[k] & NEWLINE_BEFORE) == 0;
        }

        /** Whether token k follows the token before it on the same line, after at least one space. */
        private boolean spacedAfter(int k) {
            return follows(k) && !adjacent(k - 1, k);
        }

        private boolean capitalised(int k) {
            return Character.isUpperCase(text.charAt(start[k]));
        }

        /** The value of a run of at most maxDigits digits, or -1. */
        private int number(int k, int minDigits, int maxDigits) {
            if (!isNum(k)) {
                return -1;
            }
            int len = end[k] - start[k];
            if (len < minDigits || len > maxDigits) {
                return -1;
            }
            int v = 0;
            for (int i = start[k]; i < end[k]; i++) {
                v = v * 10 + text.charAt(i) - '0';
            }
            return v;
        }

        private int month(int k) {
            int c = dateCode(k);
            if (c > MONTH_BASE && c <= MONTH_BASE + 12) {
                return c - MONTH_BASE;
            }
            if (c > MONTH_ABBR_BASE && c <= MONTH_ABBR_BASE + 12) {
                return c - MONTH_ABBR_BASE;
            }
            return 0;
        }

        private boolean isAbbreviatedMonth(int k) {
            int c = dateCode(k);
            return c > MONTH_ABBR_BASE && c <= MONTH_ABBR_BASE + 12;
        }

        /** Whether a span may start at token a: not glued to a letter or digit before it, nor inside a number. */
        private boolean okStart(int a) {
            if (a == 0 || !adjacent(a - 1, a)) {
                return true;
            }
            int before = kind[a - 1] & KIND_MASK;
            if (before != PUNCT) {
                return false;
            }
            return !(isNum(a) && a >= 2 && (isPunct(a - 1, '.') || isPunct(a - 1, ',')) && isNum(a - 2)
                    && adjacent(a - 2, a - 1));
        }

        /** Whether a span may end at token b: not glued to a letter or digit after it, nor inside a number. */
        private boolean okEnd(int b) {
            if (b + 1 >= n || !adjacent(b, b + 1)) {
                return true;
            }
            if ((kind[b + 1] & KIND_MASK) != PUNCT) {
                return false;
            }
            return !(isNum(b) && (isPunct(b + 1, '.') || isPunct(b + 1, ',') || isPunct(b + 1, '-'))
                    && isNum(b + 2) && adjacent(b + 1, b + 2));
        }

        // Matching: each matcher gets the token where the core of the form starts and the token where the span
        // starts (a preposition before it, or the same token); it records what it finds and returns the token
        // after the span, or -1.

        private int matchSafely(int k) {
            try {
                return matchAt(k);
            } catch (DateTimeException | ArithmeticException e) {
                // Resolution ran off the calendar (a publication date near LocalDate.MAX): keep the span unresolved.
                LocalDate saved = published;
                published = null;
                try {
                    return matchAt(k);
                } finally {
                    published = saved;
                }
            }
        }

        private int matchAt(int k) {
            int dc = dateCode(k);
            if (dc == 0 && !isNum(k)) {
                return -1;
            }
            if (dc == ON && spacedAfter(k + 1)) {
                int r = matchDay(k + 1, k);
                if (r > 0) {
                    return r;
                }
            } else if (dc == IN && spacedAfter(k + 1)) {
                int r = matchIn(k + 1, k);
                if (r > 0) {
                    return r;
                }
            }
            int r = matchDay(k, k);
            if (r > 0) {
                return r;
            }
            r = monthFirst(k, k, false);
            if (r > 0) {
                return r;
            }
            return matchRelative(k, k);
        }

        /** Forms that name one day and may follow "on". */
        private int matchDay(int k, int b) {
            int r = iso(k, b);
            if (r > 0) {
                return r;
            }
            r = weekday(k, b);
            if (r > 0) {
                return r;
            }
            r = monthFirst(k, b, true);
            if (r > 0) {
                return r;
            }
            return dayFirst(k, b);
        }

        /** Forms that must or may follow "in": a year, a month with a year, "in two days". */
        private int matchIn(int k, int b) {
            int y = number(k, 4, 4);
            if (y >= MIN_BARE_YEAR && y <= MAX_BARE_YEAR && okEnd(k) && okStart(b)) {
                if (published == null) {
                    return unresolved(b, k, tense(b, k) == Tense.FUTURE);
                }
                return absolute(b, k, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            int r = monthFirst(k, b, false);
            if (r > 0) {
                return r;
            }
            int count = count(k);
            int unit = unit(k + 1);
            if (count < 0 || unit < 0 || !spacedAfter(k + 1) || !okEnd(k + 1) || !okStart(b)) {
                return -1;
            }
            if (dateCode(k + 2) == OF && spacedAfter(k + 2) || lengthOfTimeBefore(b)) {
                return -1;
            }
            return counted(b, k + 1, count, unit, 1);
        }

        private int iso(int k, int b) {
            int y = number(k, 4, 4);
            if (y < MIN_YEAR || y > MAX_YEAR || !isPunct(k + 1, '-') || !adjacent(k, k + 1)) {
                return -1;
            }
            int m = number(k + 2, 2, 2);
            if (m < 1 || m > 12 || !adjacent(k + 1, k + 2) || !isPunct(k + 3, '-') || !adjacent(k + 2, k + 3)) {
                return -1;
            }
            int d = number(k + 4, 2, 2);
            if (d < 1 || !adjacent(k + 3, k + 4) || !okStart(k) || !okEnd(k + 4) || !okStart(b)) {
                return -1;
            }
            if (!YearMonth.of(y, m).isValidDay(d)) {
                return -1;
            }
            if (published == null) {
                return unresolved(b, k + 4, tense(b, k + 4) == Tense.FUTURE);
            }
            LocalDate date = LocalDate.of(y, m, d);
            return absolute(b, k + 4, date, date);
        }

        private int weekday(int k, int b) {
            int modifier = dateCode(k);
            int w = k;
            if (modifier == THIS || modifier == LAST || modifier == NEXT) {
                if (!spacedAfter(k + 1)) {
                    return -1;
                }
                w = k + 1;
            } else {
                modifier = 0;
            }
            int day = dateCode(w);
            if (day < 1 || day > 7 || !okStart(b) || !okEnd(w)) {
                return -1;
            }
            if (modifier == 0 && partOfName(w)) {
                return -1;
            }
            if (modifier == 0) {
                // "Tuesday, March 18" or "Tuesday 18 March": the calendar date says it all.
                int d = w + 1;
                if (isPunct(d, ',') && adjacent(w, d)) {
                    d++;
                }
                if (spacedAfter(d)) {
                    int r = monthFirst(d, b, true);
                    if (r < 0) {
                        r = dayFirst(d, b);
                    }
                    if (r > 0) {
                        return r;
                    }
                }
            }
            DayOfWeek dow = DayOfWeek.of(day);
            boolean future;
            if (modifier == LAST) {
                future = false;
            } else if (modifier == NEXT) {
                future = true;
            } else {
                future = tense(b, w) == Tense.FUTURE;
            }
            if (published == null) {
                return unresolved(b, w, future);
            }
            LocalDate date;
            if (modifier == LAST) {
                date = published.with(TemporalAdjusters.previous(dow));
            } else if (modifier == NEXT) {
                date = published.with(TemporalAdjusters.next(dow));
            } else if (future) {
                date = published.with(TemporalAdjusters.nextOrSame(dow));
            } else {
                date = published.with(TemporalAdjusters.previousOrSame(dow));
            }
            return emit(b, w, date, date, future);
        }

        /** Whether the weekday at w is part of a name: "Sunday Times", "Good Friday", "the Sunday Telegraph". */
        private boolean partOfName(int w) {
            int after = w + 1;
            boolean capitalAfter = isWord(after) && spacedAfter(after) && capitalised(after);
            if (capitalAfter && hasFlag(after, NAME_AFTER_DAY)) {
                return true;
            }
            int before = w - 1;
            if (isWord(before) && follows(w) && capitalised(before) && hasFlag(before, NAME_BEFORE_DAY)) {
                return true;
            }
            return capitalAfter && capitalised(w) && isWord(before) && follows(w) && dateCode(before) == THE;
        }

        /** "March 11", "Mar. 11th, 2024"; with wantDayOnly false also "March 2024", "March of 2024". */
        private int monthFirst(int k, int b, boolean wantDayOnly) {
            int m = month(k);
            if (m == 0 || !capitalised(k)) {
                return -1;
            }
            int t = k + 1;
            if (isAbbreviatedMonth(k) && isPunct(t, '.') && adjacent(k, t)) {
                t++;
            }
            if (!follows(t) || t == k + 1 && adjacent(k, t)) {
                return -1;
            }
            int day = number(t, 1, 2);
            if (day >= 1 && day <= 31) {
                int last = t;
                if (dateCode(t + 1) == ORDINAL && adjacent(t, t + 1)) {
                    last = t + 1;
                }
                int year = -1;
                int y = last + 1;
                if (isPunct(y, ',') && adjacent(last, y)) {
                    y++;
                }
                if (spacedAfter(y)) {
                    int v = number(y, 4, 4);
                    if (v >= MIN_YEAR && v <= MAX_YEAR && okEnd(y)) {
                        year = v;
                        last = y;
                    }
                }
                if (!okEnd(last) || !okStart(b)) {
                    return -1;
                }
                return monthDay(b, last, m, day, year);
            }
            if (wantDayOnly) {
                return -1;
            }
            int y = t;
            if (dateCode(t) == OF && spacedAfter(t + 1)) {
                y = t + 1;
            } else if (isPunct(t, ',') && adjacent(t - 1, t) && spacedAfter(t + 1)) {
                y = t + 1;
            }
            int year = number(y, 4, 4);
            if (year < MIN_YEAR || year > MAX_YEAR || !okEnd(y) || !okStart(b)) {
                return -1;
            }
            if (published == null) {
                return unresolved(b, y, tense(b, y) == Tense.FUTURE);
            }
            YearMonth ym = YearMonth.of(year, m);
            return absolute(b, y, ym.atDay(1), ym.atEndOfMonth());
        }

        /** "11 March", "11th of March 2024", "11 Mar. 2024". */
        private int dayFirst(int k, int b) {
            int day = number(k, 1, 2);
            if (day < 1 || day > 31) {
                return -1;
            }
            int t = k + 1;
            if (dateCode(t) == ORDINAL && adjacent(k, t)) {
                t++;
            }
            if (dateCode(t) == OF && spacedAfter(t)) {
                t++;
            }
            int m = month(t);
            if (m == 0 || !spacedAfter(t) || !capitalised(t)) {
                return -1;
            }
            int last = t;
            if (isAbbreviatedMonth(t) && isPunct(t + 1, '.') && adjacent(t, t + 1)) {
                last = t + 1;
            }
            int year = -1;
            int y = last + 1;
            if (isPunct(y, ',') && adjacent(last, y)) {
                y++;
            }
            if (spacedAfter(y)) {
                int v = number(y, 4, 4);
                if (v >= MIN_YEAR && v <= MAX_YEAR && okEnd(y)) {
                    year = v;
                    last = y;
                }
            }
            if (!okStart(k) || !okStart(b) || !okEnd(last)) {
                return -1;
            }
            return monthDay(b, last, m, day, year);
        }

        /** Records a month and day, with a year or without (-1); returns -1 for a day no such month has. */
        private int monthDay(int b, int last, int m, int day, int year) {
            if (year > 0 ? !YearMonth.of(year, m).isValidDay(day) : day > Month.of(m).maxLength()) {
                return -1;
            }
            if (published == null) {
                return unresolved(b, last, tense(b, last) == Tense.FUTURE);
            }
            LocalDate date;
            if (year > 0) {
                date = LocalDate.of(year, m, day);
            } else {
                date = nearest(MonthDay.of(m, day), b, last);
                if (date == null) {
                    return unresolved(b, last, tense(b, last) == Tense.FUTURE);
                }
            }
            return absolute(b, last, date, date);
        }

        /** The day with this month and day nearest to the publication date, in its year or the next to it. */
        private LocalDate nearest(MonthDay md, int b, int last) {
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
                } else if (distance == bestDistance && tense(b, last) == Tense.FUTURE) {
                    best = candidate;
                }
            }
            return best;
        }

        /** today, this week, over the weekend, earlier this month, two days ago, and the like. */
        private int matchRelative(int k, int b) {
            int dc = dateCode(k);
            switch (dc) {
                case TODAY, TONIGHT, YESTERDAY, TOMORROW -> {
                    return okStart(k) && okEnd(k) ? today(b, k, dc) : -1;
                }
                case THIS, LAST, NEXT -> {
                    return thisLastNext(k, b, dc);
                }
                case OVER -> {
                    if (dateCode(k + 1) == THE && spacedAfter(k + 1) && dateCode(k + 2) == WEEKEND
                            && spacedAfter(k + 2) && okEnd(k + 2)) {
                        Tense t = tense(b, k + 2);
                        return weekend(b, k + 2, t == Tense.FUTURE ? Tense.FUTURE : Tense.PAST);
                    }
                    return -1;
                }
                case EARLIER, LATER -> {
                    int unit = dateCode(k + 2) - UNIT_BASE;
                    if (dateCode(k + 1) != THIS || !spacedAfter(k + 1) || !spacedAfter(k + 2) || !okEnd(k + 2)
                            || unit < UNIT_WEEK || unit > UNIT_YEAR) {
                        return -1;
                    }
                    return earlierLater(b, k + 2, unit, dc == LATER);
                }
                default -> {
                    int count = count(k);
                    int unit = unit(k + 1);
                    if (count < 0 || unit < 0 || !spacedAfter(k + 1) || dateCode(k + 2) != AGO
                            || !spacedAfter(k + 2) || !okStart(k) || !okEnd(k + 2)) {
                        return -1;
                    }
                    return counted(b, k + 2, count, unit, -1);
                }
            }
        }

        private int today(int b, int k, int dc) {
            boolean future = dc == TOMORROW || dc != YESTERDAY && tense(b, k) == Tense.FUTURE;
            if (published == null) {
                return unresolved(b, k, future);
            }
            LocalDate d = switch (dc) {
                case YESTERDAY -> published.minusDays(1);
                case TOMORROW -> published.plusDays(1);
                default -> published;
            };
            return emit(b, k, d, d, future);
        }

        private int thisLastNext(int k, int b, int dc) {
            int w = k + 1;
            if (!spacedAfter(w) || !okEnd(w)) {
                return -1;
            }
            int what = dateCode(w);
            if (what == MORNING && dc == THIS || what == NIGHT && dc == LAST) {
                boolean future = dc == THIS && tense(b, w) == Tense.FUTURE;
                if (published == null) {
                    return unresolved(b, w, future);
                }
                LocalDate d = dc == THIS ? published : published.minusDays(1);
                return emit(b, w, d, d, future);
            }
            if (what == WEEKEND) {
                Tense t = dc == LAST ? Tense.PAST : dc == NEXT ? Tense.FUTURE : tense(b, w);
                if (dc == THIS) {
                    return weekend(b, w, t);
                }
                boolean future = dc == NEXT;
                if (published == null) {
                    return unresolved(b, w, future);
                }
                LocalDate saturday = future ? published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                        : published.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)).minusDays(1);
                return emit(b, w, saturday, saturday.plusDays(1), future);
            }
            int unit = what - UNIT_BASE;
            if (unit < UNIT_WEEK || unit > UNIT_YEAR) {
                return -1;
            }
            int shift = dc == LAST ? -1 : dc == NEXT ? 1 : 0;
            boolean future = shift > 0 || shift == 0 && tense(b, w) == Tense.FUTURE;
            if (published == null) {
                return unresolved(b, w, future);
            }
            LocalDate first = firstOfPeriod(unit, shift);
            return emit(b, w, first, lastOfPeriod(unit, first), future);
        }

        /** First day of the week, month or year containing the publication date, moved by shift periods. */
        private LocalDate firstOfPeriod(int unit, int shift) {
            return switch (unit) {
                case UNIT_WEEK -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                case UNIT_MONTH -> published.withDayOfMonth(1).plusMonths(shift);
                default -> published.withDayOfYear(1).plusYears(shift);
            };
        }

        private static LocalDate lastOfPeriod(int unit, LocalDate first) {
            return switch (unit) {
                case UNIT_WEEK -> first.plusDays(6);
                case UNIT_MONTH -> first.with(TemporalAdjusters.lastDayOfMonth());
                default -> first.with(TemporalAdjusters.lastDayOfYear());
            };
        }

        /** A weekend resolved by tense: future, past, or (no cue) the weekend of the publication week. */
        private int weekend(int b, int last, Tense t) {
            boolean future = t == Tense.FUTURE;
            if (published == null) {
                return unresolved(b, last, future);
            }
            LocalDate saturday = switch (t) {
                case FUTURE -> published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).minusDays(1);
                case PAST -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                case NONE -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
            };
            return emit(b, last, saturday, saturday.plusDays(1), future);
        }

        private int earlierLater(int b, int last, int unit, boolean later) {
            if (published == null) {
                return unresolved(b, last, later);
            }
            LocalDate first = firstOfPeriod(unit, 0);
            LocalDate end = lastOfPeriod(unit, first);
            if (later) {
                LocalDate next = published.plusDays(1);
                return emit(b, last, next.isAfter(end) ? end : next, end, true);
            }
            LocalDate before = published.minusDays(1);
            return emit(b, last, first, before.isBefore(first) ? first : before, false);
        }

        /** "two days ago" (sign -1) or "in two days" (sign 1). */
        private int counted(int b, int last, int count, int unit, int sign) {
            boolean future = sign > 0;
            if (published == null) {
                return unresolved(b, last, future);
            }
            long amount = (long) sign * count;
            switch (unit) {
                case UNIT_DAY -> {
                    LocalDate d = published.plusDays(amount);
                    return emit(b, last, d, d, future);
                }
                case UNIT_WEEK -> {
                    LocalDate d = published.plusWeeks(amount);
                    return emit(b, last, d, d, future);
                }
                case UNIT_MONTH -> {
                    YearMonth ym = YearMonth.from(published).plusMonths(amount);
                    return emit(b, last, ym.atDay(1), ym.atEndOfMonth(), future);
                }
                default -> {
                    LocalDate first = published.withDayOfYear(1).plusYears(amount);
                    return emit(b, last, first, first.with(TemporalAdjusters.lastDayOfYear()), future);
                }
            }
        }

        /** The count of "two days ago": digits, "a"/"an", or one to twelve; -1 when token k is none of these. */
        private int count(int k) {
            int v = number(k, 1, 4);
            if (v >= 1) {
                return v;
            }
            int dc = dateCode(k);
            return dc > NUMBER_BASE && dc <= NUMBER_BASE + 12 ? dc - NUMBER_BASE : -1;
        }

        private int unit(int k) {
            int dc = dateCode(k);
            return dc >= UNIT_BASE && dc < UNIT_BASE + 2 * PLURAL ? (dc - UNIT_BASE) % PLURAL : -1;
        }

        /** Whether "in two years" follows "first", "time" and the like: a length of time, not a date. */
        private boolean lengthOfTimeBefore(int b) {
            int lo = Math.max(sentenceStart(b), b - 4);
            for (int k = b - 1; k >= lo; k--) {
                if (hasFlag(k, SPAN_LOOKBACK)) {
                    return true;
                }
            }
            return false;
        }

        /** A calendar date or interval: future when it begins after publication, or holds it and the tense is. */
        private int absolute(int b, int last, LocalDate from, LocalDate to) {
            boolean future = from.isAfter(published) || !to.isBefore(published) && tense(b, last) == Tense.FUTURE;
            return emit(b, last, from, to, future);
        }

        private int unresolved(int b, int last, boolean future) {
            return emit(b, last, null, null, future);
        }

        private int emit(int b, int last, LocalDate from, LocalDate to, boolean future) {
            int s = start[b];
            int e = end[last];
            // Whatever the tense said, a day after publication is in the article's future.
            boolean after = from != null && from.isAfter(published);
            found.add(new TemporalExpression(s, e, text.substring(s, e), null, from, to, future || after));
            return last + 1;
        }

        // Tense: the nearest cue in the expression's clause, else in its sentence.

        private Tense tense(int a, int b) {
            int lo = sentenceStart(a);
            int hi = sentenceEnd(b);
            Tense back = Tense.NONE;
            int backDistance = 0;
            boolean backSame = true;
            for (int k = a - 1; k >= lo; k--) {
                if (isClauseBoundary(k)) {
                    backSame = false;
                    continue;
                }
                Tense t = cueAt(k);
                if (t != Tense.NONE) {
                    back = t;
                    backDistance = a - k;
                    break;
                }
            }
            Tense ahead = Tense.NONE;
            int aheadDistance = 0;
            boolean aheadSame = true;
            for (int k = b + 1; k < hi; k++) {
                if (isClauseBoundary(k)) {
                    aheadSame = false;
                    continue;
                }
                Tense t = cueAt(k);
                if (t != Tense.NONE) {
                    ahead = t;
                    aheadDistance = k - b;
                    break;
                }
            }
            if (back == Tense.NONE) {
                return ahead;
            }
            if (ahead == Tense.NONE) {
                return back;
            }
            if (backSame != aheadSame) {
                return backSame ? back : ahead;
            }
            if (!backSame && isPunct(b + 1, ',')) {
                // A clause of its own ending in a comma is a fronted adverbial ("On Sunday, Trump announced"):
                // it belongs to the clause after it.
                return ahead;
            }
            return aheadDistance < backDistance ? ahead : back;
        }

        private int sentenceStart(int a) {
            int limit = Math.max(0, a - WINDOW);
            int k = a;
            while (k > limit) {
                if ((kind[k] & NEWLINE_BEFORE) != 0 || isSentenceEnd(k - 1)) {
                    return k;
                }
                k--;
            }
            return k;
        }

        private int sentenceEnd(int b) {
            int limit = Math.min(n, b + 1 + WINDOW);
            int k = b + 1;
            while (k < limit) {
                if ((kind[k] & NEWLINE_BEFORE) != 0 || isSentenceEnd(k)) {
                    return k;
                }
                k++;
            }
            return k;
        }

        private boolean isSentenceEnd(int k) {
            if ((kind[k] & KIND_MASK) != PUNCT) {
                return false;
            }
            char c = text.charAt(start[k]);
            if (c == '!' || c == '?' || c == '\u2026') {
                return true;
            }
            if (c != '.') {
                return false;
            }
            int before = k - 1;
            if (isWord(before) && adjacent(before, k)) {
                boolean initial = end[before] - start[before] == 1 && Character.isUpperCase(text.charAt(start[before]));
                if (initial || hasFlag(before, ABBREVIATION)) {
                    return false;
                }
            }
            int after = k + 1;
            if (after >= n) {
                return true;
            }
            if (adjacent(k, after) && (kind[after] & KIND_MASK) != PUNCT) {
                return false;
            }
            return !(isWord(after) && Character.isLowerCase(text.charAt(start[after])));
        }

        private boolean isClauseBoundary(int k) {
            if ((kind[k] & KIND_MASK) == WORD) {
                return (code[k] & CLAUSE_WORD) != 0;
            }
            if ((kind[k] & KIND_MASK) != PUNCT) {
                return false;
            }
            return switch (text.charAt(start[k])) {
                case ',', ';', ':', '(', ')', '[', ']', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u2014',
                        '\u2013' -> true;
                default -> false;
            };
        }

        /** The tense token k signals on its own or with its neighbours. */
        private Tense cueAt(int k) {
            if (!isWord(k)) {
                return Tense.NONE;
            }
            switch (cue(k)) {
                case CUE_FUTURE -> {
                    return Tense.FUTURE;
                }
                case CUE_FUTURE_BEFORE_TO -> {
                    return cue(k + 1) == CUE_TO ? Tense.FUTURE : Tense.NONE;
                }
                case CUE_AUX -> {
                    int next = cue(k + 1);
                    if (next == CUE_TO || next == CUE_DUE) {
                        return Tense.FUTURE;
                    }
                    if (next == CUE_FUTURE || next == CUE_FUTURE_BEFORE_TO && cue(k + 2) == CUE_TO) {
                        return Tense.NONE;
                    }
                    return Tense.PAST;
                }
                case CUE_PAST -> {
                    return Tense.PAST;
                }
                case CUE_LL -> {
                    return isApostrophe(k - 1) && adjacent(k - 1, k) ? Tense.FUTURE : Tense.NONE;
                }
                case CUE_WON -> {
                    boolean wont = isApostrophe(k + 1) && adjacent(k, k + 1) && isWord(k + 2) && adjacent(k + 1, k + 2)
                            && end[k + 2] - start[k + 2] == 1 && (text.charAt(start[k + 2]) | 0x20) == 't';
                    return wont ? Tense.FUTURE : Tense.PAST;
                }
                case CUE_DUE -> {
                    return cue(k - 1) == CUE_AUX ? Tense.FUTURE : Tense.NONE;
                }
                case CUE_MODAL -> {
                    return Character.isLowerCase(text.charAt(start[k])) ? Tense.FUTURE : Tense.NONE;
                }
                default -> {
                    return endsInEd(k) ? Tense.PAST : Tense.NONE;
                }
            }
        }

        private boolean isApostrophe(int k) {
            return isPunct(k, '\'') || isPunct(k, '\u2019');
        }

        private boolean endsInEd(int k) {
            int len = end[k] - start[k];
            if (len < 4 || (code[k] & NOT_PAST_ED) != 0) {
                return false;
            }
            char d = text.charAt(end[k] - 1);
            char e = text.charAt(end[k] - 2);
            return (d == 'd' || d == 'D') && (e == 'e' || e == 'E');
        }
    }
}
