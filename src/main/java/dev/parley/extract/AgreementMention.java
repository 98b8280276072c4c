package dev.parley.extract;

import java.util.List;
import java.util.Objects;

/**
 * One mention of an agreement: its kind and what tells it apart from others of the kind (a duration, the actor
 * who demands it), with what its clause says. Mentions with the same kind and qualifier are one agreement
 * ({@link AgreementMerge}).
 *
 * @param rule       the rule of its kind
 * @param qualifier  what tells agreements of the kind apart ("30-day", a demander's IRI), or ""
 * @param label      a readable label ("30-day cease-fire")
 * @param begin      start of its words (at the duration, when it has one)
 * @param end        end of the trigger, exclusive
 * @param sentence   index of its sentence
 * @param duration   the article's words for its duration, or null
 * @param support    the statement that reports it, or null
 * @param demanders  who asks for it
 * @param parties    the parties, acceptances and rejections around it
 * @param provisions its terms, when the clause lists them
 */
record AgreementMention(AgreementRule rule, String qualifier, String label, int begin, int end, int sentence,
        String duration, Statement support, List<Entity> demanders, AgreementParties.Found parties,
        List<Happening.Provision> provisions) {
    AgreementMention {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(parties, "parties");
        demanders = List.copyOf(demanders);
        provisions = List.copyOf(provisions);
    }

    /** What makes two mentions one agreement. */
    record Key(AgreementRule rule, String qualifier) {}

    Key key() {
        return new Key(rule, qualifier);
    }
}
