package dev.parley.extract;

import java.util.List;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * A run of capitalised words the registry does not know, typed from its own words and its context: an
 * organisation from its head word ("Herald", "Ministry"), a medium after a media noun ("the newspaper Tallis
 * Times"), a venue, a region from its last word ("Gaza Strip"), a place after a locative preposition, a person
 * when it has two words or more; a surname of a person already named; a demonym of a state named by the article.
 */
final class CapitalisedNames {
    private final MentionDraft d;
    private final NameRuns names;
    private final TitledNames titled;
    private final Demonyms demonyms;

    CapitalisedNames(MentionDraft d, NameRuns names, TitledNames titled, Demonyms demonyms) {
        this.d = d;
        this.names = names;
        this.titled = titled;
        this.demonyms = demonyms;
    }

    /** A run of capitalised words at token i that is not registered; returns the next token index or -1. */
    int at(Sentence s, int i) {
        List<Token> toks = s.tokens();
        MentionWords w = d.words;
        Token t = toks.get(i);
        if (!t.isCapitalised() || !Character.isLetter(t.text().charAt(0))) {
            return -1;
        }
        int start = i;
        while (start < toks.size() && w.nonNames.contains(toks.get(start).text())) {
            start++;
        }
        if (start >= toks.size() || start > i && !toks.get(start).isCapitalised()) {
            return -1;
        }
        if (start > i) {
            return start;
        }
        int orgEnd = names.orgExtension(toks, i);
        if (orgEnd > i) {
            Resource type = Types.named(names.orgClass(toks, orgEnd));
            d.add(s, i, orgEnd, Mention.Kind.NAME, d.mint(type, s, i, orgEnd, null));
            return orgEnd;
        }
        int end = names.nameRun(toks, i);
        if (end <= i) {
            return -1;
        }
        String word = toks.get(i).text();
        String before = i > 0 ? toks.get(i - 1).lower() : "";
        if (end - i == 1) {
            Integer next = oneWord(s, i, end, word);
            if (next != null) {
                return next;
            }
        }
        if (end - i == 1 && w.unnamedHeads.contains(toks.get(i).lower()) && toks.get(i).lower().endsWith("s")) {
            // "Officials in the capital said": a description, not a name.
            return -1;
        }
        if (MentionDraft.sentenceInitial(toks, i) && end - i == 1 && end < toks.size()
                && w.unnamedHeads.contains(toks.get(end).lower()) && toks.get(end).lower().endsWith("s")) {
            return -1;
        }
        Entity knownName = d.minted.get(Parley.DATA_NS
                + ArticleReader.slug(d.text.slice(t.begin(), toks.get(end - 1).end())));
        if (MentionDraft.sentenceInitial(toks, i) && end - i == 1 && knownName == null && !readsAsName(s, i)) {
            return -1;
        }
        if (w.mediaNouns.contains(before) || i > 1 && w.mediaNouns.contains(toks.get(i - 2).lower() + " " + before)) {
            d.add(s, i, end, Mention.Kind.NAME, d.mint(Parley.MediaOutlet, s, i, end, null));
            return end;
        }
        if (w.venueNameWords.contains(toks.get(i).text()) && end - i >= 2) {
            d.add(s, i, end, Mention.Kind.NAME, d.mint(Parley.Venue, s, i, end, null));
            return end;
        }
        if (w.placeNameWords.contains(toks.get(end - 1).text())) {
            d.add(s, i, end, Mention.Kind.NAME, d.mint(Parley.Region, s, i, end, null));
            return end;
        }
        boolean locative = w.locative.contains(before) && !afterAccordingTo(toks, i);
        if (end - i >= 2 && !locative) {
            Entity person = d.personNamed(s, i, end);
            titled.recordTitleBefore(s, i, person);
            d.add(s, i, end, Mention.Kind.NAME, person);
            return end;
        }
        Resource type = locative ? Parley.Place : Parley.Actor;
        d.add(s, i, end, Mention.Kind.NAME, d.mint(type, s, i, end, null));
        return end;
    }

    /**
     * A one-word name: a surname of a person already named, a demonym of a state the article names, or a
     * demonym-like adjective that is no name ("Veldorian envoy"); the next token index, -1 for "no mention
     * here", or null when none of these applies.
     */
    private Integer oneWord(Sentence s, int i, int end, String word) {
        List<Token> toks = s.tokens();
        Entity person = d.personWithSurname(word);
        if (person != null) {
            d.add(s, i, end, Mention.Kind.SHORT_NAME, person);
            return end;
        }
        Entity state = demonyms.stateFor(word);
        boolean titleFollows = end < toks.size() && d.words.titleWords.contains(toks.get(end).text());
        if (state != null && (end >= toks.size() || !toks.get(end).isCapitalised() || titleFollows)) {
            d.add(s, i, end, Mention.Kind.DEMONYM, state);
            return end;
        }
        if (titleFollows && d.words.looksLikeDemonym(word)) {
            return end;
        }
        if (d.words.looksLikeDemonym(word) && end < toks.size() && !toks.get(end).isCapitalised()
                && Character.isLetter(toks.get(end).text().charAt(0))) {
            // "Veldorian envoy", "Norvan delegation": an adjective of a state not named yet, not a name.
            return -1;
        }
        return null;
    }

    /** "according to Mira Holt": a source, not a destination. */
    private boolean afterAccordingTo(List<Token> toks, int i) {
        List<String> phrase = d.words.accordingTo;
        if (i < phrase.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!toks.get(i - phrase.size() + k).lower().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a one-word run that opens its sentence is a name: the article's own use of the word inside its
     * sentences decides (only in lower case: a common word, "Convoys"; only capitalised: a name); the tagger
     * decides a word used nowhere else or both ways, and a word in capitals.
     */
    private boolean readsAsName(Sentence s, int i) {
        String word = s.tokens().get(i).text();
        if (word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            // "VESTRAAL — …", "NEW YORK": a word in capitals is read by the tagger.
            return isProperNoun(d.text.tag(s, i));
        }
        return switch (d.text.casing().of(word)) {
            case LOWER -> false;
            case CAPITALISED -> true;
            case NONE, BOTH -> isProperNoun(d.text.openingTag(s, i));
        };
    }

    private static boolean isProperNoun(String tag) {
        return tag != null && tag.startsWith("NNP");
    }
}
