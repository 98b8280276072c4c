package dev.parley.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and thresholds of the mention rules, read once from the {@link Lexicon} (sections of
 * {@code lexicon.txt} and {@code mentions.txt}; each field says its section). Immutable.
 */
final class MentionWords {
    /** Title words, as written ("President", "Minister"): [person-titles]. */
    final Set<String> titleWords;
    /** Letters of the parties in a tag after a name ("(D-Tallis)"): [party-tag-letters]. */
    final Set<String> partyTagLetters;
    /** Capitalised words that are not names ("The", "Monday"): [non-name-words]. */
    final Set<String> nonNames;
    /** Title-case verbs after which a headline's first words are its speaker: [headline-speaker-cues]. */
    final Set<String> headlineSpeakerCues;
    /** Organisation head words to the class they make ("Ministry: Ministry"): [org-heads]. */
    final Map<String, String> orgHeads;
    /** Lower-case role nouns ("envoy", "foreign minister"): [role-nouns]. */
    final Set<String> roleNouns;
    /** Every word of the role nouns, lower case ("foreign", "minister"). */
    final Set<String> roleNounWords;
    /** Heads of unnamed-source descriptions ("official", "diplomats"): [unnamed-source-heads]. */
    final Set<String> unnamedHeads;
    /** Words before a medium's name ("the newspaper"): [media-nouns]. */
    final Set<String> mediaNouns;
    final Set<String> personPronouns;
    final Set<String> pluralPronouns;
    /** "it": [neuter-subject-pronouns], a mention only before a verb of saying ({@link #sayingForms}). */
    final Set<String> neuterPronouns;
    /** The one-word forms of [speech-verbs] ("said", "argues"). */
    final Set<String> sayingForms;
    final Set<String> possessivePronouns;
    final Set<String> officeNouns;
    final Set<String> nameConnectors;
    final Set<String> nameParticles;
    final Pattern hyphenParticle;
    final Set<String> titleConnectors;
    final Set<String> locative;
    /** The phrase that names a source ("according to"): its "to" is no locative preposition. [according-to] */
    final List<String> accordingTo;
    final Set<String> objectPrepositions;
    final Set<String> placeNameWords;
    final Set<String> venueNameWords;
    final Set<String> placeNouns;
    final Set<String> female;
    final Set<String> male;
    final Set<String> sourceDeterminers;
    /** Capitalised nouns for a member of a party, which a place may modify: [party-member-nouns]. */
    final Set<String> partyMemberNouns;
    final Set<String> appositiveArticles;
    final Pattern demonymLike;
    final Thresholds limits;

    /** The thresholds, in the units their names say ([thresholds]). */
    record Thresholds(int roleBeforeNameTokens, int unnamedAdjectiveTokens, int nameMaxTokens, int orgNameMaxTokens,
            int appositiveTitleTokens, int roleLookaheadSentences, int demonymStemMinChars,
            int demonymStemMaxMissingChars, int pluralAntecedentSentences, int colonSpeakerTokens) {
        static Thresholds from(Lexicon lex) {
            return new Thresholds(lex.threshold("role-before-name-tokens"), lex.threshold("unnamed-adjective-tokens"),
                    lex.threshold("name-max-tokens"), lex.threshold("org-name-max-tokens"),
                    lex.threshold("appositive-title-tokens"), lex.threshold("role-lookahead-sentences"),
                    lex.threshold("demonym-stem-min-chars"), lex.threshold("demonym-stem-max-missing-chars"),
                    lex.threshold("plural-antecedent-sentences"), lex.threshold("colon-speaker-tokens"));
        }
    }

    MentionWords(Lexicon lex) {
        titleWords = lex.exact("person-titles");
        partyTagLetters = lex.exact("party-tag-letters");
        headlineSpeakerCues = lex.exact("headline-speaker-cues");
        Set<String> notNames = new java.util.HashSet<>(lex.exact("non-name-words"));
        notNames.addAll(headlineSpeakerCues);
        nonNames = Set.copyOf(notNames);
        orgHeads = lex.map("org-heads");
        roleNouns = lex.exact("role-nouns");
        Set<String> parts = new java.util.HashSet<>();
        for (String role : roleNouns) {
            parts.addAll(java.util.List.of(role.toLowerCase(java.util.Locale.ROOT).split(" ")));
        }
        roleNounWords = Set.copyOf(parts);
        unnamedHeads = lex.exact("unnamed-source-heads");
        mediaNouns = lex.exact("media-nouns");
        personPronouns = lex.words("person-subject-pronouns");
        pluralPronouns = lex.words("plural-subject-pronouns");
        neuterPronouns = lex.words("neuter-subject-pronouns");
        sayingForms = SpeechWords.formsOf(lex, "speech-verbs").keySet().stream().filter(f -> !f.contains(" "))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        possessivePronouns = lex.words("person-possessive-pronouns");
        officeNouns = lex.words("office-nouns");
        nameConnectors = lex.words("name-connectors");
        nameParticles = lex.words("name-particles");
        hyphenParticle = Pattern.compile("(" + alternatives(lex.words("hyphen-name-particles"))
                + ")-\\p{Lu}\\p{L}+");
        titleConnectors = lex.words("title-connectors");
        locative = lex.words("locative-prepositions");
        accordingTo = List.of(lex.lines("according-to").get(0).split(" "));
        objectPrepositions = lex.words("object-prepositions");
        placeNameWords = lex.exact("place-name-words");
        venueNameWords = lex.exact("venue-name-words");
        placeNouns = lex.words("place-nouns");
        female = lex.words("female-words");
        male = lex.words("male-words");
        sourceDeterminers = lex.words("source-determiners");
        partyMemberNouns = lex.exact("party-member-nouns");
        appositiveArticles = lex.words("appositive-articles");
        demonymLike = Pattern.compile("\\p{Lu}\\p{L}+(" + alternatives(lex.words("demonym-endings")) + ")");
        limits = Thresholds.from(lex);
    }

    private static String alternatives(Set<String> words) {
        StringBuilder p = new StringBuilder();
        for (String w : words) {
            p.append(p.isEmpty() ? "" : "|").append(Pattern.quote(w));
        }
        return p.toString();
    }

    /** A capitalised word with a demonym's ending ("Veldorian"). */
    boolean looksLikeDemonym(String word) {
        return demonymLike.matcher(word).matches();
    }
}
