package dev.parley.extract;

import java.util.List;
import java.util.Objects;

/**
 * Names, titles, descriptions, pronouns and role nouns, and the entities they refer to. First each sentence is
 * read from left to right, and at each token the first of these rules that finds a mention takes it:
 * <ol>
 * <li>{@link RegisteredNames}: a name, alias or demonym the registry knows (longest match first);</li>
 * <li>{@link TitledNames}: a name after title words ("Deputy Foreign Minister Lars Egede");</li>
 * <li>{@link CapitalisedNames}: a run of capitalised words, typed from its words and context (not in the
 *     headline);</li>
 * <li>{@link Descriptions}: pronouns, role nouns ("the envoy"), unnamed sources ("a senior official").</li>
 * </ol>
 * Then, over the whole article: {@link ShortNames} (a surname met before the full name), {@link MintedTypes}
 * (state, city or place from all uses), {@link AppositiveTitles}, and {@link References} (pronouns and role
 * nouns to whom they refer).
 */
record MentionStage(EntityRegistry registry, MentionWords words) implements Stage<Mentions> {
    MentionStage {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(words, "words");
    }

    MentionStage(EntityRegistry registry) {
        this(registry, new MentionWords(Lexicon.get()));
    }

    /**
     * In a headline, every word is capitalised, so names the registry does not know are looked for only in its
     * speaker's place: before a colon within [thresholds] colon-speaker-tokens ("Mira Holt: Talks Will Resume")
     * or before a word of [headline-speaker-cues] or a verb of saying ("Mira Holt Says …", "Holt says …"). The
     * token index where that place ends, 0 when the headline has none.
     */
    private int headlineSpeakerEnd(List<Token> toks) {
        for (int k = 1; k < toks.size() && k <= words.limits.colonSpeakerTokens(); k++) {
            String w = toks.get(k).text();
            if (w.equals(":") || words.headlineSpeakerCues.contains(w) || words.sayingForms.contains(w)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * A name the registry does not know, found in the headline's speaker place, stays only when the article's
     * body mentions the same actor ("Holt: …" and "Mira Holt said"); "The Latest:" or "BOOM:" names nobody.
     */
    private static void dropHeadlineOnly(MentionDraft d, List<Mention> headlineNames) {
        if (headlineNames.isEmpty()) {
            return;
        }
        java.util.Set<Entity> inBody = new java.util.HashSet<>();
        for (Mention m : d.out.mentions) {
            if (m.entity() != null && d.text.sentences().get(m.sentence()).paragraph() > 0) {
                inBody.add(m.entity());
            }
        }
        for (Mention h : headlineNames) {
            // A mention of the same span stands for it once relinked to a person of the body ("Holt" -> Mira Holt).
            Mention now = d.out.mentions.stream().filter(m -> m.begin() == h.begin() && m.end() == h.end())
                    .findFirst().orElse(null);
            if (now != null && (now.entity() == null || !inBody.contains(now.entity()))) {
                d.out.mentions.remove(now);
                if (now.entity() != null && d.out.mentions.stream().noneMatch(o -> o.entity() == now.entity())) {
                    d.out.entities.remove(now.entity().iri());
                }
            }
        }
    }

    @Override
    public Mentions run(AnnotatedText text, Layers before) {
        MentionDraft d = new MentionDraft(text, registry, words);
        List<Mention> headlineNames = new java.util.ArrayList<>();
        NameRuns names = new NameRuns(words, registry);
        TitledNames titled = new TitledNames(d, names);
        RegisteredNames registered = new RegisteredNames(d, names, titled);
        CapitalisedNames capitalised = new CapitalisedNames(d, names, titled, new Demonyms(d));
        Descriptions described = new Descriptions(d);
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            int speakerEnd = s.paragraph() == 0 ? headlineSpeakerEnd(toks) : toks.size();
            int i = 0;
            while (i < toks.size()) {
                Token t = toks.get(i);
                if (t.text().length() == 1 && Nlp.isQuoteMark(t.text().charAt(0))) {
                    i++;
                    continue;
                }
                int next = registered.at(s, i);
                if (next < 0) {
                    next = titled.at(s, i);
                }
                if (next < 0 && i < speakerEnd) {
                    int found = d.out.mentions.size();
                    next = capitalised.at(s, i);
                    if (s.paragraph() == 0) {
                        headlineNames.addAll(d.out.mentions.subList(found, d.out.mentions.size()));
                    }
                }
                if (next > i) {
                    Mention named = d.lastMentionEndingAt(toks.get(next - 1).end());
                    int role = named != null && named.entity() != null && !Types.isPerson(named.entity().type())
                            ? described.roleAfterModifier(s, i, next) : -1;
                    next = Math.max(next, role);
                }
                if (next < 0) {
                    next = described.at(s, i);
                }
                i = next < 0 ? i + 1 : next;
            }
        }
        d.out.mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        PartyTags.attach(d);
        ShortNames.relink(d);
        dropHeadlineOnly(d, headlineNames);
        MintedTypes.retype(d);
        AppositiveTitles.record(d);
        new References(d).resolve();
        return d.out.build(text);
    }
}
