package dev.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

import dev.parley.ParleyException;
import dev.parley.ParleyException.BadInputException;
import dev.parley.extract.ArticleReader;
import dev.parley.extract.Extractor;
import dev.parley.input.InputFormat;
import dev.parley.input.InputOptions;
import dev.parley.input.InputRecords;
import dev.parley.input.JsonFields;
import dev.parley.input.Locator;
import dev.parley.input.RecordReader;
import dev.parley.input.SourceRecord;
import dev.parley.model.Article;
import dev.parley.model.DataContract;

/**
 * Loads articles into a store: reads the records of the input files ({@code .txt}, JSON Lines, HTML, WARC:
 * {@link InputFormat}) as a stream, extracts each article (in parallel), validates its graph against the data
 * contract, and writes it as the article's named graph together with a load record, in write transactions of a
 * batch of articles each: all or nothing, so a crash leaves every article fully loaded or absent. At most two
 * batches of articles are in memory at once, however large a file.
 * <pre>
 *   LoadReport report = Loader.create(target, extractor, contract).force(false).build().load(List.of(dir));
 * </pre>
 * Idempotent: an article whose record (for a {@code .txt} article: its text and metadata files) has the checksum
 * recorded at its last load, by the same {@linkplain dev.parley.extract.ExtractorVersion extractor version}, is
 * skipped; a changed one replaces its graph. An article whose record is the same but whose extractor changed (its
 * rules, word lists, registry or models) is extracted again: its graph is replaced if it differs, else only its
 * record is brought up to date. A record that cannot be read, extracted or validated is reported with its file and
 * place ({@link Locator}) and its reason and loads nothing, while the other records load.
 */
public final class Loader {
    /** Reports progress while a load runs; called from the loading thread. */
    public interface Progress {
        /**
         * {@code done} of {@code total} articles handled so far; {@code total} is -1 when it is not known in
         * advance (a JSON Lines or WARC file among the inputs), else the number of article files.
         */
        default void update(long done, long total) {}

        /** The load is over. */
        default void finish() {}
    }

    private final LoadTarget target;
    private final Extractor extractor;
    private final DataContract contract;
    private final boolean force;
    private final boolean failFast;
    private final long maxBytes;
    private final int threads;
    private final int batchSize;
    private final Progress progress;
    private final InputOptions options;
    /** The extractor's version as load records keep it. */
    private final String version;

    private Loader(Builder b) {
        this.target = b.target;
        this.extractor = b.extractor;
        this.contract = b.contract;
        this.force = b.force;
        this.failFast = b.failFast;
        this.maxBytes = b.maxBytes;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.progress = b.progress;
        this.options = new InputOptions(b.maxBytes, b.fields);
        this.version = b.extractor.version().toString();
    }

    public static Builder create(LoadTarget target, Extractor extractor, DataContract contract) {
        return new Builder(target, extractor, contract);
    }

    /** Builder for {@link Loader}; every setter checks its argument. */
    public static final class Builder {
        private final LoadTarget target;
        private final Extractor extractor;
        private final DataContract contract;
        private boolean force;
        private boolean failFast;
        private long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = 100;
        private Progress progress = new Progress() {};
        private JsonFields fields = JsonFields.defaults();

        private Builder(LoadTarget target, Extractor extractor, DataContract contract) {
            this.target = Objects.requireNonNull(target, "target");
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            this.contract = Objects.requireNonNull(contract, "contract");
        }

        /** Reload articles even when their checksums match. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /** Stop at the first failing record (articles already written stay written). */
        public Builder failFast(boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Which JSON fields hold an article's parts in JSON Lines files (default: {@link JsonFields#defaults}). */
        public Builder fields(JsonFields fields) {
            this.fields = Objects.requireNonNull(fields, "fields");
            return this;
        }

        /** Articles per write transaction. */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public Loader build() {
            return new Loader(this);
        }
    }

    /** An article ready to write, or the reason it cannot be. */
    private record Prepared(Locator where, String article, String sha256, Graph graph, LoadReport.Outcome failure,
            boolean unchanged, boolean replaces, LoadTarget.Record moved, String note) {}

    /** The first record of this load to give an article IRI. */
    private record Claim(Locator where, String sha256) {}

