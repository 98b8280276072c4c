package dev.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.model.Article;

/**
 * An article as the stages read it: its characters, paragraphs, sentences with their one tokenisation (by
 * {@link Nlp}) and quotations. Immutable: what a stage finds goes into a layer of its own, never here.
 * <pre>
 *   AnnotatedText text = AnnotatedText.of(article);
 *   for (Sentence s : text.sentences()) { ... text.tag(s, 0) ... }
 * </pre>
 * Part-of-speech tags are computed per sentence on first use and kept: each sentence is tagged once, whole, so a
 * tag never depends on which stage asked first. Not for use by several threads at once.
 */
final class AnnotatedText {
    private final Article article;
    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final List<Quote> quotes;
    private final Map<Integer, String[]> tags = new HashMap<>();
    private final Map<Long, String[]> openings = new HashMap<>();
    private WordCasing casing;
    /** Words after an opening word that its tag is read with. */
    static final int OPENING_WORDS = 4;

    private AnnotatedText(Article article) {
        this.article = article;
        this.text = article.text();
        this.paragraphs = List.copyOf(Nlp.paragraphs(text));
        List<Sentence> ss = new ArrayList<>();
        List<Quote> qs = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            ss.addAll(Nlp.sentences(text, p, ss.size(), false));
            qs.addAll(QuoteFinder.find(text, p));
        }
        this.sentences = List.copyOf(ss);
        this.quotes = List.copyOf(qs);
    }

    /** Splits and tokenises the article (the part of the pipeline every stage shares). */
    static AnnotatedText of(Article article) {
        return new AnnotatedText(article);
    }

    Article article() {
        return article;
    }

    String text() {
        return text;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** Quotations in text order; they do not overlap. */
    List<Quote> quotes() {
        return quotes;
    }

    LocalDate published() {
        return article.published();
    }

    String slice(int begin, int end) {
        return text.substring(begin, end);
    }

    String slice(Span span) {
        return text.substring(span.begin(), span.end());
    }

    /** The part-of-speech tag of token i of a sentence, or null outside it. */
    String tag(Sentence s, int i) {
        if (i < 0 || i >= s.tokens().size()) {
            return null;
        }
        return tags.computeIfAbsent(s.index(), k -> Nlp.tags(s.tokens()))[i];
    }

    /** How the article writes its words inside sentences (computed on first use). */
    WordCasing casing() {
        if (casing == null) {
            casing = WordCasing.of(this);
        }
        return casing;
    }

    /**
     * The tag of token i near the start of a sentence, read from the sentence's first words alone (up to
     * {@link #OPENING_WORDS} after it): tagging costs about as much per word as per call, so an opening word
     * read on its own saves most of a sentence. Like {@link #tag}, it does not depend on what was asked before.
     */
    String openingTag(Sentence s, int i) {
        if (i < 0 || i >= s.tokens().size()) {
            return null;
        }
        int n = Math.min(s.tokens().size(), i + 1 + OPENING_WORDS);
        return openings.computeIfAbsent((long) s.index() << 32 | i, k -> Nlp.openingTags(s.tokens().subList(0, n)))[i];
    }

    /** The quotation whose marks enclose {@code offset}, or null. */
    Quote quoteAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).open() >= offset) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        // quotes[hi] is the last one opening before offset.
        return hi >= 0 && quotes.get(hi).contains(offset) ? quotes.get(hi) : null;
    }

    boolean inQuote(int offset) {
        return quoteAt(offset) != null;
    }

    /** The sentence that holds {@code offset}, or the nearest one before it; null for a text without sentences. */
    Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).begin() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? null : sentences.get(Math.max(0, hi));
    }
}
