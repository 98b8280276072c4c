package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * An agreement (cease-fire, security guarantee, peace deal) or an event (call, talks, summit, strike,
 * interception, supply resumption) as the article reports it.
 *
 * @param type        its parley class
 * @param label       a readable label ("30-day cease-fire")
 * @param begin       start of the text it came from
 * @param end         end of that text, exclusive
 * @param date        when, as the article words it, or null
 * @param roles       actors and places and how they take part (party, acceptedBy, participant, place ...)
 * @param status      an agreement's status, or null
 * @param planned     for an event: planned (true) or reported as happened (false); null for agreements
 * @param count       a number the article gives ("31 drones"), or null
 * @param countedItem what was counted, or null
 * @param duration    an agreement's duration as xsd:duration ("P30D"), or null
 * @param durationText the article's words for the duration ("30-day"), or null
 * @param topics      topics of negotiation ("land", "power plants")
 * @param provisions  terms, demands or conditions of an agreement
 * @param sentence    index of the sentence it was found in
 * @param support     the statement that reports it, or null when the article itself does
 */
record Happening(Resource type, String label, int begin, int end, TemporalExpression date, List<Role> roles,
        Resource status, Boolean planned, Integer count, String countedItem, String duration, String durationText,
        List<String> topics, List<Provision> provisions, int sentence, Statement support) {

    /** An entity in a role: the property that links them, from the happening to the entity. */
    record Role(Property property, Entity entity) {
        Role {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** A term of an agreement, with the text it came from. */
    record Provision(String label, int begin, int end) {
        Provision {
            Objects.requireNonNull(label, "label");
        }
    }

    Happening {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (end <= begin) {
            throw new IllegalArgumentException("empty span " + begin + ".." + end);
        }
        roles = List.copyOf(roles);
        topics = List.copyOf(topics);
        provisions = List.copyOf(provisions);
    }

    /** The same happening with another date. */
    Happening withDate(TemporalExpression newDate) {
        return new Happening(type, label, begin, end, newDate, roles, status, planned, count, countedItem, duration,
                durationText, topics, provisions, sentence, support);
    }

    boolean isAgreement() {
        return Types.withSuperclasses(type).contains(Parley.Agreement);
    }

    /** Every entity that takes a role. */
    List<Entity> actors() {
        List<Entity> out = new ArrayList<>();
        for (Role r : roles) {
            out.add(r.entity());
        }
        return out;
    }
}
