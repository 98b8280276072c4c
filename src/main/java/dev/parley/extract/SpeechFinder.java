package dev.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.parley.vocab.Parley;

/**
 * Finds statements: direct quotations with their speakers, and reported speech.
 * <p>
 * A quotation's speaker comes from its attribution: after it ("“…,” X said", "“…,” said X"), before it
 * ("X said: “…”", "X said the talks were “constructive”"), or, with none, from the quotation it continues (the
 * same paragraph, or the paragraph before when a quotation runs on by typographic convention). Quotation marks
 * around a name or a scare phrase ("so-called “corridors”", "the “Blue Line” accord") are not speech.
 * <p>
 * Reported speech is a speech verb outside quotation marks with a subject that is an actor and a clause as its
 * content ("X stated on Monday that …", "X told reporters …", "according to X, …", "X declined to comment on …").
 */
final class SpeechFinder {
    private static final Lexicon LEX = Lexicon.get();
    private static final Set<String> ATTRIBUTION_ONLY = Set.copyOf(LEX.lines("attribution-only-verbs"));
    private static final Map<String, String> MEDIA_CHANNELS = LEX.map("media-channels");
    private static final Set<String> AUDIENCE_NOUNS = Set.copyOf(LEX.lines("audience-nouns"));
    private static final Set<String> NAME_MARKERS = Set.of("so-called", "dubbed", "named", "nicknamed", "termed",
            "labelled", "labeled", "branded", "titled", "entitled", "codenamed", "code-named");
    private static final java.util.regex.Pattern NAME_MARKER = java.util.regex.Pattern.compile(
            "(so-called|so called|dubbed|known as|named|nicknamed|termed|labell?ed|branded|titled|entitled"
                    + "|refers? to as|referred to as|refers? to it as|referred to it as|calls? it|called it"
                    + "|code-?named|the word|the term|the phrase)([\\s\u00A0]+(the|an?))?[\\s\u00A0]*$");
    private static final Set<String> CLAUSE_STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "you", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "any", "no", "all",
            "both", "some", "talks", "negotiations", "such", "every", "each", "nothing", "none",
            "more", "most", "several", "many", "two", "three", "four", "progress");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "from", "with", "at", "in", "on", "by",
            "about", "against", "between", "to", "into", "over", "under", "after", "before", "during", "toward",
            "towards", "including", "among", "without", "within");
    /** Words that may stand between a speech verb and its "that": when, where, to whom, through what. */
    private static final Set<String> MODIFIER_WORDS = Set.of("on", "in", "at", "to", "with", "during", "after",
            "before", "late", "early", "last", "this", "next", "a", "an", "the", "statement", "interview", "briefing",
            "news", "conference", "press", "reporters", "journalists", "also", "later", "again", "earlier", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
            "night", "week", "weekend", "month", "day", "year", "televised", "address", "written", "joint",
            "separate", "post", "social", "media", "radio", "television", "his", "her", "their", "its", "weekly",
            "daily", "regular", "parliament", "lawmakers", "state", "national", "telegram", "message", "video");
    private static final Set<String> TELL_VERBS = Set.of("tell", "inform", "assure", "urge", "warn", "ask", "remind");

    /** A speech verb in a sentence. */
    private record Verb(int sentence, int token, int length, String lemma, String form, boolean refusal) {
        boolean participle() {
            return form.endsWith("ing") || form.contains("ing ");
        }
    }

    /** Speech verb forms ("pointed out") to their lemma ("point out"), and by first word for matching. */
    private static final Map<String, String> VERB_FORMS = new HashMap<>();
    private static final Map<String, List<String[]>> VERBS_BY_FIRST = new HashMap<>();
    private static final List<String[]> REFUSALS = new ArrayList<>();

    static {
        for (Map.Entry<String, String> e : LEX.map("speech-verbs").entrySet()) {
            for (String form : e.getValue().split(",\\s*")) {
                String[] words = form.strip().split(" ");
                VERB_FORMS.put(String.join(" ", words), e.getKey());
                VERBS_BY_FIRST.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        for (String phrase : LEX.lines("refusal-phrases")) {
            REFUSALS.add(phrase.split(" "));
        }
    }

    private final AnnotatedText text;
    private final Mentions mentions;
    private final EntityTable entities;
    private final List<Statement> found = new ArrayList<>();
    private final Set<Long> attributionVerbs = new HashSet<>();

    SpeechFinder(AnnotatedText text, Mentions mentions) {
        this.text = text;
        this.mentions = mentions;
        this.entities = new EntityTable(mentions.entities());
    }

    private final List<Verb> verbs = new ArrayList<>();

    Statements run() {
        for (Sentence s : text.sentences()) {
            verbs.addAll(verbsIn(s));
        }
        directQuotes(verbs);
        reportedSpeech(verbs);
        found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        dedupe();
        inheritContext();
        return new Statements(found, entities.snapshot());
    }

    // ---- Speech verbs ----

    private List<Verb> verbsIn(Sentence s) {
        List<Verb> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (text.inQuote(toks.get(i).begin())) {
                continue;
            }
            String w = toks.get(i).lower();
            String[] refusal = matchPhrase(toks, i, REFUSALS);
            if (refusal != null) {
                out.add(new Verb(s.index(), i, refusal.length, "decline", String.join(" ", refusal), true));
                i += refusal.length - 1;
                continue;
            }
            List<String[]> cands = VERBS_BY_FIRST.get(w);
            if (cands == null) {
                continue;
            }
            String[] best = null;
            for (String[] words : cands) {
                if (matches(toks, i, words) && (best == null || words.length > best.length)) {
                    best = words;
                }
            }
            if (best != null && (isNounUse(s, i) || !out.isEmpty() && out.get(out.size() - 1).token()
                    + out.get(out.size() - 1).length() == i)) {
                best = null;
            }
            if (best != null) {
                String form = String.join(" ", best);
                out.add(new Verb(s.index(), i, best.length, VERB_FORMS.get(form), form, false));
                i += best.length - 1;
            }
        }
        return out;
    }

    /** "Russia’s demands", "the reports", "its claims": a verb form used as a noun. */
    private boolean isNounUse(Sentence s, int i) {
        List<Token> toks = s.tokens();
        String w = toks.get(i).lower();
        boolean plural = w.endsWith("s") && !w.endsWith("ss");
        if (i == 0) {
            return false;
        }
        String prev = toks.get(i - 1).lower();
        if (Set.of("'s", "\u2019s", "the", "a", "an", "its", "their", "his", "her", "our", "these", "those",
                "such", "any", "no", "of", "new", "recent", "earlier", "latest", "previous", "on", "about", "to",
                "for", "in", "with", "after", "despite", "amid", "by", "over", "denied", "dismissed", "rejected")
                .contains(prev)) {
            return true;
        }
        if (!plural) {
            return false;
        }
        String tag = text.tag(s, i);
        String prevTag = text.tag(s, i - 1);
        return tag != null && tag.startsWith("NN") || prevTag != null && prevTag.startsWith("JJ");
    }

    private static String[] matchPhrase(List<Token> toks, int i, List<String[]> phrases) {
        for (String[] p : phrases) {
            if (matches(toks, i, p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> toks, int i, String[] words) {
        if (i + words.length > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!toks.get(i + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static long key(Verb v) {
        return ((long) v.sentence() << 20) | v.token();
    }

    // ---- Direct quotations ----

    private void directQuotes(List<Verb> verbs) {
        Statement previous = null;
        Quote previousQuote = null;
        for (Quote q : text.quotes()) {
            Sentence openS = text.sentenceAt(q.open());
            Sentence closeS = text.sentenceAt(Math.max(q.open(), q.after() - 1));
            Attribution a = attributionAfter(q, closeS, verbs);
            boolean fromBefore = false;
            if (a == null) {
                a = attributionBefore(q, openS, verbs);
                fromBefore = a != null;
            }
            boolean speech = isSpeech(q, openS, a, fromBefore);
            if (!speech) {
                continue;
            }
            Statement st = null;
            if (a != null && a.speaker != null) {
                boolean partial = isPartial(q, a, fromBefore);
                st = new Statement(Statement.Kind.DIRECT, a.speaker, q.begin(), q.end(), closeS.index(), a.verb.form(),
                        partial, false, frame(closeS, a.verb, q));
                if (!partial) {
                    attributionVerbs.add(key(a.verb));
                }
            } else if (previous != null && continues(previousQuote, q)) {
                st = new Statement(Statement.Kind.DIRECT, previous.speaker(), q.begin(), q.end(), openS.index(), null,
                        false, false, Statement.Frame.empty().inheritFrom(previous.frame()));
            } else {
                Entity s = lastSpeakerNearby(q);
                if (s != null && isLong(q)) {
                    st = new Statement(Statement.Kind.DIRECT, s, q.begin(), q.end(), openS.index(), null, false, false,
                            Statement.Frame.empty());
                }
            }
            if (st != null) {
                // A quotation that ran on from the paragraph before takes its speaker from this one when it had none.
                found.add(st);
                previous = st;
                previousQuote = q;
            }
        }
        backfillOpenEnded();
    }

    /** A speaker and the verb that attributes a quotation. */
    private record Attribution(Entity speaker, Verb verb) {}

    /** "“…,” X said …", "“…,” said X", within the first words after the closing mark. */
    private Attribution attributionAfter(Quote q, Sentence s, List<Verb> verbs) {
        if (q.openEnded()) {
            return null;
        }
        int first = s.tokenAt(q.after());
        if (first >= s.tokens().size() && s.index() + 1 < text.sentences().size()) {
            // "“… arithmetic?” said Dalit Ormond": the sentence splitter cut after the question mark.
            Sentence next = text.sentences().get(s.index() + 1);
            if (next.paragraph() == s.paragraph() && !next.tokens().isEmpty()
                    && !next.tokens().get(0).isCapitalised() && Character.isLetter(next.tokens().get(0).text()
                    .charAt(0))) {
                s = next;
                first = 0;
            }
        }
        List<Token> toks = s.tokens();
        // Skip the closing mark itself and punctuation.
        while (first < toks.size() && isPunctOrMark(toks.get(first))) {
            if (toks.get(first).text().equals(".") || toks.get(first).text().equals("?")
                    || toks.get(first).text().equals("!")) {
                return null;
            }
            first++;
        }
        int limit = first + 14;
        for (Verb v : verbs) {
            if (v.sentence() != s.index() || v.token() < first || v.token() >= limit || v.refusal()) {
                continue;
            }
            if (anyQuoteBetween(toks.get(first).begin(), toks.get(v.token()).begin())) {
                return null;
            }
            for (int k = first; k < v.token(); k++) {
                if (Set.of("but", "and", "while", "whereas", "that", "which").contains(toks.get(k).lower())) {
                    // "… “constructive” but warned that …": a new clause, not this quotation's attribution.
                    return null;
                }
            }
            Entity speaker = speakerBetween(s, first, v.token());
            if (speaker == null) {
                speaker = speakerAfter(s, v.token() + v.length());
            }
            if (speaker == null) {
                speaker = subjectOf(s, v);
            }
            return new Attribution(speaker, v);
        }
        return null;
    }

    /** "X said: “…”", "X said the talks were “constructive”", "…, she said, “…”". */
    private Attribution attributionBefore(Quote q, Sentence s, List<Verb> verbs) {
        List<Token> toks = s.tokens();
        int quoteToken = s.tokenAt(q.open());
        Verb best = null;
        for (Verb v : verbs) {
            if (v.sentence() == s.index() && v.token() < quoteToken && !v.refusal()) {
                best = v;
            }
        }
        if (best == null) {
            return null;
        }
        Entity speaker = subjectOf(s, best);
        if (speaker == null) {
            speaker = speakerAfter(s, best.token() + best.length());
        }
        return new Attribution(speaker, best);
    }


    private boolean anyQuoteBetween(int begin, int end) {
        for (Quote q : text.quotes()) {
            if (q.open() >= begin && q.open() < end) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation holds speech rather than a name or a scare phrase. */
    private boolean isSpeech(Quote q, Sentence s, Attribution a, boolean fromBefore) {
        String words = text.slice(q.begin(), q.end());
        int quoteToken = s.tokenAt(q.open());
        String before = text.slice(Math.max(0, q.open() - 24), q.open()).toLowerCase(Locale.ROOT);
        if (NAME_MARKER.matcher(before).find()) {
            return false;
        }
        if (quoteToken > 0) {
            String prev = s.tokens().get(quoteToken - 1).lower();
            if (NAME_MARKERS.contains(prev) || prev.equals("called") && !fromBefore) {
                return false;
            }
            if (quoteToken > 1 && (prev.equals("as") && s.tokens().get(quoteToken - 2).lower().equals("known"))) {
                return false;
            }
        }
        if (a != null && !fromBefore) {
            return true;
        }
        if (a != null && a.speaker != null && endsWithColonOrComma(q, s)) {
            return true;
        }
        if (isLong(q)) {
            return true;
        }
        if (isTitleCase(words)) {
            return false;
        }
        // A few words inside a clause: a partial quote when a speech verb with an actor subject governs it.
        return a != null && a.speaker != null;
    }

    private boolean endsWithColonOrComma(Quote q, Sentence s) {
        int k = s.tokenAt(q.open()) - 1;
        return k >= 0 && (s.tokens().get(k).text().equals(":") || s.tokens().get(k).text().equals(","));
    }

    private boolean isLong(Quote q) {
        String words = text.slice(q.begin(), q.end());
        int n = words.split("\\s+").length;
        boolean sentencePunct = words.matches("(?s).*[.?!]\\s*$") || words.matches("(?s).*[.?!;]\\s+\\S.*");
        return n >= 7 || sentencePunct && n >= 3;
    }

    /** A quotation embedded in a clause ("said the draft was “a ceasefire on paper”"), not introduced by it. */
    private boolean isPartial(Quote q, Attribution a, boolean fromBefore) {
        if (!fromBefore) {
            return false;
        }
        Sentence s = text.sentenceAt(q.open());
        int k = s.tokenAt(q.open()) - 1;
        if (k < 0) {
            return false;
        }
        String prev = s.tokens().get(k).text();
        boolean introduced = prev.equals(":") || prev.equals(",") || a.verb().sentence() == s.index()
                && k < a.verb().token() + a.verb().length() + 1;
        return !introduced;
    }

    private static boolean isTitleCase(String words) {
        String[] w = words.split("\\s+");
        if (w.length > 6) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty() || !Character.isUpperCase(x.codePointAt(0)) && !Set.of("of", "the", "and", "for", "in")
                    .contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** A quotation continues the previous one: same paragraph, or the previous one ran on to its paragraph's end. */
    private boolean continues(Quote previous, Quote q) {
        if (previous == null) {
            return false;
        }
        if (previous.paragraph() == q.paragraph()) {
            return true;
        }
        if (q.paragraph() == previous.paragraph() + 1) {
            if (previous.openEnded()) {
                return true;
            }
            // A paragraph that is nothing but a quotation continues the speaker of the paragraph before.
            Paragraph p = text.paragraphs().get(q.paragraph());
            return q.open() == p.begin() && q.after() >= p.end() - 1;
        }
        return false;
    }

    /** With no attribution at all: the speaker of the statement just before, in this paragraph or the last. */
    private Entity lastSpeakerNearby(Quote q) {
        Statement last = null;
        for (Statement st : found) {
            if (st.begin() < q.open()) {
                last = st;
            }
        }
        if (last == null) {
            return null;
        }
        Sentence s = text.sentenceAt(last.begin());
        Sentence qs = text.sentenceAt(q.open());
        return qs.paragraph() - s.paragraph() <= 1 ? last.speaker() : null;
    }

    /** An open-ended quotation attributed only in the next paragraph takes that speaker. */
    private void backfillOpenEnded() {
        for (Quote q : text.quotes()) {
            if (!q.openEnded() || found.stream().anyMatch(st -> st.begin() == q.begin())) {
                continue;
            }
            for (Statement st : found) {
                Quote sq = text.quoteAt(st.begin());
                if (sq != null && sq.paragraph() == q.paragraph() + 1 && st.kind() == Statement.Kind.DIRECT) {
                    Sentence s = text.sentenceAt(q.open());
                    found.add(new Statement(Statement.Kind.DIRECT, st.speaker(), q.begin(), q.end(), s.index(), null,
                            false, false, st.frame()));
                    break;
                }
            }
        }
    }

    // ---- Speakers ----

    /**
     * The actor named between the quotation and the verb ("“…,” the envoy said"): the first one, since what
     * follows it may be an aside ("“…,” Massad Boulos, the senior U.S. adviser, told reporters").
     */
    private Entity speakerBetween(Sentence s, int from, int verbToken) {
        for (int k = from; k < verbToken; k++) {
            Mention m = mentions.covering(s, k);
            if (m != null && speakerLike(m) && !possessive(s, m)) {
                if (!Types.isPerson(m.entity().type())) {
                    // "“…,” Veldorian Defence Ministry spokeswoman Mira Holt said": the organisation modifies
                    // the person who speaks, unless a comma sets them apart.
                    for (int j = m.token() + m.tokens(); j < verbToken; j++) {
                        if (s.tokens().get(j).text().equals(",")) {
                            break;
                        }
                        Mention n = mentions.covering(s, j);
                        if (n != null && n.kind() == Mention.Kind.NAME && Types.isPerson(n.entity().type())) {
                            return n.entity();
                        }
                    }
                }
                if (m.kind() == Mention.Kind.UNNAMED || m.kind() == Mention.Kind.ROLE) {
                    // "a spokeswoman for the ministry, Mira Holt, said": the name in apposition wins.
                    for (int j = m.token() + m.tokens(); j < verbToken; j++) {
                        Mention n = mentions.covering(s, j);
                        if (n != null && n.kind() == Mention.Kind.NAME && Types.isPerson(n.entity().type())
                                && n.token() > 0 && s.tokens().get(n.token() - 1).text().equals(",")) {
                            return n.entity();
                        }
                    }
                }
                return m.entity();
            }
            if (m != null) {
                k = m.token() + m.tokens() - 1;
            }
        }
        return null;
    }

    /** The actor right after a verb ("said Kovac", "said Trade Minister Elena Rusk"). */
    private Entity speakerAfter(Sentence s, int from) {
        List<Token> toks = s.tokens();
        for (int k = from; k < toks.size() && k < from + 6; k++) {
            if (toks.get(k).text().equals(".") || isMark(toks.get(k))) {
                break;
            }
            Mention m = mentions.covering(s, k);
            if (m != null && speakerLike(m) && !possessive(s, m)) {
                return m.entity();
            }
        }
        return null;
    }

    /**
     * The subject of a speech verb: the nearest actor before it in its sentence that is not the object of a
     * preposition ("a spokeswoman for the ministry said"); for a participle ("…, adding that"), the subject of
     * the clause it hangs from.
     */
    private Entity subjectOf(Sentence s, Verb v) {
        List<Token> toks = s.tokens();
        if (v.participle() && v.token() > 0) {
            // "with the United States urging both sides …": the name right before the participle.
            Mention m = mentions.covering(s, v.token() - 1);
            if (m != null && speakerLike(m) && m.kind() != Mention.Kind.PRONOUN) {
                return m.entity();
            }
        }
        if (v.participle() && v.token() > 0 && toks.get(v.token() - 1).text().equals(",")) {
            // "…, describing the release as …", "…, adding that …": the subject of the clause it hangs from.
            for (Statement st : found) {
                if (st.sentence() == s.index()) {
                    return st.speaker();
                }
            }
            Verb main = null;
            for (Verb o : verbs) {
                if (o.sentence() == s.index() && o.token() < v.token() && !o.participle()) {
                    main = o;
                }
            }
            if (main != null) {
                return subjectOf(s, main);
            }
        }
        int conj = v.token() - 1;
        while (conj > 0 && isAdverb(toks.get(conj))) {
            conj--;
        }
        if (conj >= 0 && conj < v.token() && Set.of("and", "but").contains(toks.get(conj).lower())) {
            // "she said … but warned that …": the second verb shares the first one's subject.
            Verb first = null;
            for (Verb o : verbs) {
                if (o.sentence() == s.index() && o.token() < conj) {
                    first = o;
                }
            }
            if (first != null) {
                return subjectOf(s, first);
            }
        }
        int stop = 0;
        for (int k = v.token() - 1; k >= 0; k--) {
            if (isMark(toks.get(k)) && text.quoteAt(toks.get(k).begin() + 1) == null
                    && text.quoteAt(toks.get(k).begin() - 1) != null) {
                stop = k + 1;
                break;
            }
        }
        Entity fallback = null;
        boolean inAside = true;
        for (int k = v.token() - 1; k >= stop; k--) {
            while (k > stop && isAdverb(toks.get(k)) && inAside) {
                k--;
            }
            if (toks.get(k).text().equals(",") && inAside) {
                // "X, asked about Y, declined …", "X, who leads …, said": skip the aside back to its comma,
                // unless the aside is the subject's name ("Norva's minister, Lars Egede, said").
                int open = k - 1;
                while (open >= stop && !toks.get(open).text().equals(",")) {
                    open--;
                }
                if (open >= stop) {
                    Mention last = mentions.covering(s, k - 1);
                    if (last != null && speakerLike(last) && !possessive(s, last) && k - open <= 7
                            && last.kind() != Mention.Kind.DEMONYM && !Types.isPlace(last.entity().type())) {
                        return last.entity();
                    }
                    k = open;
                    continue;
                }
            }
            inAside = false;
            Mention m = mentions.covering(s, k);
            if (m == null || m.inQuote()) {
                continue;
            }
            k = m.token();
            if (!speakerLike(m)) {
                continue;
            }
            String prev = m.token() > 0 ? toks.get(m.token() - 1).lower() : "";
            boolean objectOfPreposition = PREPOSITIONS.contains(prev)
                    || m.token() > 1 && prev.equals("the") && PREPOSITIONS.contains(toks.get(m.token() - 2).lower());
            if (objectOfPreposition) {
                if (fallback == null) {
                    fallback = m.entity();
                }
                continue;
            }
            if (m.kind() == Mention.Kind.DEMONYM || possessive(s, m)) {
                continue;
            }
            return m.entity();
        }
        if (v.participle()) {
            return null;
        }
        return null;
    }

    /** "Seloria’s chief negotiator": a name followed by a possessive is not the subject. */
    private static boolean possessive(Sentence s, Mention m) {
        int after = m.token() + m.tokens();
        return after < s.tokens().size() && s.tokens().get(after).text().matches("['\u2019]s?");
    }

    private static boolean isAdverb(Token t) {
        String w = t.lower();
        return w.length() > 3 && w.endsWith("ly") || Set.of("later", "also", "then", "again", "previously",
                "once", "still", "further", "separately", "earlier", "now", "had", "has", "have").contains(w);
    }

    private static boolean speakerLike(Mention m) {
        return m.entity() != null && m.kind() != Mention.Kind.DEMONYM && Types.isActor(m.entity().type());
    }

    private static boolean isMark(Token t) {
        return t.text().length() == 1 && Nlp.isQuoteMark(t.text().charAt(0));
    }

    private static boolean isPunctOrMark(Token t) {
        return isMark(t) || t.text().matches("\\p{Punct}");
    }

    // ---- Reported speech ----

    private void reportedSpeech(List<Verb> verbs) {
        for (Verb v : verbs) {
            if (attributionVerbs.contains(key(v)) || ATTRIBUTION_ONLY.contains(v.lemma())) {
                continue;
            }
            Sentence s = text.sentences().get(v.sentence());
            Entity speaker = subjectOf(s, v);
            if (speaker == null) {
                continue;
            }
            int[] content = content(s, v, verbs);
            if (content == null && !v.refusal()) {
                content = frontedContent(s, v);
            }
            if (content == null) {
                continue;
            }
            found.add(new Statement(Statement.Kind.REPORTED, speaker, content[0], content[1], s.index(), v.form(),
                    false, v.refusal(), frame(s, v, null)));
        }
        accordingTo();
    }

    /** The reported clause of a verb, as [begin, end) offsets, or null when it has none. */
    private int[] content(Sentence s, Verb v, List<Verb> verbs) {
        List<Token> toks = s.tokens();
        int i = v.token() + v.length();
        if (v.refusal()) {
            if (i < toks.size() && Set.of("on", "about").contains(toks.get(i).lower())) {
                i++;
            }
        } else {
            int that = -1;
            for (int k = i; k < toks.size() && k < i + 12; k++) {
                String w = toks.get(k).lower();
                if (w.equals("that") && !text.inQuote(toks.get(k).begin())) {
                    that = k;
                    break;
                }
                if (w.equals(".") || isMark(toks.get(k)) || w.equals(";")) {
                    break;
                }
            }
            if (that >= 0 && onlyModifiers(s, i, that)) {
                i = that + 1;
            } else {
                i = skipModifiers(s, v, i);
                if (i >= toks.size()) {
                    return null;
                }
                String w = toks.get(i).lower();
                if (i > 0 && toks.get(i - 1).text().equals(",") && w.endsWith("ing")) {
                    // "X said on Wednesday, lifting a ban …": the participle is not what was said.
                    return null;
                }
                boolean complement = !TELL_VERBS.contains(v.lemma()) && Character.isLetterOrDigit(w.charAt(0))
                        && !PREPOSITIONS.contains(w) && !Set.of("and", "but", "or", "as", "when", "while", "after",
                        "before", "if").contains(w);
                boolean clause = complement || CLAUSE_STARTERS.contains(w) || mentions.startingAt(s, i) != null
                        || v.lemma().equals("deny") || v.lemma().equals("confirm") || v.lemma().equals("call for")
                        || v.lemma().equals("warn") && (w.equals("of") || w.equals("against"))
                        || v.lemma().equals("demand") || v.lemma().equals("propose") || v.lemma().equals("urge")
                        || v.lemma().equals("accuse") || v.lemma().equals("promise") || v.lemma().equals("vow")
                        || v.lemma().equals("pledge") || v.lemma().equals("threaten") || v.lemma().equals("reveal")
                        || v.lemma().equals("disclose") || v.lemma().equals("reiterate")
                        || v.lemma().equals("signal") || v.lemma().equals("predict") || v.lemma().equals("suggest")
                        || v.lemma().equals("acknowledge") || v.lemma().equals("admit");
                if (!clause) {
                    return null;
                }
            }
        }
        if (i >= toks.size()) {
            return null;
        }
        int endToken = toks.size();
        for (Verb other : verbs) {
            if (other.sentence() == s.index() && other.token() > v.token() && other.token() >= i) {
                // The nearest later clause with its own speech verb ends this one; later ones lie beyond it.
                int cut = clauseStartBefore(s, other, i);
                if (cut > i && cut < endToken) {
                    endToken = cut;
                    break;
                }
            }
        }
        int begin = toks.get(i).begin();
        int end = toks.get(endToken - 1).end();
        while (endToken > i && isTrailing(toks.get(endToken - 1))
                && !closesQuoteIn(toks.get(endToken - 1), begin)) {
            endToken--;
            end = endToken > i ? toks.get(endToken - 1).end() : begin;
        }
        if (end <= begin || endToken - i < 2) {
            return null;
        }
        // Content that is nothing but a quotation is that quotation's attribution, not reported speech.
        Quote q = text.quoteAt(begin + 1);
        if (q != null && q.open() <= begin && q.after() >= end - 1) {
            return null;
        }
        return new int[] {begin, end};
    }

    /**
     * "Veldoria will not sign …, Defence Minister Tomas Brandt said on Wednesday." and "…, said Kovac.": the
     * clause before the attribution, when nothing but modifiers follows the verb.
     */
    private int[] frontedContent(Sentence s, Verb v) {
        List<Token> toks = s.tokens();
        int after = v.token() + v.length();
        while (after < toks.size() && !(isTrailing(toks.get(after)) && !toks.get(after).text().equals(","))) {
            if (toks.get(after).text().equals(",") && after + 1 < toks.size()
                    && toks.get(after + 1).lower().endsWith("ing")) {
                break;
            }
            if (toks.get(after).text().equals(",")) {
                after++;
                continue;
            }
            String w = toks.get(after).lower();
            Mention m = mentions.covering(s, after);
            boolean modifier = m != null || Set.of("on", "in", "at", "late", "early", "last", "this", "a", "an",
                    "the", "statement", "interview", "news", "conference", "briefing", "reporters", "told", "earlier",
                    "week", "month", "day", "weekend", "morning", "evening", "night", "monday", "tuesday",
                    "wednesday", "thursday", "friday", "saturday", "sunday", "with", "to", "after", "during")
                    .contains(w) || isAdverb(toks.get(after)) || toks.get(after).isCapitalised()
                    || Character.isDigit(w.charAt(0));
            if (!modifier) {
                return null;
            }
            after++;
        }
        int comma = -1;
        for (int k = v.token() - 1; k >= 0 && k >= v.token() - 9; k--) {
            if (toks.get(k).text().equals(",")) {
                comma = k;
                break;
            }
            if (isMark(toks.get(k))) {
                return null;
            }
        }
        if (comma < 4) {
            return null;
        }
        int first = 0;
        if (toks.size() > 2 && toks.get(0).text().equals(toks.get(0).text().toUpperCase(Locale.ROOT))
                && toks.get(0).text().length() > 2 && Nlp.isDash(toks.get(1).text().charAt(0))) {
            // "ISTANBUL — …": a dateline is not part of what was said.
            first = 2;
        }
        int begin = toks.get(first).begin();
        int end = toks.get(comma - 1).end();
        Quote q = text.quoteAt(begin + 1);
        if (q != null || isMark(toks.get(0))) {
            return null;
        }
        return new int[] {begin, end};
    }

    /** A closing quotation mark whose quotation opened inside the content stays with it. */
    private boolean closesQuoteIn(Token t, int contentBegin) {
        if (!isMark(t)) {
            return false;
        }
        Quote q = text.quoteAt(t.begin() - 1);
        return q != null && q.close() == t.begin() && q.open() >= contentBegin;
    }

    private static boolean isTrailing(Token t) {
        String x = t.text();
        return x.equals(".") || x.equals(",") || x.equals(";") || x.equals(":") || x.equals("?") || x.equals("!")
                || x.length() == 1 && Nlp.isQuoteMark(x.charAt(0)) && (x.equals("\u201D") || x.equals("\""));
    }

    /** Where another speech verb's clause starts: its subject, or the comma before a participle. */
    private int clauseStartBefore(Sentence s, Verb other, int from) {
        List<Token> toks = s.tokens();
        if (other.participle() || other.refusal()) {
            int k = other.token() - 1;
            Mention subject = k >= from ? mentions.covering(s, k) : null;
            if (subject != null && speakerLike(subject)) {
                k = subject.token() - 1;
            }
            while (k > from && Set.of(",", "while", "and", "but", "whereas", "as").contains(toks.get(k).lower())) {
                k--;
            }
            return k + 1;
        }
        if (text.inQuote(toks.get(other.token()).begin())) {
            return -1;
        }
        int conj = other.token() - 1;
        while (conj > from && isAdverb(toks.get(conj))) {
            conj--;
        }
        if (conj > from && Set.of("and", "but").contains(toks.get(conj).lower())) {
            return conj;
        }
        // "X denied …, and Y argued …": cut at the "and"/comma before the subject.
        for (int k = other.token() - 1; k > from && k > other.token() - 12; k--) {
            String w = toks.get(k).lower();
            if (w.equals(",") || w.equals("and") || w.equals("but") || w.equals(";")) {
                boolean subject = false;
                for (int j = k + 1; j < other.token(); j++) {
                    Mention m = mentions.covering(s, j);
                    if (m != null && speakerLike(m)) {
                        subject = true;
                    }
                }
                return subject ? k : -1;
            }
        }
        return -1;
    }

    /** Between a verb and its "that": only dates, places, audiences and channels ("stated on Monday that"). */
    private boolean onlyModifiers(Sentence s, int from, int that) {
        List<Token> toks = s.tokens();
        for (int k = from; k < that; k++) {
            Token t = toks.get(k);
            String w = t.lower();
            boolean modifier = w.equals(",") || MODIFIER_WORDS.contains(w) || isAdverb(t) || t.isCapitalised()
                    || mentions.covering(s, k) != null || Character.isDigit(w.charAt(0));
            if (!modifier || isMark(t)) {
                return false;
            }
        }
        return that - from <= 10;
    }

    /** Skips an audience, a date or a channel after the verb ("told reporters", "on Monday", "in a statement"). */
    private int skipModifiers(Sentence s, Verb v, int i) {
        List<Token> toks = s.tokens();
        int k = i;
        boolean moved = true;
        while (moved && k < toks.size()) {
            moved = false;
            String w = toks.get(k).lower();
            if (w.equals(",")) {
                k++;
                moved = true;
                continue;
            }
            if (w.endsWith("ly") && w.length() > 4) {
                k++;
                moved = true;
                continue;
            }
            if (TELL_VERBS.contains(v.lemma())) {
                Mention m = mentions.startingAt(s, k);
                if (m != null) {
                    k = m.token() + m.tokens();
                    moved = true;
                    continue;
                }
                if (AUDIENCE_NOUNS.contains(w)) {
                    k++;
                    moved = true;
                    continue;
                }
            }
            if (Set.of("on", "in", "at", "during", "late", "earlier", "last", "this", "over").contains(w)) {
                int j = k + 1;
                while (j < toks.size() && j < k + 6 && !toks.get(j).text().equals(",")
                        && !CLAUSE_STARTERS.contains(toks.get(j).lower()) || j == k + 1 && j < toks.size()
                        && Set.of("a", "the", "this").contains(toks.get(j).lower())) {
                    j++;
                }
                if (j < toks.size() && toks.get(j).text().equals(",")) {
                    j++;
                }
                if (j > k + 1 && j < toks.size()) {
                    k = j;
                    moved = true;
                }
            }
        }
        return k;
    }

    /** "According to X, …" and "…, according to X." */
    private void accordingTo() {
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i + 2 < toks.size(); i++) {
                if (!toks.get(i).lower().equals("according") || !toks.get(i + 1).lower().equals("to")
                        || text.inQuote(toks.get(i).begin())) {
                    continue;
                }
                Mention m = null;
                int k = i + 2;
                for (; k < toks.size() && k < i + 8; k++) {
                    Mention c = mentions.covering(s, k);
                    if (c != null && speakerLike(c)) {
                        m = c;
                    }
                    if (toks.get(k).text().equals(",") || toks.get(k).text().equals(".")) {
                        break;
                    }
                }
                if (m == null) {
                    continue;
                }
                int begin;
                int end;
                if (i == 0 || i == 1 && toks.get(0).text().equals(",")) {
                    int c = k;
                    while (c < toks.size() && !toks.get(c).text().equals(",")) {
                        c++;
                    }
                    if (c + 1 >= toks.size()) {
                        continue;
                    }
                    begin = toks.get(c + 1).begin();
                    int e = toks.size();
                    while (e > c + 1 && isTrailing(toks.get(e - 1))) {
                        e--;
                    }
                    end = toks.get(e - 1).end();
                } else {
                    begin = toks.get(0).begin();
                    int e = i;
                    while (e > 0 && isTrailing(toks.get(e - 1))) {
                        e--;
                    }
                    if (e == 0) {
                        continue;
                    }
                    end = toks.get(e - 1).end();
                }
                if (end > begin) {
                    found.add(new Statement(Statement.Kind.REPORTED, m.entity(), begin, end, s.index(),
                            "according to", false, false, frame(s, null, null)));
                }
            }
        }
    }

    // ---- Context: when, where, to whom, through what ----

    /**
     * The frame of a statement: the parts of its sentence outside the quoted or reported words. The date
     * nearest the verb, the audience after "told"/"informed", a channel phrase ("on social media") or an outlet,
     * and a place after "aboard", "in" or "at".
     */
    private Statement.Frame frame(Sentence sentence, Verb v, Quote q) {
        Sentence s = v == null ? sentence : text.sentences().get(v.sentence());
        List<Token> toks = s.tokens();
        TemporalExpression date = null;
        int verbAt = v == null ? s.begin() : toks.get(v.token()).begin();
        int contentStart = v == null ? s.end() : toks.get(Math.min(toks.size() - 1, v.token() + v.length())).end();
        int best = Integer.MAX_VALUE;
        for (TemporalExpression t : text.dates(s)) {
            if (text.inQuote(t.begin())) {
                continue;
            }
            boolean beforeContent = t.begin() < verbAt || t.begin() <= contentStart + 12 && v != null
                    && !thatBetween(s, v, t.begin());
            if (!beforeContent) {
                continue;
            }
            int dist = Math.abs(t.begin() - verbAt);
            if (dist < best) {
                best = dist;
                date = t;
            }
        }
        Entity audience = null;
        Entity medium = null;
        Entity place = null;
        if (v != null) {
            int after = v.token() + v.length();
            if (TELL_VERBS.contains(v.lemma()) && after < toks.size()) {
                Mention m = audienceMention(s, after);
                if (m != null && m.entity() != null && Types.isActor(m.entity().type())) {
                    audience = m.entity();
                } else if (AUDIENCE_NOUNS.contains(toks.get(after).lower())) {
                    audience = group(toks.get(after).lower());
                }
            }
        }
        if (audience != null && audience.type().equals(Parley.MediaOutlet)) {
            medium = audience;
        }
        String frameText = frameText(s, q, v);
        for (Map.Entry<String, String> e : MEDIA_CHANNELS.entrySet()) {
            if (medium == null && containsPhrase(frameText, e.getKey())) {
                medium = channel(e.getValue());
            }
        }
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (text.inQuote(t.begin()) || v != null && k > v.token() + v.length() + 8) {
                continue;
            }
            String w = t.lower();
            if (medium == null && (w.equals("interview") || w.equals("outlet") || w.equals("broadcaster"))) {
                Mention m = firstMentionFrom(s, k + 1, 5);
                if (m != null && m.entity() != null && Types.isOrganisation(m.entity().type())) {
                    medium = m.entity();
                }
            }
            if (place == null && Set.of("aboard", "in", "at", "from").contains(w) && k + 1 < toks.size()) {
                if (q != null && toks.get(k).begin() > q.open() && toks.get(k).begin() < q.after()) {
                    continue;
                }
                if (v != null && !nearVerb(s, v, k)) {
                    continue;
                }
                Mention m = firstMentionFrom(s, k + 1, 4);
                if (m != null && m.entity() != null && Types.isPlace(m.entity().type())
                        && !m.entity().type().equals(Parley.State)
                        || m != null && m.entity() != null && w.equals("aboard")) {
                    place = m.entity();
                }
            }
        }
        return new Statement.Frame(date, audience, medium, place, List.of());
    }

    /** The addressee after "told": the last name in the noun phrase ("the Veldorian media outlet Tallis Post"). */
    private Mention audienceMention(Sentence s, int from) {
        Mention found = null;
        for (int k = from; k < s.tokens().size() && k < from + 7; k++) {
            Token t = s.tokens().get(k);
            if (t.text().equals(",") || t.text().equals(".") || t.lower().equals("that") || isMark(t)
                    || PREPOSITIONS.contains(t.lower())) {
                break;
            }
            Mention m = mentions.covering(s, k);
            if (m != null && m.kind() != Mention.Kind.DEMONYM) {
                found = m;
                k = m.token() + m.tokens() - 1;
            }
        }
        return found;
    }

    private boolean thatBetween(Sentence s, Verb v, int offset) {
        for (Token t : s.tokens()) {
            if (t.begin() > s.tokens().get(v.token()).begin() && t.begin() < offset && t.lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** Whether token k is part of the attribution around the verb rather than the reported clause. */
    private boolean nearVerb(Sentence s, Verb v, int k) {
        if (k < v.token()) {
            return true;
        }
        for (int j = v.token() + v.length(); j < k; j++) {
            String w = s.tokens().get(j).lower();
            if (w.equals("that")) {
                return false;
            }
        }
        return k - v.token() <= 8;
    }

    private String frameText(Sentence s, Quote q, Verb v) {
        StringBuilder sb = new StringBuilder();
        for (Token t : s.tokens()) {
            if (!text.inQuote(t.begin())) {
                sb.append(t.lower()).append(' ');
            }
        }
        return " " + sb.toString().replace('\u2019', '\'');
    }

    private static boolean containsPhrase(String frameText, String phrase) {
        return frameText.contains(" " + phrase.toLowerCase(Locale.ROOT) + " ");
    }

    private Mention firstMentionFrom(Sentence s, int from, int within) {
        for (int k = from; k < s.tokens().size() && k < from + within; k++) {
            Mention m = mentions.covering(s, k);
            if (m != null) {
                return m;
            }
            if (s.tokens().get(k).text().equals(",") || s.tokens().get(k).text().equals(".")) {
                return null;
            }
        }
        return null;
    }

    private Entity group(String noun) {
        String iri = Parley.DATA_NS + "group/" + ArticleReader.slug(noun);
        return entities.use(Entity.minted(iri, Parley.Group, noun));
    }

    private Entity channel(String label) {
        for (Entity e : entities.values()) {
            if (e.label().equalsIgnoreCase(label)) {
                return e;
            }
        }
        String iri = Parley.DATA_NS + ArticleReader.slug(label);
        return entities.use(Entity.minted(iri, Parley.Medium, label));
    }

    /** One statement per speaker and span: two verbs may reach the same clause. */
    private void dedupe() {
        Set<String> seen = new HashSet<>();
        found.removeIf(st -> !seen.add(st.kind() + " " + st.begin() + " " + st.end()));
    }

    // ---- Continuity ----

    /**
     * A statement with no date of its own takes that of the speaker's previous dated statement in the article
     * (news text dates a speaker's remarks once); a continued quotation takes its head's whole context.
     */
    private void inheritContext() {
        Map<String, Statement.Frame> lastBySpeaker = new HashMap<>();
        for (int k = 0; k < found.size(); k++) {
            Statement st = found.get(k);
            Statement.Frame f = st.frame();
            Statement.Frame prior = lastBySpeaker.get(st.speaker().iri());
            if (prior != null && f.date() == null) {
                f = new Statement.Frame(prior.date(), f.audience(), f.medium(), f.place(), f.about());
            }
            List<Entity> about = new ArrayList<>(new LinkedHashSet<>(aboutOf(st)));
            if (st.partial() && about.isEmpty()) {
                // A partial quote is about what the reported clause around it is about.
                for (Statement outer : found) {
                    if (outer.kind() == Statement.Kind.REPORTED && outer.begin() <= st.begin()
                            && st.end() <= outer.end()) {
                        about.addAll(new LinkedHashSet<>(aboutOf(outer)));
                    }
                }
            }
            f = new Statement.Frame(f.date(), f.audience(), f.medium(), f.place(), about);
            found.set(k, st.withFrame(f));
            if (f.date() != null) {
                lastBySpeaker.put(st.speaker().iri(), f);
            }
        }
    }

    private List<Entity> aboutOf(Statement st) {
        List<Entity> about = new ArrayList<>();
        for (Mention m : mentions.in(st.begin(), st.end())) {
            if (m.entity() != null && !m.entity().equals(st.speaker()) && m.kind() != Mention.Kind.PRONOUN) {
                about.add(m.entity());
            }
        }
        return about;
    }
}
