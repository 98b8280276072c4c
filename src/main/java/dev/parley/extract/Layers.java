package dev.parley.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The layers made so far for one text, one of each type: what a {@link Stage} may read. Immutable; {@link #with}
 * returns a new set.
 */
final class Layers {
    private static final Layers EMPTY = new Layers(Map.of());

    private final Map<Class<? extends Layer>, Layer> byType;

    private Layers(Map<Class<? extends Layer>, Layer> byType) {
        this.byType = byType;
    }

    static Layers empty() {
        return EMPTY;
    }

    /** The layer of this type; a stage that asks for one no earlier stage made is a programming error. */
    <L extends Layer> L get(Class<L> type) {
        Layer l = byType.get(type);
        if (l == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " layer yet: a stage runs before the "
                    + "stage that makes it (see Pipeline)");
        }
        return type.cast(l);
    }

    /** These layers and one more, which must be of a type not yet present. */
    Layers with(Layer layer) {
        Objects.requireNonNull(layer, "layer");
        if (byType.containsKey(layer.getClass())) {
            throw new IllegalStateException("two " + layer.getClass().getSimpleName() + " layers");
        }
        Map<Class<? extends Layer>, Layer> m = new LinkedHashMap<>(byType);
        m.put(layer.getClass(), layer);
        return new Layers(Map.copyOf(m));
    }
}
