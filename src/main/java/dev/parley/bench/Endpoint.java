package dev.parley.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where {@link ServerBenchmark} sends a query: parley's raw SPARQL endpoint, the same query text on Fuseki's, or
 * parley's saved-query endpoints (which take the query's name and its parameters, not its text).
 * <pre>
 *   URI u = Endpoint.PARLEY_SAVED_JSON.uri("http://127.0.0.1:3030", query);   // .../queries/actors.json
 * </pre>
 * All the paths the benchmark requests are here, the saved-query ones included.
 */
public enum Endpoint {
    /** parley's SPARQL 1.1 Protocol endpoint, the query text in {@code ?query=}. */
    PARLEY_SPARQL("parley", "/sparql"),
    /** Fuseki's query endpoint of the dataset {@code /ds}, the same query text. */
    FUSEKI_QUERY("fuseki", "/ds/query"),
    /** parley's saved query by name: {@code /queries/NAME?param=value}. */
    PARLEY_SAVED("parley", "/queries/NAME"),
    /** parley's saved query by name, as SPARQL JSON results: {@code /queries/NAME.json?param=value}. */
    PARLEY_SAVED_JSON("parley", "/queries/NAME.json");

    /** The list of saved queries; a 404 here means parley has no saved-query endpoints. */
    public static final String SAVED_QUERY_LIST = "/queries";

    private final String server;
    private final String path;

    Endpoint(String server, String path) {
        this.server = server;
        this.path = path;
    }

    /** "parley" or "fuseki". */
    public String server() {
        return server;
    }

    /** The path, with {@code NAME} standing for a saved query's name. */
    public String path() {
        return path;
    }

    /** Whether this endpoint runs a saved query by name rather than query text. */
    public boolean saved() {
        return path.contains("NAME");
    }

    /** "parley /sparql", "fuseki /ds/query", "parley /queries/NAME.json". */
    public String label() {
        return server + " " + path;
    }

    /** The request for a query on a server at {@code base} ({@code http://127.0.0.1:PORT}). */
    public URI uri(String base, BenchQuery query) {
        if (!saved()) {
            return URI.create(base + path + "?query=" + encode(query.text()));
        }
        if (query.savedName() == null) {
            throw new IllegalArgumentException(query.name() + " is not a saved query");
        }
        StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Map.Entry<String, String> e : query.parameters().entrySet()) {
            params.add(encode(parameterName(e.getKey())) + "=" + encode(e.getValue()));
        }
        return URI.create(base + path.replace("NAME", encode(query.savedName())) + params);
    }

    /**
     * The request parameter for a query variable, as grlc names it: without the leading underscores that mark it
     * a parameter and without a type suffix ({@code ?_speaker_iri} is {@code speaker}).
     */
    static String parameterName(String variable) {
        return variable.replaceFirst("^_+", "").replaceFirst("_(iri|xsd_\\w+|integer|number|literal)$", "");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
