package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The date expression record: its three shapes and the values it refuses. */
class TestTemporalExpression {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 17);

    @Test
    void recordRejectsInconsistentValues() {
        LocalDate d = MONDAY;
        assertThrows(IllegalArgumentException.class, () -> new TemporalExpression(0, 3, "ab", d, d, d, false));
        assertThrows(IllegalArgumentException.class, () -> new TemporalExpression(0, 2, "ab", null, d, null, false));
        assertThrows(IllegalArgumentException.class,
                () -> new TemporalExpression(0, 2, "ab", null, d, d.minusDays(1), false));
        assertThrows(IllegalArgumentException.class,
                () -> new TemporalExpression(0, 2, "ab", d, d, d.minusDays(1), false));
    }

    @Test
    void exactDaysAndOneDayIntervalsAreTheSame() {
        TemporalExpression exact = new TemporalExpression(0, 2, "ab", MONDAY, null, null, false);
        assertEquals(MONDAY, exact.from());
        assertEquals(MONDAY, exact.to());
        TemporalExpression oneDay = new TemporalExpression(0, 2, "ab", null, MONDAY, MONDAY, false);
        assertEquals(MONDAY, oneDay.date());
        assertTrue(oneDay.isExactDay());
        assertTrue(TemporalExpression.unresolved(0, 2, "ab", true).future());
    }
}
