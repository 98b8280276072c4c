package dev.parley.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The colon-line stage alone, on the cases of {@code stages/speech/colon-lines.txt}. */
class TestColonLineStage {
    static List<StageFixtures.Case> cases() {
        return StageFixtures.read("speech/colon-lines.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheLinesAndTheirSpeakers(StageFixtures.Case c) {
        ColonLines layer = SpeechFacts.layer(c, ColonLines.class);
        StageFixtures.check(c, SpeechFacts.of(c, layer.all()));
    }
}
