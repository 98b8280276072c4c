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

    @Override
    public Mentions run(AnnotatedText text, Layers before) {
        MentionDraft d = new MentionDraft(text, registry, words);
        NameRuns names = new NameRuns(words, registry);
        TitledNames titled = new TitledNames(d, names);
        RegisteredNames registered = new RegisteredNames(d, names, titled);
        CapitalisedNames capitalised = new CapitalisedNames(d, names, titled, new Demonyms(d));
        Descriptions described = new Descriptions(d);
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            boolean headline = s.paragraph() == 0;
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
                if (next < 0 && !headline) {
                    next = capitalised.at(s, i);
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
        MintedTypes.retype(d);
        AppositiveTitles.record(d);
        new References(d).resolve();
        return d.out.build(text);
    }
}
