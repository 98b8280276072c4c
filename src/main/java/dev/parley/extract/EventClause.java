package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * An event trigger in its sentence, with what every {@link EventRule} starts from: the statement that reports it,
 * the date nearest it, whether it is planned, and the actor before it.
 *
 * @param trigger  the trigger found
 * @param sentence its sentence
 * @param after    index of the first token after the trigger
 * @param support  the statement whose words contain it, or null
 * @param date     the date nearest it, or null
 * @param planned  planned rather than reported as happened
 * @param subject  the actor before it (in a quotation after "we" or "I", the speaker), or null
 * @param who      the article's participants, for the rules to look further
 */
record EventClause(Triggers.Found trigger, Sentence sentence, int after, Statement support, TemporalExpression date,
        boolean planned, Entity subject, Participants who) {

    /** The clause of a trigger, with its statement, date and subject found. */
    static EventClause of(Triggers.Found t, Sentence s, Participants who, EventTiming when, HappeningWords words) {
        Statement support = who.statementAt(t.begin());
        TemporalExpression date = when.dateNear(s, t.begin(), t.end());
        boolean planned = when.isPlanned(s, t.begin(), date);
        Entity subject = who.subjectBefore(s, t.begin());
        if (subject == null && support != null && who.text().inQuote(t.begin())
                && firstPersonBefore(s, t.begin(), words)) {
            subject = support.speaker();
        }
        return new EventClause(t, s, s.tokenAt(t.end()), support, date, planned, subject, who);
    }

    private static boolean firstPersonBefore(Sentence s, int b, HappeningWords words) {
        List<Token> toks = s.tokens();
        for (int k = s.tokenAt(b) - 1; k >= 0 && k >= s.tokenAt(b) - words.limits.firstPersonBeforeTokens(); k--) {
            if (words.firstPersonSubjects.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    /** The first token in [from, to) that is one of the words, or -1. */
    int indexOf(int from, int to, Set<String> words) {
        List<Token> toks = tokens();
        for (int k = from; k < Math.min(to, toks.size()); k++) {
            if (words.contains(toks.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The event of this type as found, from the trigger's start to {@code end}, reported by the statement's speaker
     * when a statement contains it.
     */
    Happening event(Resource type, String label, int end, TemporalExpression when, List<Happening.Role> roles,
            Integer count, String countedItem, List<String> topics) {
        List<Happening.Role> all = new ArrayList<>(roles);
        if (support != null) {
            all.add(new Happening.Role(Parley.reportedBy, support.speaker()));
        }
        return new Happening(type, label, trigger.begin(), end, when, all, null, planned, count, countedItem, null,
                null, topics, List.of(), sentence.index(), support);
    }

    /** Adds the entity in the role unless it is null or already there. */
    static void addRole(List<Happening.Role> roles, Property p, Entity e) {
        if (e != null && roles.stream().noneMatch(r -> r.property().equals(p) && r.entity().equals(e))) {
            roles.add(new Happening.Role(p, e));
        }
    }

    /** The labels of the entities in the role, in order, joined by commas. */
    static String labels(List<Happening.Role> roles, Property p) {
        List<String> names = new ArrayList<>();
        for (Happening.Role r : roles) {
            if (r.property().equals(p)) {
                names.add(r.entity().label());
            }
        }
        return String.join(", ", names);
    }
}
