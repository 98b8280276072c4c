package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/** Finds agreements and events (filled in next). */
final class HappeningFinder {
    private final Document doc;

    HappeningFinder(Document doc, EntityRegistry registry, List<Statement> statements) {
        this.doc = doc;
    }

    List<Happening> run() {
        return new ArrayList<>();
    }
}
