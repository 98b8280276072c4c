package dev.parley.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reported speech stage alone, on the cases of {@code stages/speech/reported-speech.txt}. */
class TestReportedSpeechStage {
    static List<StageFixtures.Case> cases() {
        return StageFixtures.read("speech/reported-speech.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsWhatWasSaidAndWho(StageFixtures.Case c) {
        ReportedSpeech layer = SpeechFacts.layer(c, ReportedSpeech.class);
        StageFixtures.check(c, SpeechFacts.of(c, layer.all()));
    }
}
