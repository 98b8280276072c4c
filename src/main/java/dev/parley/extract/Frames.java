package dev.parley.extract;

import java.util.List;
import java.util.Map;

import dev.parley.vocab.Parley;

/**
 * The frame of a statement: when, to whom, where and through what it was said, from the parts of its sentence
 * outside the quoted or reported words. The date nearest the verb, the audience after a verb of telling
 * ("told reporters"), a channel phrase ("on social media") or an outlet ("in an interview with the Tallis Post"),
 * and a place after "aboard", "in" or "at". Groups and channels it names are added to the stage's entity table.
 */
final class Frames {
    private final AnnotatedText text;
    private final Mentions mentions;
    private final SpeechWords words;
    private final EntityTable entities;
    private final Dates dates;

    Frames(AnnotatedText text, Mentions mentions, Dates dates, SpeechWords words, EntityTable entities) {
        this.text = text;
        this.mentions = mentions;
        this.dates = dates;
        this.words = words;
        this.entities = entities;
    }

    /** The frame for a statement of sentence {@code sentence} with verb {@code v} (or none) and quotation q (or none). */
    Statement.Frame of(Sentence sentence, SpeechVerb v, Quote q) {
        Sentence s = v == null ? sentence : text.sentences().get(v.sentence());
        Entity audience = v == null ? null : audience(s, v);
        Entity medium = audience != null && audience.type().equals(Parley.MediaOutlet) ? audience : null;
        if (medium == null) {
            medium = channelPhrase(s);
        }
        List<Token> toks = s.tokens();
        Entity place = null;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (text.inQuote(t.begin()) || v != null && k > v.after() + words.limits.frameAfterVerbTokens()) {
                continue;
            }
            String w = t.lower();
            if (medium == null && words.mediumNouns.contains(w)) {
                Mention m = firstMentionFrom(s, k + 1, words.limits.frameMediumSearchTokens());
                if (m != null && m.entity() != null && Types.isOrganisation(m.entity().type())) {
                    medium = m.entity();
                }
            }
            if (place == null && words.placePrepositions.contains(w) && k + 1 < toks.size()) {
                place = placeAfter(s, v, q, k);
            }
        }
        return new Statement.Frame(date(s, v), audience, medium, place, List.of());
    }

    /** The date expression nearest the verb, before the content or just after the verb (not after a "that"). */
    private TemporalExpression date(Sentence s, SpeechVerb v) {
        List<Token> toks = s.tokens();
        int verbAt = v == null ? s.begin() : toks.get(v.token()).begin();
        int contentStart = v == null ? s.end() : toks.get(Math.min(toks.size() - 1, v.after())).end();
        TemporalExpression date = null;
        int best = Integer.MAX_VALUE;
        for (TemporalExpression t : dates.in(s)) {
            if (text.inQuote(t.begin())) {
                continue;
            }
            boolean beforeContent = t.begin() < verbAt || v != null
                    && t.begin() <= contentStart + words.limits.frameDateAfterContentChars()
                    && !complementizerBetween(s, v, t.begin());
            int dist = Math.abs(t.begin() - verbAt);
            if (beforeContent && dist < best) {
                best = dist;
                date = t;
            }
        }
        return date;
    }

    /** After a verb of telling: the addressee named, or a group noun ("reporters"). */
    private Entity audience(Sentence s, SpeechVerb v) {
        int after = v.after();
        if (!words.tellVerbs.contains(v.lemma()) || after >= s.tokens().size()) {
            return null;
        }
        Mention m = audienceMention(s, after);
        if (m != null && m.entity() != null && Types.isActor(m.entity().type())) {
            return m.entity();
        }
        String noun = s.tokens().get(after).lower();
        return words.audienceNouns.contains(noun) ? group(noun) : null;
    }

    /** The addressee after "told": the last name in the noun phrase ("the Veldorian media outlet Tallis Post"). */
    private Mention audienceMention(Sentence s, int from) {
        Mention found = null;
        for (int k = from; k < s.tokens().size() && k < from + words.limits.audienceSearchTokens(); k++) {
            Token t = s.tokens().get(k);
            if (t.text().equals(",") || t.text().equals(".") || words.complementizers.contains(t.lower())
                    || Speakers.isMark(t) || words.prepositions.contains(t.lower())) {
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

    /** A channel phrase of {@code [media-channels]} outside the quotation ("on social media"). */
    private Entity channelPhrase(Sentence s) {
        String frameText = frameText(s);
        for (Map.Entry<String, String> e : words.mediaChannels.entrySet()) {
            if (frameText.contains(" " + e.getKey().toLowerCase(java.util.Locale.ROOT) + " ")) {
                return channel(e.getValue());
            }
        }
        return null;
    }

    /** The place after a preposition near the verb: a place that is not a state, or anything "aboard". */
    private Entity placeAfter(Sentence s, SpeechVerb v, Quote q, int k) {
        Token t = s.tokens().get(k);
        if (q != null && t.begin() > q.open() && t.begin() < q.after() || v != null && !nearVerb(s, v, k)) {
            return null;
        }
        Mention m = firstMentionFrom(s, k + 1, words.limits.framePlaceSearchTokens());
        if (m == null || m.entity() == null) {
            return null;
        }
        boolean place = Types.isPlace(m.entity().type()) && !m.entity().type().equals(Parley.State);
        return place || words.vehiclePrepositions.contains(t.lower()) ? m.entity() : null;
    }

    private boolean complementizerBetween(Sentence s, SpeechVerb v, int offset) {
        int verbBegin = s.tokens().get(v.token()).begin();
        for (Token t : s.tokens()) {
            if (t.begin() > verbBegin && t.begin() < offset && words.complementizers.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether token k is part of the attribution around the verb rather than the reported clause. */
    private boolean nearVerb(Sentence s, SpeechVerb v, int k) {
        if (k < v.token()) {
            return true;
        }
        for (int j = v.after(); j < k; j++) {
            if (words.complementizers.contains(s.tokens().get(j).lower())) {
                return false;
            }
        }
        return k - v.token() <= words.limits.nearVerbTokens();
    }

    /** The sentence's words outside quotations, lower case, space-separated and space-padded. */
    private String frameText(Sentence s) {
        StringBuilder sb = new StringBuilder();
        for (Token t : s.tokens()) {
            if (!text.inQuote(t.begin())) {
                sb.append(t.lower()).append(' ');
            }
        }
        return " " + sb.toString().replace('\u2019', '\'');
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
        return entities.use(Entity.minted(Parley.DATA_NS + ArticleReader.slug(label), Parley.Medium, label));
    }
}
