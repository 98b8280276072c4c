package dev.parley.extract;

import java.util.List;
import java.util.Locale;

/**
 * Mentions without a name: a personal pronoun ("he"), an office that speaks for a person ("his office",
 * "Netanyahu’s office"), a role noun with an article or a demonym ("the envoy", "the Veldorian foreign
 * minister"), and an unnamed source ("a senior official", "aid agencies"). Pronouns and role nouns are resolved
 * later ({@link References}); an unnamed source is a node of the article.
 */
final class Descriptions {
    private final MentionDraft d;

    Descriptions(MentionDraft d) {
        this.d = d;
    }

    /** A description at token i; returns the next token index or -1. */
    int at(Sentence s, int i) {
        List<Token> toks = s.tokens();
        MentionWords words = d.words;
        Token t = toks.get(i);
        String w = t.lower();
        boolean saying = i + 1 < toks.size() && words.sayingForms.contains(toks.get(i + 1).lower());
        if (words.personPronouns.contains(w) || words.pluralPronouns.contains(w)
                || words.neuterPronouns.contains(w) && saying) {
            d.add(s, i, i + 1, Mention.Kind.PRONOUN, null);
            return i + 1;
        }
        if (words.possessivePronouns.contains(w) && i + 1 < toks.size()
                && words.officeNouns.contains(toks.get(i + 1).lower())) {
            // "His office said": resolved with the pronoun, then the office is minted for that person.
            d.add(s, i, i + 2, Mention.Kind.PRONOUN, null);
            return i + 2;
        }
        boolean definite = w.equals("the");
        boolean possessive = t.text().equals("'s") || t.text().equals("\u2019s");
        if (possessive && i + 1 < toks.size() && words.officeNouns.contains(toks.get(i + 1).lower()) && i > 0) {
            // "Benjamin Netanyahu’s office said": the office speaks for the person.
            Mention owner = d.lastMentionEndingAt(toks.get(i - 1).end());
            if (owner != null && owner.entity() != null && Types.isPerson(owner.entity().type())) {
                d.add(s, i + 1, i + 2, Mention.Kind.NAME, d.officeOf(owner.entity(), toks.get(i + 1).lower()));
                return i + 2;
            }
        }
        if (definite || possessive) {
            return roleAfterArticle(s, i + 1);
        }
        if (i > 0 && toks.get(i - 1).isCapitalised() && !t.isCapitalised()
                && (words.looksLikeDemonym(toks.get(i - 1).text()) || d.lastMentionEndingAt(toks.get(i - 1).end()) != null
                && d.lastMentionEndingAt(toks.get(i - 1).end()).kind() == Mention.Kind.DEMONYM)) {
            int roleEnd = roleNounEnd(toks, i);
            if (roleEnd > i && (roleEnd >= toks.size() || !toks.get(roleEnd).isCapitalised())) {
                d.add(s, i, roleEnd, Mention.Kind.ROLE, null);
                return roleEnd;
            }
        }
        if (words.sourceDeterminers.contains(w) || words.unnamedHeads.contains(w) && w.endsWith("s")) {
            return unnamed(s, i);
        }
        if (i + 1 < toks.size() && words.unnamedHeads.contains(toks.get(i + 1).lower())
                && toks.get(i + 1).lower().endsWith("s") && Character.isLetter(w.charAt(0))
                && (!t.isCapitalised() || MentionDraft.sentenceInitial(toks, i)) && d.lastMentionEndingAt(t.end()) == null) {
            // "aid agencies said", "opposition lawmakers argued": a described group, not named.
            return unnamedFrom(s, i, i + 1, i);
        }
        return -1;
    }

    /**
     * "the Tallis senator", "the Norva Republican": a role noun (or a word of [party-member-nouns]) right after a
     * name that follows "the" is the mention of a person, the name only modifies it; after "a" or another word
     * of [source-determiners] it describes an unnamed source ("a Tallis Republican"). Returns the end, or -1.
     */
    int roleAfterModifier(Sentence s, int nameBegin, int nameEnd) {
        List<Token> toks = s.tokens();
        if (nameBegin == 0 || nameEnd >= toks.size()) {
            return -1;
        }
        String article = toks.get(nameBegin - 1).lower();
        int roleEnd = roleNounEnd(toks, nameEnd);
        if (roleEnd == nameEnd && d.words.partyMemberNouns.contains(toks.get(nameEnd).text())) {
            roleEnd = nameEnd + 1; // "the Tallis Republican"
        }
        if (roleEnd == nameEnd || roleEnd < toks.size() && toks.get(roleEnd).isCapitalised()) {
            return -1;
        }
        if (article.equals("the")) {
            d.add(s, nameEnd, roleEnd, Mention.Kind.ROLE, null);
            return roleEnd;
        }
        if (d.words.sourceDeterminers.contains(article)) {
            // "a Tallis Republican said": a source described, not named.
            return unnamedFrom(s, nameBegin - 1, roleEnd - 1, nameBegin);
        }
        return -1;
    }

