package dev.parley.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The happenings layer: agreements and events, claims about places and actors, the entities known at the end of
 * the pipeline (by IRI, in the order first met), and every mention of each agreement (the merged agreement keeps
 * the words of its first mention only; a later stage may need to know where the others are).
 */
record Happenings(List<Happening> all, List<Claim> claims, Map<String, Entity> entities,
        List<AgreementSpan> agreementSpans) implements Layer {
    Happenings {
        all = List.copyOf(all);
        claims = List.copyOf(claims);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        agreementSpans = List.copyOf(agreementSpans);
    }

    /** One mention of an agreement: the agreement (an element of {@link #all}) and the words of the mention. */
    record AgreementSpan(Happening agreement, Span span) {
        AgreementSpan {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(span, "span");
        }
    }
}
