package dev.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and thresholds of the speech rules, read once from the {@link Lexicon} (sections of
 * {@code lexicon.txt} and {@code speech.txt}; each field says its section). Immutable.
 */
final class SpeechWords {
    /** Speech verb forms ("pointed out") to their lemma ("point out"): [speech-verbs]. */
    final Map<String, String> verbForms = new HashMap<>();
    /** The same forms as words, by first word, for matching at a token. */
    final Map<String, List<String[]>> verbsByFirst = new HashMap<>();
    /** Phrases of declining to speak, as words: [refusal-phrases]. */
    final List<String[]> refusals = new ArrayList<>();
    final Set<String> attributionOnly;
    /** The words of [role-nouns] ("foreign minister": foreign, minister), lower case. */
    final Set<String> roleWords;
    /** Words of a title before a speaker's name after the verb ("said former governor X"): [speaker-modifiers]. */
    final Set<String> speakerModifiers;
    /** Forms of verbs that name in quoted words, to their lemmas: [naming-verbs] ({@link NamingVerbs}). */
    final Map<String, String> namingForms = new HashMap<>();
    final Map<String, String> mediaChannels;
    final Set<String> audienceNouns;
    final Set<String> nameMarkers;
    final Pattern nameMarkerBefore;
    final Set<String> nameCalled;
    final String[] knownAs;
    final Set<String> titleCaseSmallWords;
    final Set<String> clauseStarters;
    final Set<String> prepositions;
    final Set<String> objectDeterminers;
    final Set<String> subjectOpeners;
    final Set<String> clauseEndAfterComma;
    /** After a dash, words that start an aside, not what was reported: [clause-end-after-dash]. */
    final Set<String> clauseEndAfterDash;
    final Set<String> subjectInner;
    /** Numbers written as words: [spelled-numbers]. */
    final Set<String> spelledNumbers;
    final Set<String> subjectQuantifiers;
    final Set<String> questionVerbs;
    final Set<String> baseFormOpeners;
    final Set<String> questionOpeners;
    /** After the one asked, words that open the topic asked about: [question-topic-openers]. */
    final Set<String> questionTopicOpeners;
    final Set<String> subjectConnectors;
    final Set<String> subjectParticipleHeads;
    final Set<String> subjectPostmodifiers;
    final Set<String> subjectPostmodifierAdjectives;
    final Set<String> verbThatModifiers;
    final Set<String> tellVerbs;
    final Set<String> nounUseBefore;
    final Set<String> attributionBreakers;
    final Set<String> adverbLike;
    final Set<String> coordinators;
    /** Words that open a relative clause after a comma: [relative-pronouns]. */
    final Set<String> relativePronouns;
    final Set<String> complementizers;
    final Set<String> nonClauseStarters;
    final Set<String> objectContentVerbs;
    final Map<String, Set<String>> prepositionalContentVerbs = new HashMap<>();
    final Set<String> refusalTopicPrepositions;
    final Set<String> timePlaceOpeners;
    final Set<String> timePlaceDeterminers;
    final Set<String> frontedModifiers;
    final Set<String> clauseJoiners;
    final Set<String> clauseCuts;
    final Set<String> mediumNouns;
    /** Head nouns of a described source that is a document, not a person: [document-nouns]. */
    final Set<String> documentNouns;
    /** Words after which an actor is the issuer of a document described: [issuer-prepositions]. */
    final Set<String> issuerPrepositions;
    /** Documents whose issuer speaks through them: [voice-document-nouns]. */
    final Set<String> voiceDocumentNouns;
    final Set<String> placePrepositions;
    final Set<String> vehiclePrepositions;
    final String[] accordingTo;
    final Thresholds limits;

