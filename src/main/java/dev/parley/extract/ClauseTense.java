package dev.parley.extract;

/**
 * The tense of a date expression, which sets the direction of "on Tuesday" or "this weekend": the nearest tense cue
 * in the expression's own clause decides; failing that, an expression set off by a comma after it ("On Sunday,
 * Trump announced") takes the first cue after it, and any other the nearest cue in the sentence; ties go to the cue
 * before. No cue means past or present ({@link Tense#NONE}).
 * <p>
 * Clauses end at commas, semicolons, colons, dashes, quotation marks, brackets and the words of [clause-words]. The
 * sentence is the sentence searched, cut again at a line break and at a full stop, question mark or ellipsis that
 * ends a sentence (not one after an initial or a word of [sentence-abbreviations]), and at most
 * {@code tense-window-pieces} pieces either side. The cues are in [future-cues], [future-cues-before-to],
 * [be-forms], [past-cues] and [tense-particles] ({@link DateWord.Cue}); any other word of four letters or more that
 * ends in -ed is past, except those of [not-past-ed].
 */
final class ClauseTense {
    private final Pieces p;
    private final int window;

    ClauseTense(Pieces p, int windowPieces) {
        this.p = p;
        this.window = windowPieces;
    }

    /** The tense of the expression of pieces a to b (inclusive). */
    Tense of(int a, int b) {
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
        if (!backSame && p.isMark(b + 1, ',')) {
            // A clause of its own ending in a comma is a fronted adverbial ("On Sunday, Trump announced"): it
            // belongs to the clause after it.
            return ahead;
        }
        return aheadDistance < backDistance ? ahead : back;
    }

    /** The first piece of the sentence that holds piece a, within the window. */
    int sentenceStart(int a) {
        int limit = Math.max(0, a - window);
        int k = a;
        while (k > limit) {
            if (p.lineBreakBefore(k) || isSentenceEnd(k - 1)) {
                return k;
            }
            k--;
        }
        return k;
    }

    /** The piece after the sentence that holds piece b, within the window. */
    private int sentenceEnd(int b) {
        int limit = Math.min(p.size(), b + 1 + window);
        int k = b + 1;
        while (k < limit) {
            if (p.lineBreakBefore(k) || isSentenceEnd(k)) {
                return k;
            }
            k++;
        }
        return k;
    }

    private boolean isSentenceEnd(int k) {
        if (!p.isMark(k)) {
            return false;
        }
        char c = p.first(k);
        if (c == '!' || c == '?' || c == '\u2026') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int before = k - 1;
        if (p.isWord(before) && p.adjacent(before, k)) {
            boolean initial = p.length(before) == 1 && Character.isUpperCase(p.first(before));
            if (initial || p.has(before, DateWord.Mark.ABBREVIATION)) {
                return false;
            }
        }
        int after = k + 1;
        if (after >= p.size()) {
            return true;
        }
        if (p.adjacent(k, after) && !p.isMark(after)) {
            return false;
        }
        return !(p.isWord(after) && Character.isLowerCase(p.first(after)));
    }

    private boolean isClauseBoundary(int k) {
        if (p.isWord(k)) {
            return p.has(k, DateWord.Mark.CLAUSE);
        }
        if (!p.isMark(k)) {
            return false;
        }
        return switch (p.first(k)) {
            case ',', ';', ':', '(', ')', '[', ']', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u2014',
                    '\u2013' -> true;
            default -> false;
        };
    }

    /** The tense piece k signals on its own or with its neighbours. */
    private Tense cueAt(int k) {
        if (!p.isWord(k)) {
            return Tense.NONE;
        }
        DateWord.Cue cue = p.cue(k);
        if (cue == null) {
            return endsInEd(k) ? Tense.PAST : Tense.NONE;
        }
        return switch (cue) {
            case FUTURE -> Tense.FUTURE;
            case FUTURE_BEFORE_TO -> p.cue(k + 1) == DateWord.Cue.TO ? Tense.FUTURE : Tense.NONE;
            case BE -> afterBe(k);
            case PAST -> Tense.PAST;
            case WILL_CLITIC -> isApostrophe(k - 1) && p.adjacent(k - 1, k) ? Tense.FUTURE : Tense.NONE;
            case WONT_STEM -> isWont(k) ? Tense.FUTURE : Tense.PAST;
            case DUE -> p.cue(k - 1) == DateWord.Cue.BE ? Tense.FUTURE : Tense.NONE;
            case MODAL -> Character.isLowerCase(p.first(k)) ? Tense.FUTURE : Tense.NONE;
            case TO -> Tense.NONE;
        };
    }

    /** "is to open", "is due" are future; "is expected", "is set to" leave it to the cue after; else present. */
    private Tense afterBe(int k) {
        DateWord.Cue next = p.cue(k + 1);
        if (next == DateWord.Cue.TO || next == DateWord.Cue.DUE) {
            return Tense.FUTURE;
        }
        if (next == DateWord.Cue.FUTURE || next == DateWord.Cue.FUTURE_BEFORE_TO && p.cue(k + 2) == DateWord.Cue.TO) {
            return Tense.NONE;
        }
        return Tense.PAST;
    }

    /** "won’t": the stem, an apostrophe and a t, touching. */
    private boolean isWont(int k) {
        return isApostrophe(k + 1) && p.adjacent(k, k + 1) && p.isWord(k + 2) && p.adjacent(k + 1, k + 2)
                && p.length(k + 2) == 1 && (p.first(k + 2) | 0x20) == 't';
    }

    private boolean isApostrophe(int k) {
        return p.isMark(k, '\'') || p.isMark(k, '\u2019');
    }

    private boolean endsInEd(int k) {
        if (p.length(k) < 4 || p.has(k, DateWord.Mark.NOT_PAST)) {
            return false;
        }
        char d = p.last(k, 0);
        char e = p.last(k, 1);
        return (d == 'd' || d == 'D') && (e == 'e' || e == 'E');
    }
}
