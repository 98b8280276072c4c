package dev.parley.extract;

import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Property;

/**
 * A proposition the article (or a source it quotes) asserts about places or actors, such as regions "partially
 * occupied by Russian forces".
 *
 * @param subjects  what the claim is about
 * @param relation  the property it asserts from each subject to {@code object}, or null when it has none
 * @param object    the other party of the relation, or null
 * @param begin     start of the claim's words
 * @param end       end of the claim's words, exclusive
 * @param sentence  index of the sentence
 * @param support   the statement that makes the claim, or null when the article does
 */
record Claim(List<Entity> subjects, Property relation, Entity object, int begin, int end, int sentence,
        Statement support) {
    Claim {
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(relation, "relation");
        if (end <= begin) {
            throw new IllegalArgumentException("empty claim span");
        }
    }
}