    /** The thresholds, in the units their names say ([thresholds]). */
    record Thresholds(int attributionAfterTokens, int speakerAfterVerbTokens, int thatSearchTokens,
            int modifiersBeforeThatTokens, int timePlacePhraseTokens, int frontedCommaSearchTokens,
            int frontedMinClauseTokens, int frameDateAfterContentChars, int frameAfterVerbTokens, int nearVerbTokens,
            int frameMediumSearchTokens, int framePlaceSearchTokens, int audienceSearchTokens, int asideMaxTokens,
            int clauseCutSearchTokens, int accordingToSpeakerTokens, int nameMarkerLookbackChars, int longQuoteWords,
            int longQuoteWordsWithStop, int titleCaseMaxWords, int adverbMinChars, int skipAdverbMinChars,
            int continuedQuoteParagraphs, int describedSourceMaxTokens, int colonSpeakerTokens,
            int colonContentMinTokens, int addresseeMaxTokens, int attributionSentenceTokens,
            int attributionSentenceTailTokens, int attributionAfterAppositionTokens, int namingQuoteTokens) {
        static Thresholds from(Lexicon lex) {
            return new Thresholds(lex.threshold("attribution-after-tokens"), lex.threshold("speaker-after-verb-tokens"),
                    lex.threshold("that-search-tokens"), lex.threshold("modifiers-before-that-tokens"),
                    lex.threshold("time-place-phrase-tokens"), lex.threshold("fronted-comma-search-tokens"),
                    lex.threshold("fronted-min-clause-tokens"), lex.threshold("frame-date-after-content-chars"),
                    lex.threshold("frame-after-verb-tokens"), lex.threshold("near-verb-tokens"),
                    lex.threshold("frame-medium-search-tokens"), lex.threshold("frame-place-search-tokens"),
                    lex.threshold("audience-search-tokens"), lex.threshold("aside-max-tokens"),
                    lex.threshold("clause-cut-search-tokens"), lex.threshold("according-to-speaker-tokens"),
                    lex.threshold("name-marker-lookback-chars"), lex.threshold("long-quote-words"),
                    lex.threshold("long-quote-words-with-stop"), lex.threshold("title-case-max-words"),
                    lex.threshold("adverb-min-chars"), lex.threshold("skip-adverb-min-chars"),
                    lex.threshold("continued-quote-paragraphs"), lex.threshold("described-source-max-tokens"),
                    lex.threshold("colon-speaker-tokens"), lex.threshold("colon-content-min-tokens"),
                    lex.threshold("addressee-max-tokens"), lex.threshold("attribution-sentence-tokens"),
                    lex.threshold("attribution-sentence-tail-tokens"),
                    lex.threshold("attribution-after-apposition-tokens"), lex.threshold("naming-quote-tokens"));
        }
    }

