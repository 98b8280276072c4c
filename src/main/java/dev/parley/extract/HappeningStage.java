package dev.parley.extract;

import java.util.Objects;

/** Agreements, events and claims, with the parties, dates and statements that report them. */
record HappeningStage(EntityRegistry registry, HappeningWords words) implements Stage<Happenings> {
    HappeningStage {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(words, "words");
    }

    @Override
    public Happenings run(AnnotatedText text, Layers before) {
        Statements statements = before.get(Statements.class);
        EntityTable entities = new EntityTable(statements.entities());
        HappeningFinder finder = new HappeningFinder(words, text, before.get(Mentions.class), entities, registry,
                statements.all());
        return new Happenings(finder.run(), finder.claims(), entities.snapshot());
    }
}
