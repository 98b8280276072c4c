package dev.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.parley.model.Article;

/**
 * One article under analysis: its paragraphs, sentences, quotations and mentions, and the entities and titles
 * the article gives them. Built by {@link Extractor}; each finder adds to it in turn.
 */
final class Document {
    final Article article;
    final String text;
    final List<Paragraph> paragraphs;
    final List<Sentence> sentences = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    /** Entities the article refers to, by IRI, in order of first mention. */
    final Map<String, Entity> entities = new LinkedHashMap<>();
    /** Titles the article gives an entity ("Former President"), by IRI. */
    final Map<String, Set<String>> titles = new HashMap<>();
    /** Short forms the article itself defines ("the Orvesh Liberation Front (OLF)"), to their entity. */
    final Map<String, Entity> aliases = new HashMap<>();
    /** The actor a person acts for, where the article says so ("Russia’s Deputy Foreign Minister"), by IRI. */
    final Map<String, Entity> affiliations = new HashMap<>();
    /** 'm' or 'f' where the article shows it (pronouns, gendered titles), by IRI. */
    final Map<String, Character> genders = new HashMap<>();

    Document(Article article) {
        this.article = article;
        this.text = article.text();
        this.paragraphs = Nlp.paragraphs(text);
    }

    private final Map<Integer, String[]> tags = new HashMap<>();
    private final Map<Integer, List<TemporalExpression>> dates = new HashMap<>();

    /** The date expressions of a sentence, found once. */
    List<TemporalExpression> dates(Sentence s) {
        return dates.computeIfAbsent(s.index(), k -> TemporalExpressions.find(text, s.begin(), s.end(), published()));
    }

    /**
     * The part-of-speech tag of token i of a sentence. Each sentence is tagged once, whole, the first time any of
     * its tokens is asked about, so a tag never depends on which caller asked first.
     */
    String tag(Sentence s, int i) {
        int n = s.tokens().size();
        if (i < 0 || i >= n) {
            return null;
        }
        return tags.computeIfAbsent(s.index(), k -> Nlp.tags(s.tokens()))[i];
    }

    LocalDate published() {
        return article.published();
    }

    /** The quotation whose marks enclose {@code offset}, or null (quotes are in text order and do not overlap). */
    Quote quoteAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quote q = quotes.get(mid);
            if (q.open() >= offset) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        // quotes[hi] is the last one opening before offset.
        return hi >= 0 && quotes.get(hi).contains(offset) ? quotes.get(hi) : null;
    }

    private Map<Integer, List<Mention>> bySentence;

    /** Indexes the mentions by sentence; called once the mentions are final, to keep look-ups linear. */
    void indexMentions() {
        bySentence = new HashMap<>();
        for (Mention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
    }

    private List<Mention> candidates(Sentence s) {
        return bySentence != null ? bySentence.getOrDefault(s.index(), List.of()) : mentions;
    }

    boolean inQuote(int offset) {
        return quoteAt(offset) != null;
    }

    /** The sentence that holds {@code offset}, or the nearest one before it. */
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

    /** Mentions within [begin, end), in text order. */
    List<Mention> mentionsIn(int begin, int end) {
        List<Mention> out = new ArrayList<>();
        if (bySentence != null && !sentences.isEmpty()) {
            int first = sentenceAt(begin).index();
            int last = sentenceAt(Math.max(begin, end - 1)).index();
            for (int i = first; i <= last; i++) {
                for (Mention m : bySentence.getOrDefault(i, List.of())) {
                    if (m.begin() >= begin && m.end() <= end) {
                        out.add(m);
                    }
                }
            }
            return out;
        }
        for (Mention m : mentions) {
            if (m.begin() >= begin && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mention that starts exactly at token {@code i} of sentence {@code s}, or null. */
    Mention mentionAtToken(Sentence s, int i) {
        if (i < 0 || i >= s.tokens().size()) {
            return null;
        }
        int begin = s.tokens().get(i).begin();
        for (Mention m : candidates(s)) {
            if (m.begin() == begin) {
                return m;
            }
        }
        return null;
    }

    /** The mention that covers token {@code i} of sentence {@code s}, or null. */
    Mention mentionCovering(Sentence s, int i) {
        if (i < 0 || i >= s.tokens().size()) {
            return null;
        }
        Token t = s.tokens().get(i);
        for (Mention m : candidates(s)) {
            if (m.begin() <= t.begin() && t.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }

    void addTitle(Entity e, String title) {
        if (title != null && !title.isBlank()) {
            titles.computeIfAbsent(e.iri(), k -> new LinkedHashSet<>()).add(title.strip());
        }
    }

    Set<String> titlesOf(Entity e) {
        return titles.getOrDefault(e.iri(), Set.of());
    }

    /** Records the entity as referred to by the article (first reference wins for the stored form). */
    Entity use(Entity e) {
        Entity known = entities.get(e.iri());
        if (known == null) {
            entities.put(e.iri(), e);
            return e;
        }
        return known;
    }

    String slice(int begin, int end) {
        return text.substring(begin, end);
    }
}
