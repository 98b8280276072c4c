package dev.parley.extract;

import java.util.Objects;

/** Agreements, events and claims, with the parties, dates and statements that report them. */
record HappeningStage(EntityRegistry registry) implements Stage<Happenings> {
    HappeningStage {
        Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Happenings run(AnnotatedText text, Layers before) {
        Statements statements = before.get(Statements.class);
        EntityTable entities = new EntityTable(statements.entities());
        HappeningFinder finder = new HappeningFinder(text, before.get(Mentions.class), entities, registry,
                statements.all(), before.get(Dates.class));
        return new Happenings(finder.run(), finder.claims(), entities.snapshot());
    }
}
