package dev.parley.extract;

import java.util.List;
import java.util.Locale;

/**
 * A person named with a title: capitalised title words before the name ("Former President Donald Trump",
 * "Russia’s Deputy Foreign Minister Sergei Ryabkov") or lower-case role nouns right before it ("ministry
 * spokesman Piet Aran"). The title is recorded as the article gives it; a demonym or possessive before it names
 * whom the person acts for.
 */
final class TitledNames {
    private final MentionDraft d;
    private final NameRuns names;

    TitledNames(MentionDraft d, NameRuns names) {
        this.d = d;
        this.names = names;
    }

    /** Title words at token i followed by a name; returns the next token index or -1. */
    int at(Sentence s, int i) {
        List<Token> toks = s.tokens();
        MentionWords w = d.words;
        if (!toks.get(i).isCapitalised() || !w.titleWords.contains(toks.get(i).text())) {
            return -1;
        }
        int j = i;
        while (j < toks.size() && (w.titleWords.contains(toks.get(j).text()) && (toks.get(j).isCapitalised()
                || w.titleConnectors.contains(toks.get(j).text()) && j + 1 < toks.size()
                && toks.get(j + 1).isCapitalised() && w.titleWords.contains(toks.get(j + 1).text())))) {
            j++;
        }
        if (j == i || j >= toks.size()) {
            return -1;
        }
        int k = j;
        if (toks.get(k).text().equals(",") && k + 1 < toks.size()) {
            k++;
        }
        Entity person = null;
        int end = -1;
        EntityRegistry.Match m = d.registry.match(toks, k);
        if (m != null && m.kind() == EntityRegistry.MatchKind.LABEL && Types.isPerson(m.entity().type())) {
            person = m.entity();
            end = k + m.length();
        } else {
            int nameEnd = names.nameRun(toks, k);
            if (nameEnd > k && names.orgExtension(toks, k) <= k) {
                person = d.personNamed(s, k, nameEnd);
                end = nameEnd;
            }
        }
        if (person == null) {
            return -1;
        }
        int titleBegin = toks.get(i).begin();
        Mention before = i > 0 ? d.lastMentionEndingAt(toks.get(i - 1).end()) : null;
        if (before != null && before.kind() == Mention.Kind.DEMONYM) {
            titleBegin = before.begin();
            d.out.affiliations.putIfAbsent(person.iri(), before.entity());
        } else if (i > 1 && toks.get(i - 1).text().matches("['\u2019]s")) {
            // "Russia’s Deputy Foreign Minister": the possessive names whom the title serves.
            Mention owner = d.lastMentionEndingAt(toks.get(i - 2).end());
            if (owner != null && owner.entity() != null && Types.isActor(owner.entity().type())) {
                d.out.affiliations.putIfAbsent(person.iri(), owner.entity());
            }
        }
        d.out.addTitle(d.out.use(person), d.text.slice(titleBegin, toks.get(j - 1).end()));
        d.noteGender(person, toks.get(i).lower());
        d.add(s, k, end, Mention.Kind.NAME, person);
        return end;
    }

    /** Lower-case role nouns right before a name: "ministry spokesman Piet Aran", "envoy Jonas Ekdahl". */
    void recordTitleBefore(Sentence s, int i, Entity person) {
        List<Token> toks = s.tokens();
        int j = i;
        while (j > 0 && j > i - d.words.limits.roleBeforeNameTokens() && !toks.get(j - 1).isCapitalised()
                && Character.isLetter(toks.get(j - 1).text().charAt(0))
                && !d.words.sourceDeterminers.contains(toks.get(j - 1).lower())
                && !toks.get(j - 1).lower().equals("the")
                && (d.words.roleNounWords.contains(toks.get(j - 1).lower()) || isTitlePart(d.text.tag(s, j - 1)))) {
            j--;
        }
        for (int k = j; k < i; k++) {
            String phrase = d.text.slice(toks.get(k).begin(), toks.get(i - 1).end()).toLowerCase(Locale.ROOT);
            if (d.words.roleNouns.contains(lastWords(phrase))) {
                d.out.addTitle(d.out.use(person), d.text.slice(toks.get(k).begin(), toks.get(i - 1).end()));
                d.noteGender(person, toks.get(i - 1).lower());
                return;
            }
        }
    }

    /**
     * A title is made of role-noun words and other nouns and modifiers ("ministry spokesman", "then-vice
     * president"): a preposition,
     * a conjunction, a determiner, a pronoun or a finite verb before them ("confirmed by ministry spokesman",
     * "said spokesman") is not part of it.
     */
    private static boolean isTitlePart(String tag) {
        return tag == null || !(tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || tag.equals("DT")
                || tag.startsWith("W") || tag.startsWith("PRP") || tag.equals("MD") || tag.equals("VB")
                || tag.equals("VBD") || tag.equals("VBP") || tag.equals("VBZ"));
    }

    /** The last two words of the phrase if they are a role noun, else its last word. */
    private String lastWords(String phrase) {
        String[] w = phrase.split("\\s+");
        if (w.length >= 2 && d.words.roleNouns.contains(w[w.length - 2] + " " + w[w.length - 1])) {
            return w[w.length - 2] + " " + w[w.length - 1];
        }
        return w[w.length - 1];
    }
}
