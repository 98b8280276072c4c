package dev.parley.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.Query;

/**
 * A saved query: a {@code queries/NAME.rq} file read, parsed and checked.
 * <pre>
 *   SavedQuery q = SavedQueries.load(Path.of("queries")).get("quotes-by");
 *   q.parameters();   // [speaker: required, an absolute IRI]
 * </pre>
 *
 * @param name       the file's path under the queries folder, without {@code .rq} ({@code actors},
 *                   {@code sub/folder/x}); the name in URLs and on the command line
 * @param file       where it was read from
 * @param header     its {@code #+} metadata
 * @param query      the parsed query; never modified (each run works on a copy)
 * @param parameters its parameters, in the order they first appear in the query
 */
public record SavedQuery(String name, Path file, QueryHeader header, Query query, List<Parameter> parameters) {

    public SavedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(query, "query");
        parameters = List.copyOf(parameters);
    }

    /** The parameter a caller calls {@code name}, if any. */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** SELECT, CONSTRUCT, DESCRIBE or ASK. */
    public String form() {
        return switch (query.queryType()) {
            case SELECT -> "SELECT";
            case CONSTRUCT -> "CONSTRUCT";
            case DESCRIBE -> "DESCRIBE";
            case ASK -> "ASK";
            default -> query.queryType().name();
        };
    }

    /** The result columns of a SELECT (parameter variables excluded), else empty. */
    public List<String> columns() {
        if (!query.isSelectType()) {
            return List.of();
        }
        return query.getResultVars().stream()
                .filter(v -> parameters.stream().noneMatch(p -> p.variable().getVarName().equals(v)))
                .toList();
    }
}