    /**
     * Loads every article of the files named, directly or inside the folders named (recursively: every file of an
     * {@linkplain InputFormat input format}). A path that does not exist, or a folder with no articles, is a
     * {@link BadInputException} before anything is written.
     */
    public LoadReport load(List<Path> paths) {
        long start = System.nanoTime();
        List<Path> files = articleFiles(paths);
        claimed.clear();
        Map<String, LoadTarget.Record> records = target.records();
        boolean counted = files.stream().allMatch(f -> InputFormat.of(f).singleRecord());
        long total = counted ? files.size() : -1;
        List<LoadReport.Outcome> outcomes = new ArrayList<>();
        long triples = 0;
        long done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-extract");
            t.setDaemon(true);
            return t;
        });
        try (InputRecords input = new InputRecords(files, options)) {
            List<Future<Prepared>> pending = submit(pool, input, records);
            while (!pending.isEmpty()) {
                List<Future<Prepared>> current = pending;
                // Read and extract the next batch while this one is written.
                pending = submit(pool, input, records);
                List<Prepared> batch = new ArrayList<>();
                boolean stop = false;
                for (Future<Prepared> f : current) {
                    Prepared p = get(f);
                    if (p.failure() != null) {
                        outcomes.add(p.failure());
                        stop = failFast;
                    } else if (p.unchanged()) {
                        if (p.moved() != null) {
                            // Same article from a new place: remember the new place, so prune keeps it.
                            target.putRecords(List.of(p.moved()));
                        }
                        outcomes.add(outcome(p, LoadReport.Status.UNCHANGED, p.note() != null ? p.note()
                                : p.moved() != null ? "unchanged (same checksum); now loaded from this file"
                                : "unchanged since its last load (same checksum)", 0));
                    } else {
                        batch.add(p);
                    }
                    if (stop) {
                        break;
                    }
                }
                if (!batch.isEmpty()) {
                    List<LoadTarget.Write> writes = new ArrayList<>();
                    for (Prepared p : batch) {
                        writes.add(new LoadTarget.Write(p.article(), p.graph(), record(p)));
                    }
                    target.write(writes);
                    for (Prepared p : batch) {
                        triples += p.graph().size();
                        outcomes.add(outcome(p, p.replaces() ? LoadReport.Status.REPLACED : LoadReport.Status.LOADED,
                                p.note(), p.graph().size()));
                    }
                }
                done += current.size();
                progress.update(total < 0 ? done : Math.min(done, total), total);
                if (stop) {
                    pending.forEach(f -> f.cancel(true));
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new LoadReport(outcomes, triples, Duration.ofNanos(System.nanoTime() - start));
    }

    private static LoadReport.Outcome outcome(Prepared p, LoadReport.Status status, String message, long triples) {
        return new LoadReport.Outcome(p.where().file(), p.where().position(), p.article(), status, message, triples);
    }

    /**
     * Puts the ontology and the entity registry in their named graphs when their files have changed since they
     * were last put there; returns how many it replaced.
     */
    public int refreshReferences(Path ontology, Path registry) {
        int n = 0;
        if (target.refreshReference(ArticleStore.ONTOLOGY_GRAPH, parse(ontology), fileChecksum(ontology),
                ontology.toAbsolutePath().normalize().toString())) {
            n++;
        }
        if (target.refreshReference(ArticleStore.REGISTRY_GRAPH, parse(registry), fileChecksum(registry),
                registry.toAbsolutePath().normalize().toString())) {
            n++;
        }
        return n;
    }

    /**
     * The source files of the loaded articles that another extractor version extracted and that still exist,
     * sorted, each once: what a {@link #load} must see to bring the store up to date with this extractor.
     */
    public List<Path> stale() {
        return target.records().values().stream()
                .filter(r -> !isReference(r) && !r.extractorVersion().equals(version))
                .map(r -> Locator.parse(r.sourceFile()).file()).filter(Files::isRegularFile).distinct().sorted()
                .toList();
    }

    private static boolean isReference(LoadTarget.Record r) {
        return r.article().equals(ArticleStore.ONTOLOGY_GRAPH) || r.article().equals(ArticleStore.REGISTRY_GRAPH);
    }

    /**
     * Removes the articles whose sources are gone, with their load records, and reports each as pruned: those
     * whose file is gone, and those whose file (other than a {@code .txt} article, named by its file) no longer
     * yields them when read again. A record that is still there but no longer readable keeps its article, as an
     * unreadable {@code .txt} file does.
     */
    public LoadReport prune() {
        long start = System.nanoTime();
        List<LoadReport.Outcome> outcomes = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        Map<Path, List<LoadTarget.Record>> byFile = new LinkedHashMap<>();
        for (LoadTarget.Record r : target.records().values()) {
            if (!isReference(r)) {
                byFile.computeIfAbsent(Locator.parse(r.sourceFile()).file(), f -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<Path, List<LoadTarget.Record>> e : byFile.entrySet()) {
            Path file = e.getKey();
            boolean exists = Files.exists(file);
            Yield yield = !exists || InputFormat.of(file) == InputFormat.TEXT ? null : reread(file);
            for (LoadTarget.Record r : e.getValue()) {
                String why = !exists ? "source file is gone"
                        : yield != null && !yield.articles().contains(r.article())
                                && !yield.unreadable().contains(r.sourceFile())
                        ? "its record is no longer in " + file : null;
                if (why != null) {
                    gone.add(r.article());
                    Locator where = Locator.parse(r.sourceFile());
                    outcomes.add(new LoadReport.Outcome(where.file(), where.position(), r.article(),
                            LoadReport.Status.PRUNED, why, 0));
                }
            }
        }
        if (!gone.isEmpty()) {
            target.remove(gone);
        }
        return new LoadReport(outcomes, 0, Duration.ofNanos(System.nanoTime() - start));
    }

    /** What a file yields when read again: the IRIs of its articles, and the places of its unreadable records. */
    private record Yield(Set<String> articles, Set<String> unreadable) {}

    private Yield reread(Path file) {
        Set<String> articles = new HashSet<>();
        Set<String> unreadable = new HashSet<>();
        try (RecordReader reader = RecordReader.open(file, options)) {
            for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
                switch (r) {
                    case SourceRecord.Read read -> articles.add(read.article().iri());
                    case SourceRecord.Unreadable bad -> unreadable.add(bad.locator().toString());
                }
            }
        }
        return new Yield(articles, unreadable);
    }

    private final Map<String, Claim> claimed = new HashMap<>();

    /**
     * Reads the next batch of records and hands each to the pool to be prepared; an empty list when the input is
     * done. Reading is here, in order, so that two records of one article are told apart before either is written.
     */
    private List<Future<Prepared>> submit(ExecutorService pool, InputRecords input,
            Map<String, LoadTarget.Record> records) {
        List<Future<Prepared>> futures = new ArrayList<>();
        while (futures.size() < batchSize) {
            SourceRecord r = input.next();
            if (r == null) {
                break;
            }
            switch (r) {
                case SourceRecord.Unreadable bad ->
                    futures.add(CompletableFuture.completedFuture(failed(bad.locator(), null, bad.reason())));
                case SourceRecord.Read read -> futures.add(claim(read, pool, records));
            }
        }
        return futures;
    }

    /**
     * The first record of an article in this load is prepared; another with the same content is a duplicate
     * (unchanged), and one with other content fails, rather than overwrite the first: two files whose names give
     * the same IRI ("Talks Resume.txt", "talks-resume.txt"), or two records of one URL.
     */
    private Future<Prepared> claim(SourceRecord.Read read, ExecutorService pool,
            Map<String, LoadTarget.Record> records) {
        String iri = read.article().iri();
        Claim first = claimed.putIfAbsent(iri, new Claim(read.locator(), read.sha256()));
        if (first != null && !first.where().equals(read.locator())) {
            Prepared p = first.sha256().equals(read.sha256())
                    ? new Prepared(read.locator(), iri, read.sha256(), null, null, true, false, null,
                            "a duplicate of " + first.where() + " (same article, same content): skipped")
                    : failed(read.locator(), iri, "same article IRI <" + iri + "> as " + first.where()
                            + "; rename one");
            return CompletableFuture.completedFuture(p);
        }
        return pool.submit(() -> prepare(read, records));
    }

    private static Prepared get(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException("Load interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new ParleyException("Load failed: " + cause, cause);
        }
    }

    /** Checks and extracts one article; never throws for a fault of the article itself. */
    private Prepared prepare(SourceRecord.Read read, Map<String, LoadTarget.Record> records) {
        Locator where = read.locator();
        Article a = read.article();
        String article = a.iri();
        try {
            String sha = read.sha256();
            LoadTarget.Record old = records.get(article);
            String here = where.toString();
            boolean sameFiles = old != null && !force && old.sha256().equals(sha);
            if (sameFiles && old.extractorVersion().equals(version)) {
                LoadTarget.Record moved = old.sourceFile().equals(here) ? null : new LoadTarget.Record(article, here,
                        old.sha256(), old.extractorVersion(), old.tripleCount(), old.loadedAt());
                return new Prepared(where, article, sha, null, null, true, true, moved, null);
            }
            Path oldFile = old == null ? null : Locator.parse(old.sourceFile()).file();
            if (old != null && !oldFile.equals(where.file()) && Files.exists(oldFile)) {
                return failed(where, article, "another file, " + old.sourceFile() + ", already loads article <"
                        + article + ">; rename one of them");
            }
            Graph graph = extractor.extract(a);
            DataContract.Result result = contract.validateForLoad(graph);
            if (!result.conforms()) {
                StringBuilder sb = new StringBuilder("its graph breaks the data contract (")
                        .append(result.violations().size()).append(" violation(s)): ");
                result.violations().stream().limit(3).forEach(v -> sb.append("\n    ").append(v));
                return failed(where, article, sb.toString());
            }
            if (sameFiles) {
                return reextracted(where, article, sha, graph, old, here);
            }
            return new Prepared(where, article, sha, graph, null, false, old != null, null, null);
        } catch (BadInputException e) {
            return failed(where, article, e.getMessage());
        } catch (RuntimeException e) {
            // An extractor fault on this article must not stop the others; say what it was.
            return failed(where, article, "extraction failed: " + e);
        }
    }

    /**
     * An article whose files are as last loaded but whose extractor is not: its new graph replaces the stored one,
     * or, when the two are the same graph, only its record takes the new version. Either way the outcome says why.
     */
    private Prepared reextracted(Locator file, String article, String sha, Graph graph, LoadTarget.Record old,
            String here) {
        String why = extractor.version().changes(old.extractorVersion());
        java.util.Optional<Graph> stored = target.graph(article);
        if (stored.isPresent() && stored.get().isIsomorphicWith(graph)) {
            LoadTarget.Record updated = new LoadTarget.Record(article, here, sha, version, old.tripleCount(),
                    old.loadedAt());
            return new Prepared(file, article, sha, null, null, true, true, updated,
                    "unchanged: " + why + ", but its graph is the same (record updated)");
        }
        return new Prepared(file, article, sha, graph, null, false, true, null, "re-extracted: " + why);
    }

    private static Prepared failed(Locator where, String article, String message) {
        return new Prepared(where, article, null, null, new LoadReport.Outcome(where.file(), where.position(),
                article, LoadReport.Status.FAILED, message, 0), false, false, null, null);
    }

    private LoadTarget.Record record(Prepared p) {
        return new LoadTarget.Record(p.article(), p.where().toString(), p.sha256(), version, p.graph().size(),
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * The input files under the given paths, sorted (in a folder: those of an {@linkplain InputFormat input
     * format}; named: any); a missing path or a folder without any is bad input.
     */
    public static List<Path> articleFiles(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new BadInputException("Name at least one article file or folder to load");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> found = walk.filter(f -> Files.isRegularFile(f) && InputFormat.find(f).isPresent())
                            .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
                    if (found.isEmpty()) {
                        throw new BadInputException("No articles (" + InputFormat.patterns() + ") in folder " + p);
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    throw new BadInputException("Cannot read folder " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p.toAbsolutePath().normalize());
            } else {
                throw new BadInputException("No such file or folder: " + p);
            }
        }
        return files.stream().distinct().toList();
    }

    /** SHA-256 of the article's text file and, when present, its metadata file. */
    static String checksum(Path txt) {
        return dev.parley.input.TextFileReader.checksum(txt);
    }

    /** SHA-256 of one file (the ontology, the registry). */
    static String fileChecksum(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ParleyException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new ParleyException("SHA-256 is not available", e);
        }
    }

    /** Parses an RDF file for a reference graph, with its name in any error. */
    static Graph parse(Path file) {
        try {
            return RDFParser.source(file).toGraph();
        } catch (RiotException e) {
            throw new ParleyException("Cannot parse " + file + ": " + e.getMessage(), e);
        }
    }
}
