package dev.parley.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a saved query's results come in, each with its file suffix and media type. Table formats serve
 * SELECT and ASK results; graph formats serve CONSTRUCT and DESCRIBE; HTML serves both.
 */
public enum ResultFormat {
    JSON("json", "application/sparql-results+json", Shape.TABLE),
    XML("xml", "application/sparql-results+xml", Shape.TABLE),
    CSV("csv", "text/csv", Shape.TABLE),
    TSV("tsv", "text/tab-separated-values", Shape.TABLE),
    MARKDOWN("md", "text/markdown", Shape.TABLE),
    TEXT("txt", "text/plain", Shape.TABLE),
    HTML("html", "text/html", Shape.BOTH),
    TURTLE("ttl", "text/turtle", Shape.GRAPH),
    JSONLD("jsonld", "application/ld+json", Shape.GRAPH),
    NTRIPLES("nt", "application/n-triples", Shape.GRAPH),
    RDFXML("rdf", "application/rdf+xml", Shape.GRAPH);

    /** Which results a format can carry. */
    public enum Shape { TABLE, GRAPH, BOTH }

    private final String suffix;
    private final String mediaType;
    private final Shape shape;

    ResultFormat(String suffix, String mediaType, Shape shape) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.shape = shape;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether this format can carry the results of a query of this form (SELECT, ASK, CONSTRUCT, DESCRIBE). */
    public boolean carries(String form) {
        boolean graph = form.equals("CONSTRUCT") || form.equals("DESCRIBE");
        return shape == Shape.BOTH || (graph ? shape == Shape.GRAPH : shape == Shape.TABLE);
    }

    /** The format with this suffix ({@code csv}, {@code ttl}, ...), if any. */
    public static Optional<ResultFormat> bySuffix(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.suffix.equals(s)).findFirst();
    }

    /** The formats that can carry results of the given query form, the default first. */
    public static List<ResultFormat> forForm(String form) {
        return Arrays.stream(values()).filter(f -> f.carries(form)).toList();
    }
}
