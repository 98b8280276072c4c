package dev.parley.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a load did, article by article, with totals.
 *
 * @param outcomes one per record read (an article file, a line of a JSON Lines file, a page of a WARC file), and
 *                 one per pruned article
 * @param triples  triples written
 * @param time     wall time of the load
 */
public record LoadReport(List<Outcome> outcomes, long triples, Duration time) {
    public LoadReport {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(time, "time");
    }

    /** What happened to one article. */
    public enum Status { LOADED, REPLACED, UNCHANGED, FAILED, PRUNED }

    /**
     * One record's outcome.
     *
     * @param file     the file of the article (for a pruned article: the file it was loaded from)
     * @param position where in the file, for a file of many articles ({@code line=N}, {@code offset=N}); else null
     * @param article  the article's IRI, or null when the record could not even be read
     * @param status   what happened
     * @param message  why it failed or was skipped, in words for the user; null when loaded
     * @param triples  triples written for it
     */
    public record Outcome(Path file, String position, String article, Status status, String message, long triples) {
        public Outcome {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(status, "status");
        }

        /** The outcome of a whole-file article. */
        public Outcome(Path file, String article, Status status, String message, long triples) {
            this(file, null, article, status, message, triples);
        }

        /** Where the article is: the file, with {@code #line=N} or {@code #offset=N} when in a file of many. */
        public String where() {
            return position == null ? file.toString() : file + "#" + position;
        }
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Articles written (new or replaced). */
    public long written() {
        return count(Status.LOADED) + count(Status.REPLACED);
    }

    public boolean anyFailed() {
        return count(Status.FAILED) > 0;
    }

    /** Articles written per second of wall time. */
    public double articlesPerSecond() {
        double s = time.toNanos() / 1e9;
        return s <= 0 ? 0 : written() / s;
    }

    /** One line: loaded / replaced / unchanged / failed, triples, time, articles/s. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d loaded, %d replaced, %d unchanged, %d failed, %d pruned; %,d triples in %.2f s (%.0f articles/s)",
                count(Status.LOADED), count(Status.REPLACED), count(Status.UNCHANGED), count(Status.FAILED),
                count(Status.PRUNED), triples, time.toNanos() / 1e9, articlesPerSecond());
    }
}