    SpeechWords(Lexicon lex) {
        for (Map.Entry<String, String> e : lex.map("speech-verbs").entrySet()) {
            for (String form : e.getValue().split(",\\s*")) {
                String[] words = form.strip().split(" ");
                verbForms.put(String.join(" ", words), e.getKey());
                verbsByFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        for (String phrase : lex.lines("refusal-phrases")) {
            refusals.add(phrase.split(" "));
        }
        attributionOnly = lex.words("attribution-only-verbs");
        Set<String> roleParts = new java.util.HashSet<>();
        for (String role : lex.words("role-nouns")) {
            roleParts.addAll(List.of(role.split(" ")));
        }
        roleWords = Set.copyOf(roleParts);
        speakerModifiers = lex.words("speaker-modifiers");
        namingForms.putAll(formsOf(lex, "naming-verbs"));
        mediaChannels = lex.map("media-channels");
        audienceNouns = lex.words("audience-nouns");
        nameMarkers = lex.words("name-markers");
        nameMarkerBefore = nameMarkerPattern(lex.lines("name-marker-phrases"), lex.lines("name-marker-articles"));
        nameCalled = lex.words("name-called");
        knownAs = lex.lines("name-known-as").get(0).split(" ");
        titleCaseSmallWords = lex.exact("title-case-small-words");
        clauseStarters = lex.words("clause-starters");
        prepositions = lex.words("prepositions");
        objectDeterminers = lex.words("object-determiners");
        subjectOpeners = lex.words("subject-openers");
        clauseEndAfterComma = lex.words("clause-end-after-comma");
        clauseEndAfterDash = lex.words("clause-end-after-dash");
        subjectInner = lex.words("subject-inner");
        spelledNumbers = lex.words("spelled-numbers");
        subjectQuantifiers = lex.words("subject-quantifiers");
        questionVerbs = lex.words("question-verbs");
        baseFormOpeners = lex.words("base-form-openers");
        questionOpeners = lex.words("question-openers");
        questionTopicOpeners = lex.words("question-topic-openers");
        subjectConnectors = lex.words("subject-connectors");
        subjectParticipleHeads = lex.words("subject-participle-heads");
        subjectPostmodifiers = lex.words("subject-postmodifiers");
        subjectPostmodifierAdjectives = lex.words("subject-postmodifier-adjectives");
        verbThatModifiers = lex.words("verb-that-modifiers");
        tellVerbs = lex.words("tell-verbs");
        nounUseBefore = lex.words("noun-use-before");
        attributionBreakers = lex.words("attribution-breakers");
        adverbLike = lex.words("adverb-like-words");
        coordinators = lex.words("coordinators");
        complementizers = lex.words("complementizers");
        nonClauseStarters = lex.words("non-clause-starters");
        objectContentVerbs = lex.words("object-content-verbs");
        for (Map.Entry<String, String> e : lex.map("prepositional-content-verbs").entrySet()) {
            prepositionalContentVerbs.put(e.getKey(), Set.of(e.getValue().split(",\\s*")));
        }
        refusalTopicPrepositions = lex.words("refusal-topic-prepositions");
        timePlaceOpeners = lex.words("time-place-openers");
        timePlaceDeterminers = lex.words("time-place-determiners");
        frontedModifiers = lex.words("fronted-attribution-modifiers");
        clauseJoiners = lex.words("clause-joiners");
        clauseCuts = lex.words("clause-cuts");
        mediumNouns = lex.words("medium-nouns");
        documentNouns = lex.words("document-nouns");
        issuerPrepositions = lex.words("issuer-prepositions");
        relativePronouns = lex.words("relative-pronouns");
        voiceDocumentNouns = lex.words("voice-document-nouns");
        placePrepositions = lex.words("place-prepositions");
        vehiclePrepositions = lex.words("vehicle-prepositions");
        accordingTo = lex.lines("according-to").get(0).split(" ");
        limits = Thresholds.from(lex);
    }

    /** The phrase, then optionally an article, then only space up to the end of the text searched. */
    private static Pattern nameMarkerPattern(List<String> phrases, List<String> articles) {
        StringBuilder p = new StringBuilder("(");
        for (int i = 0; i < phrases.size(); i++) {
            p.append(i == 0 ? "" : "|").append(Pattern.quote(phrases.get(i)));
        }
        p.append(")([\\s\u00A0]+(");
        for (int i = 0; i < articles.size(); i++) {
            p.append(i == 0 ? "" : "|").append(Pattern.quote(articles.get(i)));
        }
        return Pattern.compile(p.append("))?[\\s\u00A0]*$").toString());
    }

    /** "Kovac later said": a word ending in -ly, or one that stands where adverbs do. */
    boolean isAdverb(Token t) {
        String w = t.lower();
        return w.length() >= limits.adverbMinChars() && w.endsWith("ly") || adverbLike.contains(w);
    }

    /** A word of a title, [role-nouns] or [speaker-modifiers]: "former", "campaign", "manager". */
    boolean isTitleWord(String lower) {
        return roleWords.contains(lower) || speakerModifiers.contains(lower);
    }

    /** The forms of a section written "lemma: form, form, …", each to its lemma ("said" -> "say"). */
    static Map<String, String> formsOf(Lexicon lex, String section) {
        Map<String, String> forms = new HashMap<>();
        for (Map.Entry<String, String> e : lex.map(section).entrySet()) {
            for (String form : e.getValue().split(",\\s*")) {
                forms.put(form.strip(), e.getKey());
            }
        }
        return forms;
    }

    /** "twenty-four", "Five": a number written as words, alone or joined by hyphens. */
    boolean isSpelledNumber(Token t) {
        for (String part : t.lower().split("-")) {
            if (!spelledNumbers.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
