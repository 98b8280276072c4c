package dev.parley.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The speech-verb stage alone, on {@code stages/speech/speech-verbs.txt}. Facts: {@code VERB form lemma} for a
 * speech verb, {@code REFUSAL form} for a phrase of declining to speak.
 */
class TestSpeechVerbStage {
    static List<StageFixtures.Case> cases() {
        return StageFixtures.read("speech/speech-verbs.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsSpeechVerbs(StageFixtures.Case c) {
        Set<String> facts = new TreeSet<>();
        for (SpeechVerb v : SpeechFacts.layer(c, SpeechVerbs.class).all()) {
            facts.add(v.refusal() ? "REFUSAL " + v.form() : "VERB " + v.form() + " " + v.lemma());
        }
        StageFixtures.check(c, facts);
    }
}
