package dev.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions layer: every stretch of text that refers to an entity, the entities so referred to, and what the
 * article says of them (titles, short forms it defines, affiliations, gender). Made by {@link MentionStage};
 * immutable once built.
 */
final class Mentions implements Layer {
    private final List<Mention> all;
    private final Map<String, Entity> entities;
    private final Map<String, Set<String>> titles;
    private final Map<String, Entity> affiliations;
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
    private final AnnotatedText text;

    private Mentions(AnnotatedText text, Builder b) {
        this.text = text;
        this.all = List.copyOf(b.mentions);
        this.entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.entities));
        Map<String, Set<String>> t = new HashMap<>();
        b.titles.forEach((k, v) -> t.put(k, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.titles = Map.copyOf(t);
        this.affiliations = Map.copyOf(b.affiliations);
        for (Mention m : all) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
    }

    /** All mentions, in text order. */
    List<Mention> all() {
        return all;
    }

    /** Entities the article refers to, by IRI, in order of first mention. */
    Map<String, Entity> entities() {
        return entities;
    }

    /** The actor a person acts for, where the article says so ("Russia’s Deputy Foreign Minister"), by IRI. */
    Map<String, Entity> affiliations() {
        return affiliations;
    }

    /** Titles the article gives an entity ("Former President"). */
    Set<String> titlesOf(Entity e) {
        return titles.getOrDefault(e.iri(), Set.of());
    }

    /** Mentions within [begin, end), in text order. */
    List<Mention> in(int begin, int end) {
        List<Mention> out = new ArrayList<>();
        if (text.sentences().isEmpty()) {
            return out;
        }
        int first = text.sentenceAt(begin).index();
        int last = text.sentenceAt(Math.max(begin, end - 1)).index();
        for (int i = first; i <= last; i++) {
            for (Mention m : bySentence.getOrDefault(i, List.of())) {
                if (m.begin() >= begin && m.end() <= end) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The mention that starts exactly at token {@code i} of sentence {@code s}, or null. */
    Mention startingAt(Sentence s, int i) {
        return startingAt(bySentence.getOrDefault(s.index(), List.of()), s, i);
    }

    /** The mention that covers token {@code i} of sentence {@code s}, or null. */
    Mention covering(Sentence s, int i) {
        return covering(bySentence.getOrDefault(s.index(), List.of()), s, i);
    }

    static Mention startingAt(List<Mention> candidates, Sentence s, int i) {
        if (i < 0 || i >= s.tokens().size()) {
            return null;
        }
        int begin = s.tokens().get(i).begin();
        for (Mention m : candidates) {
            if (m.begin() == begin) {
                return m;
            }
        }
        return null;
    }

    static Mention covering(List<Mention> candidates, Sentence s, int i) {
        if (i < 0 || i >= s.tokens().size()) {
            return null;
        }
        Token t = s.tokens().get(i);
        for (Mention m : candidates) {
            if (m.begin() <= t.begin() && t.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The layer while {@link MentionStage} builds it: mutable, not indexed. */
    static final class Builder {
        final List<Mention> mentions = new ArrayList<>();
        /** Entities the article refers to, by IRI, in order of first mention. */
        final Map<String, Entity> entities = new LinkedHashMap<>();
        /** Titles the article gives an entity ("Former President"), by IRI. */
        final Map<String, Set<String>> titles = new HashMap<>();
        /** Short forms the article itself defines ("the Orvesh Liberation Front (OLF)"), to their entity. */
        final Map<String, Entity> aliases = new HashMap<>();
        /** The actor a person acts for, where the article says so, by IRI. */
        final Map<String, Entity> affiliations = new HashMap<>();
        /** 'm' or 'f' where the article shows it (pronouns, gendered titles), by IRI. */
        final Map<String, Character> genders = new HashMap<>();

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

        /** Mentions within [begin, end), in the order found. */
        List<Mention> in(int begin, int end) {
            List<Mention> out = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.begin() >= begin && m.end() <= end) {
                    out.add(m);
                }
            }
            return out;
        }

        Mention startingAt(Sentence s, int i) {
            return Mentions.startingAt(mentions, s, i);
        }

        Mentions build(AnnotatedText text) {
            return new Mentions(text, this);
        }
    }
}
