package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who and where around a happening's trigger, for one article: the subject before it, the actor or place named
 * after a word, the actors in a stretch of tokens, the statement that reports it. A place name that stands for an
 * actor (a capital for its government) counts as that actor, and is added to the stage's entity table.
 */
final class Participants {
    private final AnnotatedText text;
    private final Mentions mentions;
    private final EntityTable entities;
    private final EntityRegistry registry;
    private final List<Statement> statements;
    private final HappeningWords words;

    Participants(AnnotatedText text, Mentions mentions, EntityTable entities, EntityRegistry registry,
            List<Statement> statements, HappeningWords words) {
        this.text = text;
        this.mentions = mentions;
        this.entities = entities;
        this.registry = registry;
        this.statements = statements;
        this.words = words;
    }

    AnnotatedText text() {
        return text;
    }

    Mentions mentions() {
        return mentions;
    }

    List<Statement> statements() {
        return statements;
    }

    /** The shortest statement whose words contain the offset, or null. */
    Statement statementAt(int offset) {
        Statement best = null;
        for (Statement st : statements) {
            if (st.begin() <= offset && offset < st.end() && (best == null || st.end() - st.begin()
                    < best.end() - best.begin())) {
                best = st;
            }
        }
        return best;
    }

    /** The nearest actor before an offset in its sentence that is not the object of a preposition, or null. */
    Entity subjectBefore(Sentence s, int offset) {
        List<Token> toks = s.tokens();
        for (int k = s.tokenAt(offset) - 1; k >= 0; k--) {
            Mention m = mentions.covering(s, k);
            if (m == null || m.entity() == null) {
                continue;
            }
            k = m.token();
            String prev = k > 0 ? toks.get(k - 1).lower() : "";
            if (words.eventObjectPrepositions.contains(prev)) {
                continue;
            }
            Entity e = m.entity();
            if (standsForActor(e)) {
                return entities.use(registry.get(e.standsFor()));
            }
            if (Types.isActor(e.type())) {
                return e;
            }
        }
        return null;
    }

    /** The actor named at token k or within a few tokens after it, up to a comma or full stop; or null. */
    Entity actorAt(Sentence s, int k) {
        for (int j = k; j < s.tokens().size() && j < k + words.limits.actorSearchTokens(); j++) {
            Mention m = mentions.covering(s, j);
            // A demonym counts as its state unless a name follows it ("Russian President Vladimir Putin").
            if (m != null && m.kind() == Mention.Kind.DEMONYM && nameFollows(s, m)) {
                j = m.token() + m.tokens() - 1;
                continue;
            }
            if (m != null && m.entity() != null) {
                Entity e = m.entity();
                if (standsForActor(e)) {
                    return entities.use(registry.get(e.standsFor()));
                }
                return Types.isActor(e.type()) ? e : null;
            }
            String t = s.tokens().get(j).text();
            if (t.equals(",") || t.equals(".") || t.equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** A name within the next few tokens after a demonym, over capitalised words only. */
    private boolean nameFollows(Sentence s, Mention demonym) {
        int end = demonym.token() + demonym.tokens();
        for (int j = end; j < s.tokens().size() && j < end + words.limits.nameAfterDemonymTokens(); j++) {
            Mention m = mentions.covering(s, j);
            if (m != null && m.kind() == Mention.Kind.NAME) {
                return true;
            }
            if (!s.tokens().get(j).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** Whatever is named first in tokens [k, k + within), or null. */
    Entity anyAt(Sentence s, int k, int within) {
        for (int j = k; j < s.tokens().size() && j < k + within; j++) {
            Mention m = mentions.covering(s, j);
            if (m != null && m.entity() != null) {
                return m.entity();
            }
        }
        return null;
    }

    /** Distinct actors named in tokens [from, to), in text order; unnamed sources do not count. */
    List<Entity> actorsIn(Sentence s, int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : mentions.in(s.tokens().get(Math.min(from, s.tokens().size() - 1)).begin(),
                s.tokens().get(Math.min(to, s.tokens().size()) - 1).end())) {
            Entity e = m.entity();
            if (e == null || m.kind() == Mention.Kind.UNNAMED) {
                continue;
            }
            if (standsForActor(e)) {
                e = entities.use(registry.get(e.standsFor()));
            }
            if (Types.isActor(e.type()) && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The place named right after (or one word after) one of the prepositions in tokens [from, to), or null. */
    Entity placeAfter(Sentence s, int from, int to, Set<String> prepositions) {
        List<Token> toks = s.tokens();
        for (int k = from; k < Math.min(to, toks.size()) - 1; k++) {
            if (prepositions.contains(toks.get(k).lower())) {
                Mention m = mentions.covering(s, k + 1);
                if (m == null && k + 2 < toks.size()) {
                    m = mentions.covering(s, k + 2);
                }
                if (m != null && m.entity() != null && Types.isPlace(m.entity().type())) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    /** The end of the first name within {@code within} tokens from token {@code from}, or {@code fallback}. */
    int nameEnd(Sentence s, int from, int within, int fallback) {
        for (int k = from; k < s.tokens().size() && k < from + within; k++) {
            Mention m = mentions.covering(s, k);
            if (m != null && m.kind() == Mention.Kind.NAME) {
                return m.end();
            }
        }
        return fallback;
    }

    /** The actor an entity belongs to (a minister's state, from the article or the registry), or null. */
    Entity affiliation(Entity e) {
        Entity a = mentions.affiliations().get(e.iri());
        if (a == null && e.affiliation() != null) {
            a = registry.get(e.affiliation());
        }
        return a;
    }

    /** Adds the places a place lies in to the entity table, so that the graph can say where it lies. */
    void useContainers(Entity place) {
        for (String p : place.partOf()) {
            Entity container = registry.get(p);
            if (container != null) {
                entities.use(container);
            }
        }
    }

    private boolean standsForActor(Entity e) {
        return e.standsFor() != null && registry.get(e.standsFor()) != null;
    }
}
