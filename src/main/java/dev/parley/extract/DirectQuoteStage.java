package dev.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Direct quotations: each quotation that is speech ({@link ScareQuotes}) gets its speaker from its attribution
 * after or before it ({@link QuoteAttribution}), or, with none, from the quotation it continues or a speaker just
 * before ({@link QuoteContinuation}).
 */
record DirectQuoteStage(SpeechWords words) implements Stage<DirectQuotes> {
    @Override
    public DirectQuotes run(AnnotatedText text, Layers before) {
        Mentions mentions = before.get(Mentions.class);
        SpeechVerbs verbs = before.get(SpeechVerbs.class);
        EntityTable entities = new EntityTable(mentions.entities());
        NominalSubject nominal = new NominalSubject(text, words, entities);
        Speakers speakers = new Speakers(text, mentions, verbs, words, nominal);
        QuoteAttribution attribution = new QuoteAttribution(text, verbs, speakers, words);
        ScareQuotes scare = new ScareQuotes(text, words);
        QuoteContinuation continuation = new QuoteContinuation(text, words);
        Frames frames = new Frames(text, mentions, before.get(Dates.class), words, entities);
        List<Statement> found = new ArrayList<>();
        Set<SpeechVerb> attributing = new HashSet<>();
        Statement previous = null;
        Quote previousQuote = null;
        for (Quote q : text.quotes()) {
            Sentence openS = text.sentenceAt(q.open());
            Sentence closeS = text.sentenceAt(Math.max(q.open(), q.after() - 1));
            QuoteAttribution.Found a = attribution.after(q, closeS, found);
            boolean fromBefore = false;
            if (a == null) {
                a = attribution.before(q, openS, found);
                fromBefore = a != null;
            }
            if (!scare.isSpeech(q, openS, a, fromBefore)) {
                continue;
            }
            Statement st = null;
            if (a != null && a.speaker() != null) {
                boolean partial = attribution.isPartial(q, a, fromBefore);
                st = new Statement(Statement.Kind.DIRECT, a.speaker(), q.begin(), q.end(), closeS.index(),
                        a.verb().form(), partial, false, frames.of(closeS, a.verb(), q));
                if (!partial) {
                    attributing.add(a.verb());
                }
            } else if (previous != null && continuation.continues(previousQuote, q)) {
                st = new Statement(Statement.Kind.DIRECT, previous.speaker(), q.begin(), q.end(), openS.index(), null,
                        false, false, Statement.Frame.empty().inheritFrom(previous.frame()));
            } else {
                Entity speaker = continuation.lastSpeakerNearby(q, found);
                if (speaker != null && scare.isLong(q)) {
                    st = new Statement(Statement.Kind.DIRECT, speaker, q.begin(), q.end(), openS.index(), null, false,
                            false, Statement.Frame.empty());
                }
            }
            if (st != null) {
                found.add(st);
                previous = st;
                previousQuote = q;
            }
        }
        continuation.backfillOpenEnded(found);
        return new DirectQuotes(found, attributing, entities.snapshot(), nominal.mentions());
    }
}
