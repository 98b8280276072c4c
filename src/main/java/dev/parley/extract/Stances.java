package dev.parley.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * The stances layer: for each statement about an agreement of the article, the agreements it is about and what
 * its speaker does with them, in text order of the statements.
 */
record Stances(List<Stance> all) implements Layer {
    /** The concepts of parley:StanceScheme, the only values a stance takes. */
    static final List<Resource> CONCEPTS = List.of(Parley.Proposes, Parley.Accepts, Parley.AcceptsWithConditions,
            Parley.Rejects, Parley.Demands, Parley.AnnouncesInForce, Parley.AllegesViolation, Parley.DeniesViolation,
            Parley.DeclaresOver);

    Stances {
        all = List.copyOf(all);
    }

    /** Each stance by its statement (the very object of the statements layer). */
    Map<Statement, Stance> byStatement() {
        Map<Statement, Stance> out = new IdentityHashMap<>();
        for (Stance s : all) {
            out.put(s.statement(), s);
        }
        return out;
    }

    /**
     * One statement about agreements.
     *
     * @param statement  the statement
     * @param agreements the agreements it is about, in text order (elements of the happenings layer)
     * @param concept    its stance, a concept of {@link #CONCEPTS}, or null when its words give none
     * @param cue        the words that gave the stance, or null
     * @param violator   for an alleged violation, the actor accused, or null
     */
    record Stance(Statement statement, List<Happening> agreements, Resource concept, Span cue, Entity violator) {
        Stance {
            Objects.requireNonNull(statement, "statement");
            agreements = List.copyOf(agreements);
            if (agreements.isEmpty()) {
                throw new IllegalArgumentException("a stance is about at least one agreement");
            }
            if (concept != null && !CONCEPTS.contains(concept)) {
                throw new IllegalArgumentException("not a stance: " + concept);
            }
            if (violator != null && !Parley.AllegesViolation.equals(concept)) {
                throw new IllegalArgumentException("only an alleged violation has a violator");
            }
        }
    }
}
