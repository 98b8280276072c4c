package dev.parley.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.parley.vocab.Parley;

/**
 * Resolves what a pronoun or a role noun refers to. A pronoun: the subject of the previous sentence when it
 * opens a sentence, else the most recent person of a compatible gender outside quotations ("his office" is then
 * that person's office). A role noun ("the envoy"): a person the article titles with it (most recent before,
 * else first after), a person the registry gives that role, an unnamed source described by it, else the next
 * person the article newly introduces within [thresholds] role-lookahead-sentences.
 */
final class References {
    private final MentionDraft d;

    References(MentionDraft d) {
        this.d = d;
    }

    void resolve() {
        Mentions.Builder out = d.out;
        for (int k = 0; k < out.mentions.size(); k++) {
            Mention m = out.mentions.get(k);
            if (m.kind() == Mention.Kind.PRONOUN && m.entity() == null) {
                String[] words = d.text.slice(m.begin(), m.end()).toLowerCase(Locale.ROOT).split("\\s+");
                if (d.words.neuterPronouns.contains(words[0])) {
                    Entity body = bodyAntecedent(k);
                    if (body != null) {
                        out.mentions.set(k, m.withEntity(out.use(body)));
                    }
                    continue;
                }
                if (d.words.pluralPronouns.contains(words[0])) {
                    Entity group = groupAntecedent(k);
                    if (group != null) {
                        out.mentions.set(k, m.withEntity(out.use(group)));
                    }
                    continue;
                }
                char gender = d.words.female.contains(words[0]) ? 'f' : 'm';
                Entity e = antecedent(k, gender);
                if (e != null) {
                    out.genders.putIfAbsent(e.iri(), gender);
                    if (words.length > 1) {
                        e = d.officeOf(e, words[1]);
                    }
                    out.mentions.set(k, m.withEntity(out.use(e)));
                }
            } else if (m.kind() == Mention.Kind.ROLE && m.entity() == null) {
                Entity e = roleHolder(k);
                if (e != null) {
                    out.mentions.set(k, m.withEntity(e));
                }
            }
        }
    }

    private Entity antecedent(int k, char gender) {
        Mention pronoun = d.out.mentions.get(k);
        // A pronoun opening a sentence most often continues the previous sentence's subject.
        if (pronoun.token() == 0 && pronoun.sentence() > 0) {
            Entity subject = subjectOfSentence(d.text.sentences().get(pronoun.sentence() - 1), gender);
            if (subject != null) {
                return subject;
            }
        }
        for (int j = k - 1; j >= 0; j--) {
            Mention c = d.out.mentions.get(j);
            if (c.entity() == null || !Types.isPerson(c.entity().type())) {
                continue;
            }
            if (c.inQuote() && !pronoun.inQuote()) {
                continue;
            }
            Character g = d.out.genders.get(c.entity().iri());
            if (g != null && g != gender) {
                continue;
            }
            return c.entity();
        }
        return null;
    }

    /**
     * What "they" refers to: the most recent group, organisation or plural described source ("officials",
     * "the Clinton campaign"), by {@link #recent}.
     */
    private Entity groupAntecedent(int k) {
        return recent(k, e -> e.type().equals(Parley.UnnamedSource) && e.label().endsWith("s")
                || e.type().equals(Parley.Group) || Types.isOrganisation(e.type()));
    }

    /**
     * What "it" stands for before a verb of saying: the most recent organisation or state, by {@link #recent}
     * ("The ministry issued a statement. It said …").
     */
    private Entity bodyAntecedent(int k) {
        return recent(k, e -> Types.isOrganisation(e.type()) || e.type().equals(Parley.State));
    }

    /**
     * The most recent entity before mention k of the kind asked for, within [thresholds]
     * plural-antecedent-sentences, outside quotations when the pronoun is, demonyms aside.
     */
    private Entity recent(int k, java.util.function.Predicate<Entity> kind) {
        Mention pronoun = d.out.mentions.get(k);
        for (int j = k - 1; j >= 0; j--) {
            Mention c = d.out.mentions.get(j);
            if (pronoun.sentence() - c.sentence() > d.words.limits.pluralAntecedentSentences()) {
                return null;
            }
            if (c.entity() != null && !(c.inQuote() && !pronoun.inQuote()) && c.kind() != Mention.Kind.DEMONYM
                    && kind.test(c.entity())) {
                return c.entity();
            }
        }
        return null;
    }

