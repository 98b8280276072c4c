package dev.parley.extract;

import org.apache.jena.rdf.model.Resource;

/**
 * How one kind of agreement is found from its trigger ({@code [agreement-triggers]} names the kind of each
 * trigger): whether the words name one here, what tells agreements of the kind apart, its label, and who demands
 * it. Rules hold no per-article state.
 */
sealed interface AgreementRule permits CeaseFireRule, SecurityGuaranteeRule, PeaceDealRule {
    /** The class of the agreements it finds. */
    Resource type();

    /** The mention of an agreement the clause makes, or null when the trigger names none here. */
    AgreementMention mention(AgreementClause c);

    /**
     * Whether an agreement of this kind without a duration is the article's prospective agreement, the one that
     * topics of negotiation go to.
     */
    boolean takesTopics();
}
