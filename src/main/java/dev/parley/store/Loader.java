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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import dev.parley.model.Article;
import dev.parley.model.DataContract;

/**
 * Loads article files into a store: extracts each article (in parallel), validates its graph against the data
 * contract, and writes it as the article's named graph together with a load record, in write transactions of a
 * batch of articles each: all or nothing, so a crash leaves every article fully loaded or absent.
 * <pre>
 *   LoadReport report = Loader.create(target, extractor, contract).force(false).build().load(List.of(dir));
 * </pre>
 * Idempotent: an article whose files (text and metadata) have the checksum recorded at its last load, by the
 * same {@linkplain dev.parley.extract.ExtractorVersion extractor version}, is skipped; a changed one replaces its
 * graph. An article whose files are the same but whose extractor changed (its rules, word lists, registry or
 * models) is extracted again: its graph is replaced if it differs, else only its record is brought up to date. A file that cannot be read, extracted or
 * validated is reported with its reason and loads nothing, while the other files load.
 */
public final class Loader {
    /** Reports progress while a load runs; called from the loading thread. */
    public interface Progress {
        /** {@code done} of {@code total} article files handled so far. */
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

        /** Stop at the first failing file (files already written stay written). */
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
    private record Prepared(Path file, String article, String sha256, Graph graph, LoadReport.Outcome failure,
            boolean unchanged, boolean replaces, LoadTarget.Record moved, String note) {}

