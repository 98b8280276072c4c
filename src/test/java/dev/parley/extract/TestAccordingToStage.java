package dev.parley.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The according to stage alone, on the cases of {@code stages/speech/according-to.txt}. */
class TestAccordingToStage {
    static List<StageFixtures.Case> cases() {
        return StageFixtures.read("speech/according-to.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsWhatWasSaidAndWho(StageFixtures.Case c) {
        AccordingTo layer = SpeechFacts.layer(c, AccordingTo.class);
        StageFixtures.check(c, SpeechFacts.of(c, layer.all()));
    }
}
