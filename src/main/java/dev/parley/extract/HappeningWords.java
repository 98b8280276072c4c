package dev.parley.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and thresholds of the happening rules (agreements, events, claims), read once from the
 * {@link Lexicon}: sections of {@code happenings.txt}, each field named after its section, and the windows of
 * {@code [thresholds]}. Immutable.
 */
final class HappeningWords {
    final Triggers agreementTriggers;
    final Triggers eventTriggers;
    final Set<String> agreementNameContinuations;
    final Set<String> guaranteeTriggersNeedingContext;
    final Set<String> securityContextStems;
    final Set<String> securityContextEarlierStems;
    /** In the order written: an actor who accepts is a party, in the order the verbs are tried. */
    final List<String> acceptanceVerbs;
    final List<String> rejectionVerbs;
    final List<String> inForcePhrases;
    /** Each provision verb as a whole word, in the order written; the first found gives the provisions. */
    final List<Pattern> provisionVerbs;
    final List<Pattern> topicVerbs;
    /** Any topic verb at all: most statements have none, and then the per-verb patterns need not run. */
    final Pattern topicHint;
    /** Between the terms of a provision list: a comma, or a list conjunction before a provision determiner. */
    final Pattern provisionSeparator;
    /** Between topics: any list conjunction or comma. */
    final Pattern topicSeparator;
    final Set<String> nonTopicOpeners;
    final Set<String> listConjunctions;
    final Set<String> listItemDeterminers;
    final Durations durations;
    final Set<String> counterpartPrepositions;
    final Set<String> betweenPrepositions;
    final Set<String> eventObjectPrepositions;
    final Set<String> firstPersonSubjects;
    final Set<String> plannedMarkers;
    final Set<String> talksPlacePrepositions;
    final Set<String> strikeTargetPrepositions;
    final Set<String> interceptionPlacePrepositions;
    final Set<String> countedItemStops;
    final Set<String> supplyObjectPrepositions;
    final Set<String> supplyRecipientPrepositions;
    /** "partially occupied by": [occupation-phrases] as whole words, any case, any spaces between them. */
    final Pattern occupation;
    final Thresholds limits;

    /** The thresholds, in the units their names say ([thresholds]). */
    record Thresholds(int durationBeforeTriggerChars, int agreementPartiesAfterBetweenTokens,
            int acceptanceBeforeTriggerChars, int inForceAfterTriggerChars, int provisionVerbAfterTriggerChars,
            int provisionMinWords, int topicMaxWords, int actorSearchTokens, int nameAfterDemonymTokens,
            int eventDateDistanceChars, int plannedMarkerBeforeTokens, int firstPersonBeforeTokens,
            int callCounterpartNameTokens, int talksBetweenSearchTokens, int talksParticipantsAfterBetweenTokens,
            int talksPlaceSearchTokens, int talksDateBeforeTriggerChars, int talksDateAfterTriggerChars,
            int strikePrepositionSearchTokens, int strikeTargetSearchTokens, int countedItemEndTokens) {
        static Thresholds from(Lexicon lex) {
            return new Thresholds(lex.threshold("duration-before-trigger-chars"),
                    lex.threshold("agreement-parties-after-between-tokens"),
                    lex.threshold("acceptance-before-trigger-chars"), lex.threshold("in-force-after-trigger-chars"),
                    lex.threshold("provision-verb-after-trigger-chars"), lex.threshold("provision-min-words"),
                    lex.threshold("topic-max-words"), lex.threshold("actor-search-tokens"),
                    lex.threshold("name-after-demonym-tokens"), lex.threshold("event-date-distance-chars"),
                    lex.threshold("planned-marker-before-tokens"), lex.threshold("first-person-before-tokens"),
                    lex.threshold("call-counterpart-name-tokens"), lex.threshold("talks-between-search-tokens"),
                    lex.threshold("talks-participants-after-between-tokens"),
                    lex.threshold("talks-place-search-tokens"), lex.threshold("talks-date-before-trigger-chars"),
                    lex.threshold("talks-date-after-trigger-chars"),
                    lex.threshold("strike-preposition-search-tokens"), lex.threshold("strike-target-search-tokens"),
                    lex.threshold("counted-item-end-tokens"));
        }
    }

    HappeningWords(Lexicon lex) {
        agreementTriggers = new Triggers(lex.map("agreement-triggers"));
        eventTriggers = new Triggers(lex.map("event-triggers"));
        agreementNameContinuations = lex.words("agreement-name-continuations");
        guaranteeTriggersNeedingContext = lex.words("guarantee-triggers-needing-context");
        securityContextStems = lex.words("security-context-stems");
        securityContextEarlierStems = lex.words("security-context-earlier-stems");
        acceptanceVerbs = lex.lines("acceptance-verbs");
        rejectionVerbs = lex.lines("rejection-verbs");
        inForcePhrases = lex.lines("in-force-phrases");
        provisionVerbs = wholeWords(lex.lines("provision-verbs"));
        topicVerbs = wholeWords(lex.lines("topic-verbs"));
        topicHint = Triggers.alternation(Set.copyOf(lex.lines("topic-verbs")));
        listConjunctions = lex.words("list-conjunctions");
        String and = oneOf(listConjunctions);
        provisionSeparator = Pattern.compile(",\\s+(?:" + and + "\\s+)?|\\s+" + and + "\\s+(?="
                + oneOf(lex.words("provision-determiners")) + "\\b)");
        topicSeparator = Pattern.compile("\\s+" + and + "\\s+|,\\s*");
        nonTopicOpeners = lex.words("non-topic-openers");
        listItemDeterminers = lex.words("list-item-determiners");
        durations = new Durations(lex.map("duration-numbers"), lex.map("duration-units"),
                lex.lines("duration-suffixes"), lex.lines("duration-age-words"));
        counterpartPrepositions = lex.words("counterpart-prepositions");
        betweenPrepositions = lex.words("between-prepositions");
        eventObjectPrepositions = lex.words("event-object-prepositions");
        firstPersonSubjects = lex.words("first-person-subjects");
        plannedMarkers = lex.words("planned-markers");
        talksPlacePrepositions = lex.words("talks-place-prepositions");
        strikeTargetPrepositions = lex.words("strike-target-prepositions");
        interceptionPlacePrepositions = lex.words("interception-place-prepositions");
        countedItemStops = lex.words("counted-item-stops");
        supplyObjectPrepositions = lex.words("supply-object-prepositions");
        supplyRecipientPrepositions = lex.words("supply-recipient-prepositions");
        occupation = phrases(lex.lines("occupation-phrases"));
        limits = Thresholds.from(lex);
    }

    private static List<Pattern> wholeWords(List<String> phrases) {
        return phrases.stream().map(p -> Pattern.compile("\\b" + Pattern.quote(p) + "\\b")).toList();
    }

    /** A non-capturing group matching any of the words exactly. */
    private static String oneOf(Set<String> words) {
        StringBuilder sb = new StringBuilder("(?:");
        for (String w : words) {
            sb.append(sb.length() == 3 ? "" : "|").append(Pattern.quote(w));
        }
        return sb.append(")").toString();
    }

    /** Whole phrases, any case, any run of spaces between their words. */
    private static Pattern phrases(List<String> phrases) {
        StringBuilder sb = new StringBuilder("(?i)\\b(?:");
        for (int i = 0; i < phrases.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(phrases.get(i)).replace(" ", "\\E[\\s\\u00A0]+\\Q"));
        }
        return Pattern.compile(sb.append(")\\b").toString());
    }

    /** The last word of a phrase ("talking with" → "with"). */
    static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }
}
