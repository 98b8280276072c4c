package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mention stage alone, on the cases of {@code stages/mentions/*.txt}, one file per rule. Facts:
 * {@code KIND "the words" -> Label (Class)} for each mention ({@code -> ?} when unresolved),
 * {@code TITLE Label: title} and {@code AFFILIATION Label: Label}.
 */
class TestMentionStage {
    static List<StageFixtures.Case> cases() {
        List<StageFixtures.Case> all = new ArrayList<>();
        for (String file : List.of("registered-names.txt", "titled-names.txt", "capitalised-names.txt",
                "descriptions.txt", "references.txt")) {
            all.addAll(StageFixtures.read("mentions/" + file));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheMentionsAndWhomTheyReferTo(StageFixtures.Case c) {
        Mentions layer = SpeechFacts.layer(c, Mentions.class);
        StageFixtures.check(c, facts(c, layer));
    }

    static Set<String> facts(StageFixtures.Case c, Mentions layer) {
        String text = c.article().text();
        Set<String> out = new TreeSet<>();
        for (Mention m : layer.all()) {
            out.add(m.kind() + " \"" + text.substring(m.begin(), m.end()) + "\" -> "
                    + (m.entity() == null ? "?" : describe(m.entity())));
        }
        for (Entity e : layer.entities().values()) {
            for (String title : layer.titlesOf(e)) {
                out.add("TITLE " + e.label() + ": " + title);
            }
            if (e.affiliation() != null) {
                Entity a = layer.entities().getOrDefault(e.affiliation(), SpeechFacts.REGISTRY.get(e.affiliation()));
                out.add("AFFILIATION " + e.label() + ": " + (a != null ? a.label() : e.affiliation()));
            }
        }
        for (Map.Entry<String, Entity> a : layer.affiliations().entrySet()) {
            Entity e = layer.entities().get(a.getKey());
            out.add("AFFILIATION " + (e != null ? e.label() : a.getKey()) + ": " + a.getValue().label());
        }
        return out;
    }

    private static String describe(Entity e) {
        return e.label() + " (" + e.type().getLocalName() + ")";
    }
}
