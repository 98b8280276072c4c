package dev.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * The agreements of an article from their mentions: mentions of one kind and qualifier are one agreement, which
 * takes its words, label, duration and statement from the first and the parties, demands, provisions and
 * acceptances of all; its status follows from them. The first prospective agreement (a kind that takes topics,
 * without a duration) gets the article's topics of negotiation. Each mention's words stay known, with the agreement
 * they are merged into.
 */
final class AgreementMerge {
    private AgreementMerge() {}

    static List<Happenings.AgreementSpan> of(List<AgreementMention> mentions, Supplier<List<String>> topics,
            Durations durations) {
        Map<AgreementMention.Key, List<AgreementMention>> byKey = new LinkedHashMap<>();
        for (AgreementMention m : mentions) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        AgreementMention.Key prospective = null;
        for (Map.Entry<AgreementMention.Key, List<AgreementMention>> e : byKey.entrySet()) {
            AgreementMention first = e.getValue().get(0);
            if (first.duration() == null && first.rule().takesTopics()) {
                prospective = e.getKey();
                break;
            }
        }
        List<String> prospectiveTopics = prospective == null ? List.of() : topics.get();
        List<Happenings.AgreementSpan> out = new ArrayList<>();
        for (Map.Entry<AgreementMention.Key, List<AgreementMention>> e : byKey.entrySet()) {
            Happening a = agreement(e.getValue(), e.getKey().equals(prospective) ? prospectiveTopics : List.of(),
                    durations);
            for (AgreementMention m : e.getValue()) {
                out.add(new Happenings.AgreementSpan(a, new Span(m.begin(), m.end())));
            }
        }
        return out;
    }

    private static Happening agreement(List<AgreementMention> mentions, List<String> topics, Durations durations) {
        List<Entity> parties = new ArrayList<>();
        List<Entity> accepted = new ArrayList<>();
        List<Entity> rejected = new ArrayList<>();
        List<Entity> demanded = new ArrayList<>();
        List<Happening.Provision> provisions = new ArrayList<>();
        boolean inForce = false;
        for (AgreementMention m : mentions) {
            m.demanders().forEach(x -> AgreementParties.addOnce(demanded, x));
            m.parties().parties().forEach(x -> AgreementParties.addOnce(parties, x));
            m.parties().accepted().forEach(x -> AgreementParties.addOnce(accepted, x));
            m.parties().rejected().forEach(x -> AgreementParties.addOnce(rejected, x));
            inForce |= m.parties().inForce();
            for (Happening.Provision p : m.provisions()) {
                if (provisions.stream().noneMatch(q -> q.label().equals(p.label()))) {
                    provisions.add(p);
                }
            }
        }
        AgreementMention first = mentions.get(0);
        List<Happening.Role> roles = new ArrayList<>();
        parties.forEach(x -> roles.add(new Happening.Role(Parley.party, x)));
        accepted.forEach(x -> roles.add(new Happening.Role(Parley.acceptedBy, x)));
        rejected.forEach(x -> roles.add(new Happening.Role(Parley.rejectedBy, x)));
        demanded.forEach(x -> roles.add(new Happening.Role(Parley.demandedBy, x)));
        if (first.support() != null) {
            roles.add(new Happening.Role(Parley.reportedBy, first.support().speaker()));
        }
        Resource status = status(inForce, parties, accepted, rejected, demanded);
        String duration = first.duration() == null ? null : durations.iso(first.duration());
        return new Happening(first.rule().type(), first.label(), first.begin(), first.end(), null, roles, status, null,
                null, null, duration, duration == null ? null : first.duration(), topics, provisions, first.sentence(),
                first.support());
    }

    /** In force, else rejected, else accepted (by every party, of two or more) or partly, else demanded or proposed. */
    private static Resource status(boolean inForce, List<Entity> parties, List<Entity> accepted,
            List<Entity> rejected, List<Entity> demanded) {
        if (inForce) {
            return Parley.InForce;
        }
        if (!rejected.isEmpty()) {
            return Parley.Rejected;
        }
        if (!accepted.isEmpty()) {
            return iris(accepted).containsAll(iris(parties)) && parties.size() > 1 ? Parley.Accepted
                    : Parley.PartiallyAccepted;
        }
        return demanded.isEmpty() ? Parley.Proposed : Parley.Demanded;
    }

    private static List<String> iris(List<Entity> entities) {
        return entities.stream().map(Entity::iri).toList();
    }
}
