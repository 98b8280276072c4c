package dev.parley.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The statement stage (merge, text order, one per kind and span, dates carried), on {@code stages/speech/statements.txt}. */
class TestStatementStage {
    static List<StageFixtures.Case> cases() {
        return StageFixtures.read("speech/statements.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesAndCarriesContext(StageFixtures.Case c) {
        Statements layer = SpeechFacts.layer(c, Statements.class);
        StageFixtures.check(c, SpeechFacts.of(c, layer.all()));
        for (int i = 1; i < layer.all().size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(layer.all().get(i - 1).begin() <= layer.all().get(i).begin(),
                    c.name() + ": statements out of text order");
        }
    }
}
