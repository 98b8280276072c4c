package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * Security guarantees: one per demanding actor, the speaker of the statement that asks for them (or the state
 * the speaker serves) and a state or group before the trigger, with the terms they should "encompass" as
 * provisions. A bare "guarantees" counts only in a sentence about security.
 */
record SecurityGuaranteeRule(HappeningWords words, AgreementParties parties, Provisions provisions)
        implements AgreementRule {
    @Override
    public Resource type() {
        return Parley.SecurityGuarantee;
    }

    @Override
    public AgreementMention mention(AgreementClause c) {
        if (words.guaranteeTriggersNeedingContext.contains(c.trigger().words()) && !aboutSecurity(c)) {
            return null;
        }
        List<Entity> demanders = demanders(c);
        String qualifier = demanders.isEmpty() ? "" : demanders.get(0).iri();
        String label = demanders.isEmpty() ? "security guarantees"
                : "security guarantees demanded by " + demanders.get(0).label();
        AgreementParties.Found around = parties.around(c);
        return c.mention(this, qualifier, label, demanders, around, provisions.after(c));
    }

    @Override
    public boolean takesTopics() {
        return false;
    }

    /** Security words in the sentence, or, inside a statement, guarantees in the sentence before. */
    private boolean aboutSecurity(AgreementClause c) {
        Sentence s = c.sentence();
        String t = c.text().slice(s.begin(), s.end()).toLowerCase(Locale.ROOT);
        if (words.securityContextStems.stream().anyMatch(t::contains)) {
            return true;
        }
        if (c.who().statementAt(s.begin()) == null || s.index() == 0) {
            return false;
        }
        Sentence previous = c.text().sentences().get(s.index() - 1);
        String p = c.text().slice(previous.begin(), previous.end()).toLowerCase(Locale.ROOT);
        return words.securityContextEarlierStems.stream().anyMatch(p::contains);
    }

    /** The state or group before the trigger, then the statement's speaker or the actor the speaker serves. */
    private static List<Entity> demanders(AgreementClause c) {
        List<Entity> out = new ArrayList<>();
        Entity subject = c.who().subjectBefore(c.sentence(), c.trigger().begin());
        if (subject != null && !Types.isPerson(subject.type())) {
            out.add(subject);
        }
        if (c.support() != null) {
            Entity speaker = c.support().speaker();
            Entity aff = c.who().affiliation(speaker);
            Entity who = aff != null ? aff : speaker;
            if (!out.contains(who)) {
                out.add(who);
            }
        }
        return out;
    }
}
