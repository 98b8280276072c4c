package dev.parley.extract;

import java.util.List;

/**
 * When an event happens, for one article: the date expression nearest its trigger in the sentence (not one on
 * the far side of a speech verb, which dates the speaking), and whether it is planned or reported as happened.
 */
final class EventTiming {
    private final Dates dates;
    private final List<Statement> statements;
    private final HappeningWords words;

    EventTiming(Dates dates, List<Statement> statements, HappeningWords words) {
        this.dates = dates;
        this.statements = statements;
        this.words = words;
    }

    /** The date expression nearest the trigger [b, e) in its sentence, within a window; or null. */
    TemporalExpression dateNear(Sentence s, int b, int e) {
        TemporalExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TemporalExpression t : dates.in(s)) {
            int dist = t.begin() >= e ? t.begin() - e : b - t.end();
            if (dist >= 0 && dist < words.limits.eventDateDistanceChars() && dist < bestDist
                    && !separatedBySpeech(b, t.begin())) {
                best = t;
                bestDist = dist;
            }
        }
        return best;
    }

    /** "Aldo Vance said on Sunday that talks would ...": a date outside the reported clause of the trigger. */
    private boolean separatedBySpeech(int trigger, int dateAt) {
        for (Statement st : statements) {
            if (st.kind() == Statement.Kind.REPORTED && st.begin() <= trigger && trigger < st.end()
                    && (dateAt < st.begin() || dateAt >= st.end())) {
                return true;
            }
        }
        return false;
    }

    /** Planned: a resolved date after publication, or else a marker shortly before ("will", "plans to"). */
    boolean isPlanned(Sentence s, int b, TemporalExpression date) {
        if (date != null && date.isResolved()) {
            return date.future();
        }
        List<Token> toks = s.tokens();
        int k = s.tokenAt(b);
        for (int j = Math.max(0, k - words.limits.plannedMarkerBeforeTokens()); j < k; j++) {
            if (words.plannedMarkers.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return date != null && date.future();
    }
}
