package dev.parley.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The direct-quote stage alone, on the cases of {@code stages/speech/direct-quotes.txt} and {@code quote-marks.txt}. */
class TestDirectQuoteStage {
    static List<StageFixtures.Case> cases() {
        List<StageFixtures.Case> all = new java.util.ArrayList<>(StageFixtures.read("speech/direct-quotes.txt"));
        all.addAll(StageFixtures.read("speech/quote-marks.txt"));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheQuotesAndTheirSpeakers(StageFixtures.Case c) {
        DirectQuotes layer = SpeechFacts.layer(c, DirectQuotes.class);
        StageFixtures.check(c, SpeechFacts.of(c, layer.all()));
    }
}
