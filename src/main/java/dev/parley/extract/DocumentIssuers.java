package dev.parley.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.parley.vocab.Parley;

/**
 * Who issued a document that speaks, where its own description says: an actor named before its head noun ("the
 * Defence Ministry's report", "a Tallis Herald poll") or after one of {@code [issuer-prepositions]} ("a report
 * by the Tallis Herald", "a statement from the army"), not after other prepositions ("a poll of Veldorian
 * voters", "documents submitted to the government") and not as the owner of who did ("a document provided by
 * Holt's lawyer"). The first such actor, in text order.
 */
final class DocumentIssuers {
    private DocumentIssuers() {}

    /** Document IRI to its issuer, for the documents described by {@code sources}. */
    static Map<String, Entity> of(AnnotatedText text, SpeechWords words, List<Mention> sources, List<Mention> names) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Mention source : sources) {
            if (source.entity() == null || !source.entity().type().equals(Parley.Document)
                    || out.containsKey(source.entity().iri())) {
                continue;
            }
            Sentence s = text.sentences().get(source.sentence());
            List<Token> toks = s.tokens();
            int head = source.token();
            while (head < source.token() + source.tokens() && !words.documentNouns.contains(toks.get(head).lower())) {
                head++;
            }
            for (Mention m : names) {
                if (m.sentence() == source.sentence() && m.begin() >= source.begin() && m.end() <= source.end()
                        && m.isActor() && m.kind() != Mention.Kind.PRONOUN
                        && (m.token() + m.tokens() <= head
                        || afterIssuerPreposition(toks, m.token(), words) && !Speakers.isPossessive(s, m))) {
                    out.put(source.entity().iri(), m.entity());
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the words before token i are "by" or "from", a determiner between allowed ("from the army"). */
    private static boolean afterIssuerPreposition(List<Token> toks, int i, SpeechWords words) {
        int k = i - 1;
        if (k >= 0 && words.objectDeterminers.contains(toks.get(k).lower())) {
            k--;
        }
        return k >= 0 && words.issuerPrepositions.contains(toks.get(k).lower());
    }
}
