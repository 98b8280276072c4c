package dev.parley.extract;

import java.util.List;

/** The speech-verbs layer: every speech verb outside quotation marks, in text order. */
record SpeechVerbs(List<SpeechVerb> all) implements Layer {
    SpeechVerbs {
        all = List.copyOf(all);
    }

    /** The last verb of sentence {@code s} that starts before token {@code before}, or null. */
    SpeechVerb lastBefore(Sentence s, int before, boolean withRefusals, boolean withParticiples) {
        SpeechVerb best = null;
        for (SpeechVerb v : all) {
            if (v.sentence() == s.index() && v.token() < before && (withRefusals || !v.refusal())
                    && (withParticiples || !v.participle())) {
                best = v;
            }
        }
        return best;
    }
}
