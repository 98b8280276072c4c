package dev.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * One sentence's search for dates: its pieces, their tense, the publication date they resolve against, and the
 * expressions found so far. The date rules record what they find here; each returns the piece after the span it
 * found, or -1.
 */
final class DateScan {
    final Pieces pieces;
    final ClauseTense tense;
    final TemporalWords.Limits limits;
    private LocalDate published;
    private final List<TemporalExpression> found = new ArrayList<>();

    DateScan(Pieces pieces, LocalDate published, TemporalWords.Limits limits) {
        this.pieces = pieces;
        this.tense = new ClauseTense(pieces, limits.tenseWindowPieces());
        this.limits = limits;
        this.published = published;
    }

    /** The publication date, or null: then every expression is found unresolved. */
    LocalDate published() {
        return published;
    }

    boolean resolves() {
        return published != null;
    }

    /** Runs a rule as if no publication date were given (for a date that runs off the calendar). */
    int withoutPublicationDate(IntSupplier rule) {
        LocalDate saved = published;
        published = null;
        try {
            return rule.getAsInt();
        } finally {
            published = saved;
        }
    }

    boolean future(int b, int last) {
        return tense.of(b, last) == Tense.FUTURE;
    }

    List<TemporalExpression> found() {
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    /** A calendar date or interval: future when it begins after publication, or holds it and the tense is. */
    int absolute(int b, int last, LocalDate from, LocalDate to) {
        if (published == null) {
            return unresolved(b, last, future(b, last));
        }
        boolean future = from.isAfter(published) || !to.isBefore(published) && future(b, last);
        return emit(b, last, from, to, future);
    }

    int unresolved(int b, int last, boolean future) {
        return emit(b, last, null, null, future);
    }

    /** Records pieces b to last as an expression from one day to another (null: unresolved). */
    int emit(int b, int last, LocalDate from, LocalDate to, boolean future) {
        int s = pieces.begin(b);
        int e = pieces.end(last);
        // Whatever the tense said, a day after publication is in the article's future.
        boolean after = from != null && from.isAfter(published);
        found.add(new TemporalExpression(s, e, pieces.text(b, last), null, from, to, future || after));
        return last + 1;
    }
}
