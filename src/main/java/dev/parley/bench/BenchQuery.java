package dev.parley.bench;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One query of the server benchmark's mix.
 *
 * @param name       the name it is reported under
 * @param text       the SPARQL text sent to the raw endpoints (values of required parameters bound by VALUES)
 * @param savedName  the name of the saved query ({@code queries/NAME.rq}) it comes from, or null
 * @param parameters the saved query's required parameter variables (without {@code ?}) and the IRI each is bound to
 */
public record BenchQuery(String name, String text, String savedName, Map<String, String> parameters) {
    public BenchQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