    /**
     * Loads every article file named, directly or inside the folders named (recursively: every {@code *.txt}).
     * A path that does not exist, or a folder with no articles, is a {@link BadInputException} before anything
     * is written.
     */
    public LoadReport load(List<Path> paths) {
        long start = System.nanoTime();
        List<Path> files = articleFiles(paths);
        claimed.clear();
        Map<String, LoadTarget.Record> records = target.records();
        List<LoadReport.Outcome> outcomes = new ArrayList<>();
        long triples = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Prepared>> pending = submit(pool, files, 0, records);
            for (int from = 0; from < files.size(); from += batchSize) {
                List<Future<Prepared>> current = pending;
                int next = from + batchSize;
                // Extract the next batch while this one is written.
                pending = next < files.size() ? submit(pool, files, next, records) : List.of();
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
                        outcomes.add(new LoadReport.Outcome(p.file(), p.article(), LoadReport.Status.UNCHANGED,
                                p.note() != null ? p.note()
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
                        outcomes.add(new LoadReport.Outcome(p.file(), p.article(), p.replaces()
                                ? LoadReport.Status.REPLACED : LoadReport.Status.LOADED, p.note(), p.graph().size()));
                    }
                }
                progress.update(Math.min(files.size(), from + batchSize), files.size());
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
     * sorted: what a {@link #load} must see to bring the store up to date with this extractor.
     */
    public List<Path> stale() {
        return target.records().values().stream()
                .filter(r -> !isReference(r) && !r.extractorVersion().equals(version))
                .map(r -> Path.of(r.sourceFile())).filter(Files::isRegularFile).sorted().toList();
    }

    private static boolean isReference(LoadTarget.Record r) {
        return r.article().equals(ArticleStore.ONTOLOGY_GRAPH) || r.article().equals(ArticleStore.REGISTRY_GRAPH);
    }

    /**
     * Removes the articles whose source files are gone, with their load records; reports each as pruned.
     */
    public LoadReport prune() {
        long start = System.nanoTime();
        List<LoadReport.Outcome> outcomes = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (LoadTarget.Record r : target.records().values()) {
            if (!isReference(r) && !Files.exists(Path.of(r.sourceFile()))) {
                gone.add(r.article());
                outcomes.add(new LoadReport.Outcome(Path.of(r.sourceFile()), r.article(), LoadReport.Status.PRUNED,
                        "source file is gone", 0));
            }
        }
        if (!gone.isEmpty()) {
            target.remove(gone);
        }
        return new LoadReport(outcomes, 0, Duration.ofNanos(System.nanoTime() - start));
    }

    private final Map<String, Path> claimed = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Future<Prepared>> submit(ExecutorService pool, List<Path> files, int from,
            Map<String, LoadTarget.Record> records) {
        List<Future<Prepared>> futures = new ArrayList<>();
        for (int i = from; i < Math.min(files.size(), from + batchSize); i++) {
            Path file = files.get(i);
            // Two files whose names give the same article IRI ("Talks Resume.txt", "talks-resume.txt"): the
            // first one loads, the others fail, rather than overwrite each other.
            String name = file.getFileName().toString();
            String iri = ArticleReader.iriFor(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name);
            Path first = claimed.putIfAbsent(iri, file);
            if (first != null && !first.equals(file)) {
                Prepared dup = failed(file, iri, "same article IRI <" + iri + "> as " + first + "; rename one");
                futures.add(java.util.concurrent.CompletableFuture.completedFuture(dup));
                continue;
            }
            futures.add(pool.submit(() -> prepare(file, records)));
        }
        return futures;
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

    /** Reads, checks and extracts one file; never throws for a fault of the file itself. */
    private Prepared prepare(Path file, Map<String, LoadTarget.Record> records) {
        String article = null;
        try {
            Article a = ArticleReader.read(file, maxBytes);
            article = a.iri();
            String sha = checksum(file);
            LoadTarget.Record old = records.get(article);
            String here = file.toAbsolutePath().normalize().toString();
            boolean sameFiles = old != null && !force && old.sha256().equals(sha);
            if (sameFiles && old.extractorVersion().equals(version)) {
                LoadTarget.Record moved = old.sourceFile().equals(here) ? null : new LoadTarget.Record(article, here,
                        old.sha256(), old.extractorVersion(), old.tripleCount(), old.loadedAt());
                return new Prepared(file, article, sha, null, null, true, true, moved, null);
            }
            if (old != null && !Path.of(old.sourceFile()).equals(file.toAbsolutePath().normalize())
                    && Files.exists(Path.of(old.sourceFile()))) {
                return failed(file, article, "another file, " + old.sourceFile() + ", already loads article <"
                        + article + ">; rename one of them");
            }
            Graph graph = extractor.extract(a);
            DataContract.Result result = contract.validateForLoad(graph);
            if (!result.conforms()) {
                StringBuilder sb = new StringBuilder("its graph breaks the data contract (")
                        .append(result.violations().size()).append(" violation(s)): ");
                result.violations().stream().limit(3).forEach(v -> sb.append("\n    ").append(v));
                return failed(file, article, sb.toString());
            }
            if (sameFiles) {
                return reextracted(file, article, sha, graph, old, here);
            }
            return new Prepared(file, article, sha, graph, null, false, old != null, null, null);
        } catch (BadInputException e) {
            return failed(file, article, e.getMessage());
        } catch (RuntimeException e) {
            // An extractor fault on this file must not stop the others; say what it was.
            return failed(file, article, "extraction failed: " + e);
        }
    }

    /**
     * An article whose files are as last loaded but whose extractor is not: its new graph replaces the stored one,
     * or, when the two are the same graph, only its record takes the new version. Either way the outcome says why.
     */
    private Prepared reextracted(Path file, String article, String sha, Graph graph, LoadTarget.Record old,
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

    private static Prepared failed(Path file, String article, String message) {
        return new Prepared(file, article, null, null,
                new LoadReport.Outcome(file, article, LoadReport.Status.FAILED, message, 0), false, false, null,
                null);
    }

    private LoadTarget.Record record(Prepared p) {
        return new LoadTarget.Record(p.article(), p.file().toAbsolutePath().normalize().toString(), p.sha256(),
                version, p.graph().size(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The article files under the given paths, sorted; a missing path or an empty folder is bad input. */
    public static List<Path> articleFiles(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new BadInputException("Name at least one article file or folder to load");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> found = walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt"))
                            .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
                    if (found.isEmpty()) {
                        throw new BadInputException("No articles (*.txt) in folder " + p);
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
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Files.readAllBytes(txt));
            String name = txt.getFileName().toString();
            Path meta = txt.resolveSibling(name.substring(0, name.length() - 4) + ".meta.json");
            if (Files.exists(meta)) {
                md.update((byte) 0);
                md.update(Files.readAllBytes(meta));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new BadInputException(txt + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new ParleyException("SHA-256 is not available", e);
        }
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
