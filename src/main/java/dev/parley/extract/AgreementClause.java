package dev.parley.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * An agreement trigger in its sentence, with what every {@link AgreementRule} starts from: the statement that
 * reports it and the duration just before it ("a 30-day cease-fire").
 *
 * @param trigger  the trigger found
 * @param sentence its sentence
 * @param support  the shortest statement whose words contain it, or null
 * @param duration the article's words for a duration just before it, or null
 * @param begin    where the agreement's words begin: at the duration, or else at the trigger
 * @param who      the article's participants, for the rules to look further
 */
record AgreementClause(Triggers.Found trigger, Sentence sentence, Statement support, String duration, int begin,
        Participants who) {

    /** The clause of a trigger, with its statement and the last duration in a window before it. */
    static AgreementClause of(Triggers.Found t, Sentence s, Participants who, HappeningWords words) {
        Statement support = who.statementAt(t.begin());
        String duration = null;
        int begin = t.begin();
        int from = Math.max(s.begin(), t.begin() - words.limits.durationBeforeTriggerChars());
        Matcher d = words.durations.matcher(who.text().slice(from, t.begin()));
        while (d.find()) {
            duration = d.group();
            begin = from + d.start();
        }
        return new AgreementClause(t, s, support, duration, begin, who);
    }

    AnnotatedText text() {
        return who.text();
    }

    /** The duration as one word in lower case ("30-day"), or "" without one: what tells cease-fires apart. */
    String durationKey() {
        return duration == null ? "" : duration.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0-]+", "-");
    }

    /** A mention of an agreement of this kind made here. */
    AgreementMention mention(AgreementRule rule, String qualifier, String label, List<Entity> demanders,
            AgreementParties.Found parties, List<Happening.Provision> provisions) {
        return new AgreementMention(rule, qualifier, label, begin, trigger.end(), sentence.index(), duration, support,
                demanders, parties, provisions);
    }
}
