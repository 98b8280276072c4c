package dev.parley.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.graph.Graph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.sys.TDBInternal;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;

/**
 * A store user in a JVM of its own, for the tests that need another process: one that is killed while it
 * loads ({@link TestLoaderCrash}) or creates a store ({@link TestStoreCreation}), and one that holds a store open
 * ({@link TestLoaderBadInput}, {@code TestLoadCommand}).
 * <pre>
 *   java -cp CLASSPATH dev.parley.store.LoadChild load STORE ARTICLES BATCH [wait]  # "writing N", "committing",
 *                                                                    # "written D/T" per batch; with "wait", it
 *                                                                    # says "ready" and waits for a line first
 *   java -cp CLASSPATH dev.parley.store.LoadChild hold STORE SECONDS          # prints "holding", then sleeps
 *   java -cp CLASSPATH dev.parley.store.LoadChild create STORE                # "opening", opens it, "started"
 * </pre>
 * Each line on standard output is flushed at once, so that the parent can act on it while the child runs:
 * <pre>
 *   Process child = LoadChild.start(errFile, "hold", store.toString(), "60");
 *   LoadChild.awaitLine(child, LoadChild.HOLDING, 30);
 * </pre>
 * Also the source of generated article copies ({@link #copies}) for the tests that need many articles.
 */
public final class LoadChild {
    /** The line {@code load ... wait} prints when it is ready to start; it then waits for a line on its input. */
    static final String READY = "ready";
    /** The line {@code load} and {@code create} print just before they open (or create) the store. */
    static final String OPENING = "opening";
    /** The line {@code load} and {@code create} print once the store is open (before {@code load} writes). */
    static final String STARTED = "started";
    /** The prefix of the line {@code load} prints as each write transaction begins (then the articles in it). */
    static final String WRITING = "writing ";
    /** The line {@code load} prints as each write transaction starts its commit (TDB2's prepare step). */
    static final String COMMITTING = "committing";
    /** The prefix of the line {@code load} prints after each write transaction has committed. */
    static final String WRITTEN = "written ";
    /** The line {@code load} prints when the load is over. */
    static final String DONE = "done";
    /** The line {@code hold} prints once it holds the store. */
    public static final String HOLDING = "holding";

    private LoadChild() {}

    public static void main(String... args) throws InterruptedException {
        JenaSystem.init();
        switch (args.length > 0 ? args[0] : "") {
            case "load" -> load(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 && args[4].equals("wait"));
            case "hold" -> hold(Path.of(args[1]), Integer.parseInt(args[2]));
            case "create" -> create(Path.of(args[1]));
            default -> {
                System.err.println("usage: LoadChild load STORE ARTICLES BATCH [wait] | hold STORE SECONDS "
                        + "| create STORE");
                System.exit(2);
            }
        }
    }

    /**
     * Starts this class in a JVM of its own, with this JVM's java and class path and the same parley home; its
     * standard error goes to the file {@code stderr}, its standard output is the process's input stream.
     */
    public static Process start(Path stderr, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The children live for seconds: the client compiler and the serial collector start them faster.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dparley.home=" + ParleyHome.get().root(), LoadChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    /**
     * Waits until the child prints {@code line}; throws an {@link AssertionError} if it ends first or takes longer
     * than {@code seconds}.
     */
    public static void awaitLine(Process child, String line, int seconds) throws InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    if (l.equals(line)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            if (!seen.get(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("the child ended before printing \"" + line + "\"");
            }
        } catch (TimeoutException e) {
            throw new AssertionError("the child did not print \"" + line + "\" within " + seconds + " s", e);
        } catch (ExecutionException e) {
            throw new AssertionError("cannot read the child's output", e);
        }
    }

    private static void load(Path storeDir, Path articles, int batch, boolean wait) {
        ParleyHome home = ParleyHome.get();
        Extractor extractor = Extractor.forHome(home);
        DataContract contract = DataContract.load(home.ontology().resolve("shapes.ttl"));
        if (wait) {
            // Started ahead of time: the parent says when the store is free to open.
            System.out.println(READY);
            System.out.flush();
            try {
                if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
                    System.exit(1);
                }
            } catch (IOException e) {
                System.exit(1);
            }
        }
        System.out.println(OPENING);
        System.out.flush();
        try (ArticleStore store = ArticleStore.open(storeDir); LoadTarget target = announcing(new TdbTarget(store))) {
            // Announce each commit as it starts, so that a kill can be aimed at it.
            TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(store.datasetGraph());
            coordinator.modifyConfig(() -> coordinator.addListener(new TransactionListener() {
                @Override
                public void notifyPrepareStart(Transaction txn) {
                    if (txn.isWriteTxn()) {
                        System.out.println(COMMITTING);
                        System.out.flush();
                    }
                }
            }));
            Loader loader = Loader.create(target, extractor, contract).batchSize(batch).progress(new Loader.Progress() {
                @Override
                public void update(long done, long total) {
                    System.out.println(WRITTEN + done + "/" + total);
                    System.out.flush();
                }
            }).build();
            System.out.println(STARTED);
            System.out.flush();
            LoadReport report = loader.load(List.of(articles));
            System.out.println(DONE + " " + report.summary());
            System.out.flush();
        }
    }