    /** After "the" or a possessive at token j: an optional demonym, then a role noun ("the Veldorian envoy"). */
    private int roleAfterArticle(Sentence s, int j) {
        List<Token> toks = s.tokens();
        Mention demonym = null;
        if (j < toks.size()) {
            EntityRegistry.Match m = d.registry.match(toks, j);
            if (m != null && m.kind() == EntityRegistry.MatchKind.DEMONYM) {
                demonym = new Mention(toks.get(j).begin(), toks.get(j + m.length() - 1).end(), s.index(), j,
                        m.length(), Mention.Kind.DEMONYM, m.entity(), d.text.inQuote(toks.get(j).begin()));
                j += m.length();
            }
        }
        int roleEnd = roleNounEnd(toks, j);
        if (roleEnd > j && (roleEnd >= toks.size() || !toks.get(roleEnd).isCapitalised())) {
            if (demonym != null) {
                d.out.mentions.add(demonym);
                d.out.use(demonym.entity());
            }
            d.add(s, j, roleEnd, Mention.Kind.ROLE, null);
            return roleEnd;
        }
        return -1;
    }

    /** End of a role noun of one to three words at token j: "envoy", "foreign minister"; or j. */
    private int roleNounEnd(List<Token> toks, int j) {
        java.util.Set<String> roles = d.words.roleNouns;
        if (j + 1 < toks.size() && roles.contains(toks.get(j).lower() + " " + toks.get(j + 1).lower())) {
            if (j + 2 < toks.size() && roles.contains(toks.get(j).lower() + " " + toks.get(j + 1).lower() + " "
                    + toks.get(j + 2).lower())) {
                return j + 3;
            }
            return j + 2;
        }
        if (j < toks.size() && roles.contains(toks.get(j).lower()) && !toks.get(j).isCapitalised()) {
            return j + 1;
        }
        return j;
    }

    /** "a senior official", "officials", "a diplomat from one of the guarantor states". */
    private int unnamed(Sentence s, int i) {
        List<Token> toks = s.tokens();
        MentionWords words = d.words;
        int j = i;
        if (words.sourceDeterminers.contains(toks.get(j).lower())) {
            j++;
        }
        int adjStart = j;
        while (j < toks.size() && j < adjStart + words.limits.unnamedAdjectiveTokens()
                && !words.unnamedHeads.contains(toks.get(j).lower())
                && Character.isLetter(toks.get(j).text().charAt(0)) && !toks.get(j).lower().equals("the")) {
            j++;
        }
        if (j >= toks.size() || !words.unnamedHeads.contains(toks.get(j).lower())) {
            return -1;
        }
        // "an official with the ministry, Ana Ruiz," names the speaker: the name wins.
        if (j + 2 < toks.size() && toks.get(j + 1).text().equals(",") && toks.get(j + 2).isCapitalised()) {
            return -1;
        }
        if (j + 1 < toks.size() && toks.get(j + 1).isCapitalised() && !toks.get(j + 1).text().equals("I")) {
            return -1;
        }
        return unnamedFrom(s, i, j, adjStart);
    }

    /** An unnamed source described by tokens [labelStart, head], mentioned from token i. */
    private int unnamedFrom(Sentence s, int i, int head, int labelStart) {
        List<Token> toks = s.tokens();
        String label = d.text.slice(toks.get(labelStart).begin(), toks.get(head).end());
        if (MentionDraft.sentenceInitial(toks, labelStart)) {
            label = label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
        }
        String iri = d.text.article().iri() + "/source/" + ArticleReader.slug(label);
        String finalLabel = label;
        Entity e = d.minted.computeIfAbsent(iri, k -> Entity.minted(k, dev.parley.vocab.Parley.UnnamedSource,
                finalLabel));
        d.add(s, i, head + 1, Mention.Kind.UNNAMED, e);
        return head + 1;
    }
}