    /** The first person in a sentence who is not the object of a preposition, outside quotations. */
    private Entity subjectOfSentence(Sentence s, char gender) {
        for (Mention m : d.out.in(s.begin(), s.end())) {
            if (m.entity() == null || m.inQuote() || !Types.isPerson(m.entity().type())) {
                continue;
            }
            String prev = m.token() > 0 ? s.tokens().get(m.token() - 1).lower() : "";
            if (d.words.locative.contains(prev) || d.words.objectPrepositions.contains(prev)) {
                continue;
            }
            Character g = d.out.genders.get(m.entity().iri());
            if (g != null && g != gender) {
                continue;
            }
            return m.entity();
        }
        return null;
    }

    private Entity roleHolder(int k) {
        Mentions.Builder out = d.out;
        Mention m = out.mentions.get(k);
        String role = d.text.slice(m.begin(), m.end()).toLowerCase(Locale.ROOT);
        Entity before = null;
        Entity after = null;
        for (int j = 0; j < out.mentions.size(); j++) {
            Mention c = out.mentions.get(j);
            if (j == k || c.entity() == null) {
                continue;
            }
            if (holds(c.entity(), role)) {
                if (j < k) {
                    before = c.entity();
                } else if (after == null) {
                    after = c.entity();
                }
            }
        }
        if (before != null) {
            return before;
        }
        if (after != null) {
            return after;
        }
        Entity earlier = modifiedByName(m) ? nearestEarlierPerson(k) : null;
        if (earlier != null) {
            out.addTitle(earlier, role);
            return earlier;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < out.mentions.size(); j++) {
            Mention c = out.mentions.get(j);
            if (c.entity() == null) {
                continue;
            }
            if (j > k && !seen.contains(c.entity().iri()) && Types.isPerson(c.entity().type()) && !c.inQuote()
                    && c.sentence() - m.sentence() <= d.words.limits.roleLookaheadSentences()) {
                out.addTitle(c.entity(), role);
                return c.entity();
            }
            if (j <= k) {
                seen.add(c.entity().iri());
            }
        }
        return null;
    }

    /** "the Tallis senator": the name of a place right before the role noun modifies it. */
    private boolean modifiedByName(Mention role) {
        Mention modifier = role.token() == 0 ? null : d.lastMentionEndingAt(
                d.text.sentences().get(role.sentence()).tokens().get(role.token() - 1).end());
        return modifier != null && modifier.entity() != null && Types.isPlace(modifier.entity().type());
    }

    /**
     * "Mira Holt … the Tallis senator said": a role noun that a name modifies describes a person met before,
     * the nearest one outside quotations.
     */
    private Entity nearestEarlierPerson(int k) {
        Mention role = d.out.mentions.get(k);
        for (int j = k - 1; j >= 0; j--) {
            Mention c = d.out.mentions.get(j);
            if (c.entity() != null && Types.isPerson(c.entity().type()) && (!c.inQuote() || role.inQuote())
                    && c.kind() != Mention.Kind.ROLE) {
                return c.entity();
            }
        }
        return null;
    }

    private boolean holds(Entity e, String role) {
        if (Types.isOrganisation(e.type())) {
            String label = e.label().toLowerCase(Locale.ROOT);
            return label.endsWith(" " + role) || label.equals(role);
        }
        if (Types.isPerson(e.type()) || e.type().equals(Parley.UnnamedSource)) {
            for (String title : d.out.titlesOf(e)) {
                if (endsWithRole(title, role)) {
                    return true;
                }
            }
            for (String title : e.titles()) {
                if (endsWithRole(title, role)) {
                    d.out.addTitle(e, title);
                    return true;
                }
            }
            if (e.type().equals(Parley.UnnamedSource) && endsWithRole(e.label(), role)) {
                return true;
            }
        }
        return false;
    }

    /** "deputy foreign minister" holds "foreign minister"; so do "envoy for ..." and "minister of ...". */
    private static boolean endsWithRole(String title, String role) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.equals(role) || t.endsWith(" " + role) || t.contains(" " + role + " for ")
                || t.contains(" " + role + " of ") || t.startsWith(role + " for ") || t.startsWith(role + " of ");
    }
}