    /** The target, printing {@link #WRITING} before each write transaction begins. */
    private static LoadTarget announcing(LoadTarget target) {
        return new LoadTarget() {
            @Override
            public Map<String, Record> records() {
                return target.records();
            }

            @Override
            public java.util.Optional<Graph> graph(String article) {
                return target.graph(article);
            }

            @Override
            public void write(List<Write> writes) {
                System.out.println(WRITING + writes.size());
                System.out.flush();
                target.write(writes);
            }

            @Override
            public void putRecords(List<Record> records) {
                target.putRecords(records);
            }

            @Override
            public void remove(List<String> articles) {
                target.remove(articles);
            }

            @Override
            public boolean refreshReference(String graph, Graph content, String sha256, String sourceFile) {
                return target.refreshReference(graph, content, sha256, sourceFile);
            }

            @Override
            public void close() {
                target.close();
            }
        };
    }

    /** Opens (creates) the store and closes it, saying when it starts and when the store is open. */
    private static void create(Path storeDir) {
        System.out.println(OPENING);
        System.out.flush();
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            store.articleGraphs();
            System.out.println(STARTED);
            System.out.flush();
        }
    }

    /** Opens the store and keeps it open; exits by itself after {@code seconds} in case nobody kills it. */
    private static void hold(Path storeDir, int seconds) throws InterruptedException {
        ArticleStore store = ArticleStore.open(storeDir);
        store.articleGraphs();
        System.out.println(HOLDING);
        System.out.flush();
        Thread.sleep(seconds * 1000L);
        store.close();
    }

    /**
     * Writes {@code n} distinct article files into {@code dir}: the test articles in turn, each copy under a name of
     * its own and with its headline changed by one word (its copy number), with its metadata file when it has one.
     * Returns the text files, sorted as the loader sorts them.
     */
    static List<Path> copies(Path dir, int n) {
        try {
            Path source = Path.of(LoadChild.class.getResource("/articles").toURI());
            List<Path> originals;
            try (Stream<Path> s = Files.list(source)) {
                originals = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            Files.createDirectories(dir);
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Path original = originals.get(i % originals.size());
                String base = original.getFileName().toString().replaceFirst("\\.txt$", "");
                String name = String.format(Locale.ROOT, "copy-%03d-%s", i, base);
                String text = Files.readString(original, StandardCharsets.UTF_8);
                int eol = text.indexOf('\n');
                String headline = text.substring(0, eol).stripTrailing();
                String changed = headline + " " + i + text.substring(headline.length());
                Path txt = dir.resolve(name + ".txt");
                Files.writeString(txt, changed, StandardCharsets.UTF_8);
                Path meta = original.resolveSibling(base + ".meta.json");
                if (Files.exists(meta)) {
                    Files.copy(meta, dir.resolve(name + ".meta.json"));
                }
                out.add(txt.toAbsolutePath().normalize());
            }
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
