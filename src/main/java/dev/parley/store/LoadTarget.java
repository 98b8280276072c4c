package dev.parley.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;

/**
 * Where a load writes: the local TDB2 store ({@link TdbTarget}) or a remote SPARQL 1.1 Graph Store. Each keeps the load records, with their checksums, beside the article graphs, so
 * that loading is idempotent wherever the graphs live.
 */
public interface LoadTarget extends AutoCloseable {
    /**
     * The record of one article's last load.
     *
     * @param article          the article's IRI (also its graph's name)
     * @param sourceFile       absolute path of the text file it came from
     * @param sha256           checksum of the text and metadata files
     * @param extractorVersion the version of the extractor that extracted it ({@code ExtractorVersion}, or parley's
     *                         release for the ontology and registry graphs and for earlier releases)
     * @param tripleCount      triples in its graph
     * @param loadedAt         when it was written
     */
    record Record(String article, String sourceFile, String sha256, String extractorVersion, long tripleCount,
            OffsetDateTime loadedAt) {
        public Record {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(sourceFile, "sourceFile");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(extractorVersion, "extractorVersion");
            Objects.requireNonNull(loadedAt, "loadedAt");
        }
    }

    /** One article graph to write, replacing any graph of the same name, with its new record. */
    record Write(String article, Graph graph, Record record) {
        public Write {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(record, "record");
        }
    }

    /** The load records, by article IRI. */
    Map<String, Record> records();

    /** The article's graph as stored, or empty when there is none. */
    java.util.Optional<Graph> graph(String article);

    /** Writes the articles and their records: all of them or, on any failure, none. */
    void write(List<Write> writes);

    /** Replaces records without touching their graphs (an article file that moved but did not change). */
    void putRecords(List<Record> records);

    /** Removes the articles' graphs and records. */
    void remove(List<String> articles);

    /**
     * Replaces a reference graph (the ontology, the registry) when its source checksum differs from the one
     * recorded; returns whether it did.
     */
    default boolean refreshReference(String graph, Graph content, String sha256, String sourceFile) {
        Record old = records().get(graph);
        if (old != null && old.sha256().equals(sha256)) {
            return false;
        }
        write(List.of(new Write(graph, content, new Record(graph, sourceFile, sha256, dev.parley.Version.get(),
                content.size(), OffsetDateTime.now(java.time.ZoneOffset.UTC)))));
        return true;
    }

    @Override
    default void close() {}
}
