package dev.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Resource;

import dev.parley.ParleyException;
import dev.parley.vocab.Parley;

/**
 * Agreements, events and claims, with the parties, dates and statements that report them. In this order:
 * <ol>
 * <li>agreements: each trigger of {@code [agreement-triggers]} goes to the rule of its kind (cease-fires, security
 *     guarantees, peace deals), which makes a mention of an agreement or none; mentions of one agreement are merged
 *     ({@link AgreementMerge}) and the prospective agreement gets the topics of negotiation
 *     ({@link NegotiationTopics});</li>
 * <li>events: each trigger of {@code [event-triggers]} outside the headline goes to the rule of its kind (calls,
 *     talks, summits, strikes, interceptions, supply resumptions), which makes an event or none; an event of a kind
 *     with the same participants as an earlier one is that one (it may give it a date);</li>
 * <li>claims ({@link OccupationClaims}).</li>
 * </ol>
 * Each agreement or event found inside a statement is reported by that statement's speaker.
 */
final class HappeningStage implements Stage<Happenings> {
    private final EntityRegistry registry;
    private final HappeningWords words;
    private final Map<Resource, AgreementRule> agreementRules = new LinkedHashMap<>();
    private final Map<Resource, EventRule> eventRules = new LinkedHashMap<>();
    private final NegotiationTopics topics;
    private final OccupationClaims occupation;

    HappeningStage(EntityRegistry registry, HappeningWords words) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.words = Objects.requireNonNull(words, "words");
        AgreementParties parties = new AgreementParties(words);
        for (AgreementRule r : List.of(new CeaseFireRule(parties),
                new SecurityGuaranteeRule(words, parties, new Provisions(words)), new PeaceDealRule(parties))) {
            agreementRules.put(r.type(), r);
        }
        for (EventRule r : List.of(new CallRule(words), new TalksRule(words), new SummitRule(),
                new StrikeRule(words), new InterceptionRule(words), new SupplyResumptionRule(words))) {
            eventRules.put(r.type(), r);
        }
        this.topics = new NegotiationTopics(words);
        this.occupation = new OccupationClaims(words);
        requireRules("agreement-triggers", words.agreementTriggers.types(), agreementRules.keySet());
        requireRules("event-triggers", words.eventTriggers.types(), eventRules.keySet());
    }

    /** A class in the lexicon that no rule finds would be a trigger that silently finds nothing. */
    private static void requireRules(String section, Set<Resource> named, Set<Resource> ruled) {
        for (Resource type : named) {
            if (!ruled.contains(type)) {
                throw new ParleyException("The extractor lexicon's [" + section + "] names " + type.getLocalName()
                        + ", which no rule finds (rules: " + ruled.stream().map(Resource::getLocalName).toList()
                        + ")");
            }
        }
    }

    @Override
    public Happenings run(AnnotatedText text, Layers before) {
        Statements statements = before.get(Statements.class);
        EntityTable entities = new EntityTable(statements.entities());
        Participants who = new Participants(text, before.get(Mentions.class), entities, registry, statements.all(),
                words);
        List<Happenings.AgreementSpan> agreementSpans = agreements(text, who);
        List<Happening> found = new ArrayList<>();
        for (Happenings.AgreementSpan a : agreementSpans) {
            if (found.isEmpty() || found.get(found.size() - 1) != a.agreement()) {
                found.add(a.agreement());
            }
        }
        found.addAll(events(text, before.get(Dates.class), who));
        List<Claim> claims = occupation.in(who);
        return new Happenings(found, claims, entities.snapshot(), agreementSpans);
    }

    /** Every mention of an agreement, grouped by agreement in the order the agreements were first met. */
    private List<Happenings.AgreementSpan> agreements(AnnotatedText text, Participants who) {
        List<AgreementMention> mentions = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Triggers.Found t : words.agreementTriggers.in(text, s)) {
                AgreementRule rule = agreementRules.get(t.type());
                AgreementMention m = rule == null ? null : rule.mention(AgreementClause.of(t, s, who, words));
                if (m != null) {
                    mentions.add(m);
                }
            }
        }
        return AgreementMerge.of(mentions, () -> topics.in(text, who.statements()), words.durations);
    }

    private List<Happening> events(AnnotatedText text, Dates dates, Participants who) {
        EventTiming when = new EventTiming(dates, who.statements(), words);
        List<Happening> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.paragraph() == 0) {
                continue;
            }
            for (Triggers.Found t : words.eventTriggers.in(text, s)) {
                EventRule rule = eventRules.get(t.type());
                Happening e = rule == null ? null : rule.event(EventClause.of(t, s, who, when, words));
                if (e != null) {
                    addOrMerge(out, e);
                }
            }
        }
        return out;
    }

    /** A second event of a kind with the same participants is the first one, which takes its date if it had none. */
    private static void addOrMerge(List<Happening> events, Happening e) {
        Set<String> key = participants(e);
        for (int i = 0; i < events.size(); i++) {
            Happening o = events.get(i);
            if (o.type().equals(e.type()) && !key.isEmpty() && participants(o).equals(key)) {
                if (o.date() == null) {
                    events.set(i, o.withDate(e.date()));
                }
                return;
            }
        }
        events.add(e);
    }

    /** The IRIs of everyone and everywhere taking part, not counting who reports it. */
    private static Set<String> participants(Happening h) {
        Set<String> key = new TreeSet<>();
        for (Happening.Role r : h.roles()) {
            if (!r.property().equals(Parley.reportedBy)) {
                key.add(r.entity().iri());
            }
        }
        return key;
    }
}
