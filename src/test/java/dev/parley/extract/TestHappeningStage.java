package dev.parley.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The happening stage alone, one file of cases per rule under {@code stages/happenings/}: each agreement rule
 * (cease-fires, security guarantees, peace deals) and what they share (parties, topics), each event rule (calls,
 * talks, summits, strikes, interceptions, supply resumptions) and what they share (timing, merging), and claims.
 */
class TestHappeningStage {
    private static final List<String> FILES = List.of("cease-fires", "security-guarantees", "peace-deals",
            "agreement-parties", "topics", "calls", "talks", "summits", "strikes", "interceptions",
            "supply-resumptions", "event-timing", "occupation-claims");

    static List<Arguments> cases() {
        return StageFixtures.named("happenings", FILES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheHappeningsOfEachRule(String name, StageFixtures.Case c) {
        StageFixtures.check(c, HappeningFacts.of(c, HappeningFacts.layer(c)));
    }
}
