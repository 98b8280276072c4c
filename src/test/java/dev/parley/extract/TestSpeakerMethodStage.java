package dev.parley.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How each statement's speaker was found and its confidence, on {@code stages/speech/speaker-methods.txt}. */
class TestSpeakerMethodStage {
    static List<StageFixtures.Case> cases() {
        return StageFixtures.read("speech/speaker-methods.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void saysHowEachSpeakerWasFound(StageFixtures.Case c) {
        Statements statements = SpeechFacts.layer(c, Statements.class);
        SpeakerMethods methods = SpeechFacts.layer(c, SpeakerMethods.class);
        assertEquals(statements.all().size(), methods.all().size(), "one method per statement");
        String text = c.article().text();
        Set<String> facts = new TreeSet<>();
        for (int i = 0; i < statements.all().size(); i++) {
            Statement st = statements.all().get(i);
            SpeakerMethods.Found f = methods.all().get(i);
            assertTrue(f.confidence() > 0 && f.confidence() < 1, c.name() + ": confidence " + f.confidence());
            facts.add(st.kind() + " \"" + text.substring(st.begin(), st.end()) + "\" by " + st.speaker().label() + " "
                    + f.method().key());
        }
        StageFixtures.check(c, facts);
    }

    /** Every cell of the measured table is there, so that no statement can meet a missing line. */
    @Test
    void theTableHasEveryCell() {
        SpeakerMethodStage stage = SpeakerMethodStage.of(Lexicon.get());
        for (String kind : List.of("direct", "reported")) {
            for (SpeakerMethod m : SpeakerMethod.values()) {
                for (String tail : List.of("", " one-word", " short", " one-word short")) {
                    Double c = stage.confidence().get(kind + " " + m.key() + tail);
                    assertTrue(c != null && c > 0 && c < 1, kind + " " + m.key() + tail + ": " + c);
                }
            }
        }
    }

    /** The measured order holds: a speaker named next to the cue is surer than one known by a single word. */
    @Test
    void aOneWordSpeakerIsLessSure() {
        SpeakerMethodStage stage = SpeakerMethodStage.of(Lexicon.get());
        assertTrue(stage.confidence().get("direct named") > stage.confidence().get("direct named one-word"));
        assertTrue(stage.confidence().get("direct named") > stage.confidence().get("direct named short"));
    }
}
