package dev.parley.extract;

import java.util.List;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/** Peace deals, accords, plans and treaties: one per duration, like cease-fires, all labelled "peace deal". */
record PeaceDealRule(AgreementParties parties) implements AgreementRule {
    @Override
    public Resource type() {
        return Parley.PeaceDeal;
    }

    @Override
    public AgreementMention mention(AgreementClause c) {
        return c.mention(this, c.durationKey(), "peace deal", List.of(), parties.around(c), List.of());
    }

    @Override
    public boolean takesTopics() {
        return true;
    }
}
