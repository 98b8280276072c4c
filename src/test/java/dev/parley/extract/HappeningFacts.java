package dev.parley.extract;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Resource;

/**
 * Agreements, events and claims rendered as fact lines for stage fixtures. A happening is
 * {@code Class "label"}; its facts follow the label: {@code text "the words"}, {@code status Accepted},
 * {@code party Russia} (any role: {@code party}, {@code acceptedBy}, {@code rejectedBy}, {@code demandedBy},
 * {@code reportedBy}, {@code participant}, {@code place}, {@code performedBy}, {@code target}, {@code recipient}),
 * {@code duration P30D}, {@code date 2025-03-18} (an exact day), {@code planned true}, {@code count 31 drones},
 * {@code topic land}, {@code provision the words}. A claim is {@code Claim "the words"}, with
 * {@code Donetsk Oblast partiallyOccupiedBy Russian Armed Forces} facts after it.
 */
final class HappeningFacts {
    private HappeningFacts() {}

    static Happenings layer(StageFixtures.Case c) {
        return SpeechFacts.layer(c, Happenings.class);
    }

    static Set<String> of(StageFixtures.Case c, Happenings layer) {
        String text = c.article().text();
        Set<String> out = new TreeSet<>();
        for (Happening h : layer.all()) {
            String head = h.type().getLocalName() + " \"" + h.label() + "\"";
            out.add(head);
            out.add(head + " text \"" + text.substring(h.begin(), h.end()) + "\"");
            if (h.status() != null) {
                out.add(head + " status " + h.status().getLocalName());
            }
            for (Happening.Role r : h.roles()) {
                out.add(head + " " + r.property().getLocalName() + " " + r.entity().label());
            }
            if (h.duration() != null) {
                out.add(head + " duration " + h.duration());
            }
            if (h.date() != null && h.date().isExactDay()) {
                out.add(head + " date " + h.date().date());
            }
            if (h.planned() != null) {
                out.add(head + " planned " + h.planned());
            }
            if (h.count() != null) {
                out.add(head + " count " + h.count() + " " + h.countedItem());
            }
            h.topics().forEach(t -> out.add(head + " topic " + t));
            h.provisions().forEach(p -> out.add(head + " provision " + p.label()));
        }
        for (Claim cl : layer.claims()) {
            String head = "Claim \"" + text.substring(cl.begin(), cl.end()) + "\"";
            out.add(head);
            for (Entity subject : cl.subjects()) {
                out.add(head + " " + subject.label() + " " + local(cl.relation()) + " "
                        + (cl.object() == null ? "nothing" : cl.object().label()));
            }
        }
        return out;
    }

    private static String local(Resource r) {
        return r.getLocalName();
    }
}
