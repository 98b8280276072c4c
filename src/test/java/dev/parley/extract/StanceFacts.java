package dev.parley.extract;

import java.util.Set;
import java.util.TreeSet;

/**
 * Stances rendered as fact lines for stage fixtures: {@code "the statement's words" about "agreement label"},
 * {@code "the statement's words" stance Accepts} (a concept of the stance scheme, or {@code none}) and
 * {@code "the statement's words" violator Actor Label}.
 */
final class StanceFacts {
    private StanceFacts() {}

    static Stances layer(StageFixtures.Case c) {
        return SpeechFacts.layer(c, Stances.class);
    }

    static Set<String> of(StageFixtures.Case c, Stances layer) {
        String text = c.article().text();
        Set<String> out = new TreeSet<>();
        for (Stances.Stance s : layer.all()) {
            String head = "\"" + text.substring(s.statement().begin(), s.statement().end()) + "\"";
            for (Happening a : s.agreements()) {
                out.add(head + " about \"" + a.label() + "\"");
            }
            out.add(head + " stance " + (s.concept() == null ? "none" : s.concept().getLocalName()));
            if (s.violator() != null) {
                out.add(head + " violator " + s.violator().label());
            }
        }
        return out;
    }
}
