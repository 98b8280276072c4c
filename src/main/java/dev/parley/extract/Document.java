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

    /** The part-of-speech tag of token i of a sentence, tagging the sentence on first use. */
    String tag(Sentence s, int i) {
        String[] t = tags.computeIfAbsent(s.index(), k -> Nlp.tags(s));
        return i >= 0 && i < t.length ? t[i] : null;
    }

    LocalDate published() {
        return article.published();
    }

    /** The quotation whose marks enclose {@code offset}, or null. */
    Quote quoteAt(int offset) {
        for (Quote q : quotes) {
            if (q.contains(offset)) {
                return q;
            }
        }
        return null;
    }

    boolean inQuote(int offset) {
        return quoteAt(offset) != null;
    }

    /** The sentence that holds {@code offset}, or the nearest one before it. */
    Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        for (Sentence s : sentences) {
            if (s.begin() <= offset) {
                found = s;
            } else {
                break;
            }
        }
        return found;
    }

    /** Mentions within [begin, end), in text order. */
    List<Mention> mentionsIn(int begin, int end) {
        List<Mention> out = new ArrayList<>();
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
        for (Mention m : mentions) {
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
        for (Mention m : mentions) {
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
