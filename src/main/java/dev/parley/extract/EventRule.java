package dev.parley.extract;

import org.apache.jena.rdf.model.Resource;

/**
 * How one kind of event is found from its trigger ({@code [event-triggers]} names the kind of each trigger): who
 * takes part, where and what, and whether the clause says enough for an event. A trigger alone is talk about talks:
 * each kind needs a counterpart, a place, a date, a target or a count. Rules hold no per-article state.
 */
sealed interface EventRule permits CallRule, TalksRule, SummitRule, StrikeRule, InterceptionRule,
        SupplyResumptionRule {
    /** The class of the events it finds. */
    Resource type();

    /** The event the clause reports, or null when it gives nothing but the trigger word. */
    Happening event(EventClause c);
}
