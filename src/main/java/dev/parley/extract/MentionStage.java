package dev.parley.extract;

import java.util.Objects;

/** Names, titles, descriptions, pronouns and role nouns, and the entities they refer to. */
record MentionStage(EntityRegistry registry) implements Stage<Mentions> {
    MentionStage {
        Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Mentions run(AnnotatedText text, Layers before) {
        return new MentionFinder(text, registry).run();
    }
}
