package dev.parley.extract;

import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * Cease-fires: one per duration ("the 30-day cease-fire"); those without one are the article's prospective
 * cease-fire.
 */
record CeaseFireRule(AgreementParties parties) implements AgreementRule {
    @Override
    public Resource type() {
        return Parley.CeaseFire;
    }

    @Override
    public AgreementMention mention(AgreementClause c) {
        String label = c.duration() == null ? "cease-fire"
                : c.duration().toLowerCase(Locale.ROOT).replace(' ', '-') + " cease-fire";
        return c.mention(this, c.durationKey(), label, List.of(), parties.around(c), List.of());
    }

    @Override
    public boolean takesTopics() {
        return true;
    }
}
