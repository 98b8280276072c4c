package dev.parley.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stance stage alone, one file of cases per phenomenon under {@code stages/stance/}: each stance a cue gives,
 * negation, conditions, denials and alleged violators, and which statements are about an agreement at all.
 */
class TestStanceStage {
    private static final List<String> FILES = List.of("stances", "negation", "conditions", "violations", "about");

    static List<Arguments> cases() {
        return StageFixtures.named("stance", FILES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheStanceOfEachStatementAboutAnAgreement(String name, StageFixtures.Case c) {
        StageFixtures.check(c, StanceFacts.of(c, StanceFacts.layer(c)));
    }
}
