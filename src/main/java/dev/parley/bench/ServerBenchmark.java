package dev.parley.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

import dev.parley.ParleyException;
import dev.parley.ParleyHome;
import dev.parley.Version;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;
import dev.parley.store.LoadReport;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;
import dev.parley.vocab.Parley;

/**
 * parley's SPARQL server against the standalone Fuseki server on the same TDB2 store, under the same requests.
 * <pre>
 *   ServerReport r = ServerBenchmark.create().work(Path.of("/tmp/bench-server")).articles(10_000)
 *           .connections(List.of(1, 8, 64)).rounds(3).build().run();
 *   System.out.print(r.table());
 *   r.write(Path.of("/tmp/bench-server/results"));
 * </pre>
 * Steps, all in the work folder:
 * <ol>
 * <li>The store: the articles in {@code data/articles} plus N generated ones, loaded with parley's loader (and the
 *     ontology and registry graphs) into {@code WORK/store}. A store an earlier run loaded with the same N, seed,
 *     articles and parley version is reused ({@code WORK/bench-server.properties} says what it holds).</li>
 * <li>The comparison server, {@link StandaloneFuseki}: its jar in {@code WORK/fuseki}, configured to serve the
 *     same store with the union of the named graphs as its default graph, as parley's server has it.</li>
 * <li>The mix: a point lookup (one statement's triples), the text of every shipped saved query (a required
 *     {@code ?_x} parameter bound by a trailing {@code VALUES} to the value most of its answers have in the store;
 *     optional {@code ?__x} ones left unbound; a query calling an outside {@code SERVICE} is left out, as all
 *     traffic stays on loopback), and a count of subjects by class.</li>
 * <li>Rounds, after one untimed start of parley's server that leaves its class-data-sharing archive current (as
 *     the launcher's first start after a build does): in each, parley's server, then Fuseki, each a child JVM with
 *     the same heap, garbage collector and query time limit, one at a time on the store. Every query is
 *     warmed up, then run for a fixed time at each connection count by {@link LoadGenerator}. On parley, the saved
 *     queries also run on {@code /queries/NAME} and {@code /queries/NAME.json} (see {@link Endpoint}) unless
 *     {@code GET /queries} answers 404.</li>
 * <li>Start-up (spawn to first answered query) and resident memory of every start, with extra starts where the
 *     rounds gave fewer than asked; then the single-article load: the first article of {@code data/articles} into
 *     a fresh store by {@code parley load} in a child JVM, wall time with JVM start.</li>
 * </ol>
 * Both servers are always stopped, also when the run fails ({@link ServerProcess} adds a shutdown hook).
 * Corpus load against {@code tdb2.tdbloader} is {@link LoadBenchmark}'s.
 */
public final class ServerBenchmark {
    /** Marker of a work folder this benchmark owns, and what its store holds. */
    public static final String MARKER = "bench-server.properties";
    /** A row cap high enough that parley answers every row, as Fuseki does: both do the same work. */
    static final long ROW_CAP = 1_000_000_000L;

    private static final Pattern REQUIRED_PARAMETER = Pattern.compile("\\?(_(?!_)\\w+)");
    /** Both servers give up on a query after this long, and the client waits a little longer for the error. */
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration REQUEST_TIMEOUT = QUERY_TIMEOUT.plusSeconds(10);
    private static final String POINT_LOOKUP = "point-lookup";
    private static final String COUNT_BY_CLASS = "count-by-class";

    private final ParleyHome home;
    private final Path work;
    private final int articles;
    private final long seed;
    private final List<Integer> connections;
    private final int rounds;
    private final Duration duration;
    private final Duration warmup;
    private final int starts;
    private final String heap;
    private final Set<String> only;
    private final PrintStream out;
    private final Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");

    private ServerBenchmark(Builder b) {
        this.home = b.home;
        this.work = b.work.toAbsolutePath();
        this.articles = b.articles;
        this.seed = b.seed;
        this.connections = List.copyOf(new TreeSet<>(b.connections));
        this.rounds = b.rounds;
        this.duration = b.duration;
        this.warmup = b.warmup;
        this.starts = b.starts;
        this.heap = b.heap;
        this.only = Set.copyOf(b.only);
        this.out = b.out;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builder for {@link ServerBenchmark}; every setting has a default but the work folder. */
    public static final class Builder {
        private ParleyHome home = ParleyHome.get();
        private Path work;
        private int articles = 10_000;
        private long seed = 1;
        private List<Integer> connections = List.of(1, 8, 64);
        private int rounds = 3;
        private Duration duration = Duration.ofSeconds(5);
        private Duration warmup = Duration.ofSeconds(2);
        private int starts = 5;
        private String heap = "512m";
        private Set<String> only = Set.of();
        private PrintStream out = System.out;

        private Builder() {}

        public Builder home(ParleyHome home) {
            this.home = Objects.requireNonNull(home, "home");
            return this;
        }

        /** The folder for the corpus, the store, the Fuseki jar and the logs: new, empty, or an earlier run's. */
        public Builder work(Path work) {
            this.work = Objects.requireNonNull(work, "work");
            return this;
        }

        /** Generated articles besides those in data/articles (default 10,000). */
        public Builder articles(int articles) {
            if (articles < 1 || articles > CorpusGenerator.MAX_ARTICLES) {
                throw new IllegalArgumentException("articles must be 1.." + CorpusGenerator.MAX_ARTICLES);
            }
            this.articles = articles;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Connection counts to measure (default 1, 8, 64). */
        public Builder connections(List<Integer> connections) {
            if (connections.isEmpty() || connections.stream().anyMatch(c -> c < 1
                    || c > LoadGenerator.MAX_CONNECTIONS)) {
                throw new IllegalArgumentException("connections must be 1.." + LoadGenerator.MAX_CONNECTIONS
                        + ": " + connections);
            }
            this.connections = List.copyOf(connections);
            return this;
        }

        /** Rounds, each running both servers in turn (default 3). */
        public Builder rounds(int rounds) {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be positive: " + rounds);
            }
            this.rounds = rounds;
            return this;
        }

        /** Time each query runs at each connection count (default 5 s). */
        public Builder duration(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duration must be positive: " + duration);
            }
            this.duration = duration;
            return this;
        }

        /** Untimed load on each query before it is measured, per server start (default 2 s; zero: none). */
        public Builder warmup(Duration warmup) {
            if (warmup.isNegative()) {
                throw new IllegalArgumentException("warm-up must not be negative: " + warmup);
            }
            this.warmup = warmup;
            return this;
        }

        /** Starts of each server to take the start-up median over, at least (default 5). */
        public Builder starts(int starts) {
            if (starts < 1) {
                throw new IllegalArgumentException("starts must be positive: " + starts);
            }
            this.starts = starts;
            return this;
        }

        /** Heap of both servers (default 512m), as -Xmx takes it. */
        public Builder heap(String heap) {
            if (!Objects.requireNonNull(heap, "heap").matches("\\d+[kmgKMG]?")) {
                throw new IllegalArgumentException("heap must be like 512m: " + heap);
            }
            this.heap = heap;
            return this;
        }

        /**
         * Only these queries of the mix, by name ({@code point-lookup}, a saved query's file name without
         * {@code .rq}, {@code count-by-class}); empty, the default, for all.
         */
        public Builder queries(Collection<String> names) {
            this.only = Set.copyOf(names);
            return this;
        }

        /** Where progress goes (default standard output). */
        public Builder out(PrintStream out) {
            this.out = Objects.requireNonNull(out, "out");
            return this;
        }

        /** The benchmark, not yet run. */
        public ServerBenchmark build() {
            if (work == null) {
                throw new IllegalStateException("no work folder");
            }
            return new ServerBenchmark(this);
        }
    }

    /** What a prepared store holds. */
    private record StoreInfo(int articles, long triples, String loaded) {}

    /**
     * Runs the whole benchmark; prints progress as it goes.
     *
     * @throws ParleyException.BadInputException when the work folder holds something else
     * @throws ParleyException                   when the store, Fuseki or a server cannot be set up
     */
    public ServerReport run() {
        checkWork();
        checkQueryNames();
        Path parleyJar = parleyJar();
        List<String> notes = new ArrayList<>();
        StoreInfo info = prepareStore();
        List<BenchQuery> queries;
        try (ArticleStore store = ArticleStore.openExisting(store())) {
            queries = queries(store, notes);
        }
        StandaloneFuseki fuseki = StandaloneFuseki.prepare(work.resolve("fuseki"), store(), out);
        Path logs = createDirectories(work.resolve("logs"));
        primeArchive(parleyJar, fuseki, logs);

        List<ServerReport.Measurement> measurements = new ArrayList<>();
        List<ServerReport.Start> startList = new ArrayList<>();
        Boolean saved = null;
        int sessions = 0;
        for (int round = 1; round <= rounds; round++) {
            for (String server : List.of("parley", "fuseki")) {
                sessions++;
                try (ServerProcess p = start(server, parleyJar, fuseki, logs, sessions)) {
                    ServerProcess.Memory idle = idleMemory(p);
                    if (server.equals("parley") && saved == null) {
                        saved = savedEndpointsAvailable(p, notes);
                    }
                    List<Endpoint> endpoints = server.equals("fuseki") ? List.of(Endpoint.FUSEKI_QUERY)
                            : Boolean.TRUE.equals(saved) ? List.of(Endpoint.PARLEY_SPARQL, Endpoint.PARLEY_SAVED,
                                    Endpoint.PARLEY_SAVED_JSON) : List.of(Endpoint.PARLEY_SPARQL);
                    ServerProcess.Memory peak = measure(p, round, endpoints, queries, measurements);
                    startList.add(new ServerReport.Start(server, p.startSeconds(), idle, peak));
                }
            }
        }
        for (int extra = rounds; extra < starts; extra++) {
            for (String server : List.of("parley", "fuseki")) {
                sessions++;
                try (ServerProcess p = start(server, parleyJar, fuseki, logs, sessions)) {
                    startList.add(new ServerReport.Start(server, p.startSeconds(), idleMemory(p),
                            ServerProcess.Memory.UNKNOWN));
                }
            }
        }
        List<Double> singleLoads = singleArticleLoads(parleyJar, logs);
        checkSameAnswers(measurements, notes);

        String setting = String.format(Locale.ROOT, "Store: %,d articles (%s), %,d article triples, %s. Java %s, "
                + "%d processors, server heap %s; %d round(s), %d s per figure after %d s warm-up; connections %s.",
                info.articles(), "data/articles + " + articles + " generated, seed " + seed, info.triples(),
                info.loaded(), Runtime.version(), Runtime.getRuntime().availableProcessors(), heap, rounds,
                duration.toSeconds(), warmup.toSeconds(), connections);
        return new ServerReport(setting, measurements, startList, singleLoads, Boolean.TRUE.equals(saved), notes);
    }

    private Path store() {
        return work.resolve("store");
    }

    // ---- The work folder and the store -------------------------------------------------------------------------

    /** The work folder is new, empty, or one this benchmark made: never someone else's. */
    private void checkWork() {
        if (!Files.exists(work)) {
            return;
        }
        if (!Files.isDirectory(work)) {
            throw new ParleyException.BadInputException("--work " + work + " is not a folder");
        }
        try (Stream<Path> entries = Files.list(work)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(work.resolve(MARKER))) {
                throw new ParleyException.BadInputException("--work " + work + " is not empty and holds no earlier "
                        + "'bench server' run (no " + MARKER + "): give an empty or new folder");
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot read " + work + ": " + e.getMessage(), e);
        }
    }

    /** What the store must hold for this run. */
    private Properties storeDescription() {
        Properties p = new Properties();
        p.setProperty("articles", Integer.toString(articles));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("data-articles", fingerprint(home.data().resolve("articles")));
        p.setProperty("parley", Version.get());
        return p;
    }

    private StoreInfo prepareStore() {
        Path marker = work.resolve(MARKER);
        Properties wanted = storeDescription();
        Properties had = new Properties();
        if (Files.isRegularFile(marker)) {
            try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
                had.load(r);
            } catch (IOException e) {
                throw new ParleyException("Cannot read " + marker + ": " + e.getMessage(), e);
            }
        }
        Properties comparable = new Properties();
        comparable.putAll(had);
        comparable.remove("triples");
        comparable.remove("loaded-articles");
        if (comparable.equals(wanted) && Files.isDirectory(store())) {
            out.printf("reusing the store in %s (%s articles)%n", store(), had.getProperty("loaded-articles"));
            return new StoreInfo(Integer.parseInt(had.getProperty("loaded-articles")),
                    Long.parseLong(had.getProperty("triples")), "loaded by an earlier run");
        }
        try {
            createDirectories(work);
            // The marker, empty until the load is done, keeps the folder recognised as this benchmark's.
            Files.writeString(marker, "# parley bench server: the store is being loaded\n", StandardCharsets.UTF_8);
            deleteTree(store());
            Path corpus = work.resolve("corpus");
            deleteTree(corpus);
            out.printf("writing %,d generated articles to %s ...%n", articles, corpus);
            CorpusGenerator.write(corpus, articles, seed);
            out.printf("loading data/articles and the corpus into %s with parley's loader ...%n", store());
            LoadReport report;
            try (ArticleStore store = ArticleStore.open(store())) {
                Loader loader = Loader.create(new TdbTarget(store), Extractor.forHome(home),
                        DataContract.load(home.ontology().resolve("shapes.ttl"))).build();
                loader.refreshReferences(home.ontology().resolve("parley.ttl"), home.data().resolve("entities.ttl"));
                report = loader.load(List.of(home.data().resolve("articles"), corpus));
            }
            if (report.anyFailed()) {
                throw new ParleyException("The articles did not load cleanly: " + report.summary());
            }
            out.println(report.summary());
            Properties done = storeDescription();
            done.setProperty("loaded-articles", Long.toString(report.written()));
            done.setProperty("triples", Long.toString(report.triples()));
            try (Writer w = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
                done.store(w, "parley bench server: what WORK/store holds");
            }
            return new StoreInfo((int) report.written(), report.triples(), String.format(Locale.ROOT,
                    "loaded in %.1f s (%.0f articles/s; parley bench load compares loaders)",
                    report.time().toNanos() / 1e9, report.articlesPerSecond()));
        } catch (IOException e) {
            throw new ParleyException("Cannot prepare the store in " + work + ": " + e.getMessage(), e);
        }
    }

    /** File names and contents of a folder, as a CRC: a changed article means a store to reload. */
    private static String fingerprint(Path dir) {
        CRC32 crc = new CRC32();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                crc.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                crc.update(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot read " + dir + ": " + e.getMessage(), e);
        }
        return Long.toHexString(crc.getValue());
    }

    // ---- The query mix -----------------------------------------------------------------------------------------

    private List<Path> savedQueryFiles() {
        try (Stream<Path> s = Files.list(home.queries())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new ParleyException("Cannot read " + home.queries() + ": " + e.getMessage(), e);
        }
    }

    private static String savedName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.rq$", "");
    }

    private void checkQueryNames() {
        Set<String> known = new TreeSet<>(List.of(POINT_LOOKUP, COUNT_BY_CLASS));
        savedQueryFiles().forEach(f -> known.add(savedName(f)));
        for (String name : only) {
            if (!known.contains(name)) {
                throw new ParleyException.BadInputException("Unknown query \"" + name + "\" (known: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    private boolean inMix(String name) {
        return only.isEmpty() || only.contains(name);
    }

    /** The point lookup, the saved queries that can run offline, and the aggregate (those in the mix). */
    private List<BenchQuery> queries(ArticleStore store, List<String> notes) {
        List<BenchQuery> queries = new ArrayList<>();
        String statement = firstValue(store, "SELECT ?s WHERE { ?s a <" + Parley.DirectQuote.getURI()
                + "> } ORDER BY ?s LIMIT 1").get("s");
        if (statement == null) {
            throw new ParleyException("The store holds no direct quote to look up");
        }
        queries.add(new BenchQuery(POINT_LOOKUP, "SELECT ?p ?o WHERE { <" + statement + "> ?p ?o }", null,
                Map.of()));
        for (Path f : savedQueryFiles()) {
            String name = savedName(f);
            if (!inMix(name)) {
                continue;
            }
            String text = readString(f);
            Query query = QueryFactory.create(text);
            if (callsService(query)) {
                notes.add(name + ": left out, it calls an outside SERVICE (the benchmark stays on loopback)");
                continue;
            }
            List<String> required = new ArrayList<>(new LinkedHashSet<>(
                    REQUIRED_PARAMETER.matcher(text).results().map(m -> m.group(1)).toList()));
            Map<String, String> values = required.isEmpty() ? Map.of() : typicalValues(store, query, required);
            if (!required.isEmpty() && values.isEmpty()) {
                notes.add(name + ": left out, no value of " + required + " gives it an answer");
                continue;
            }
            queries.add(new BenchQuery(name, withValues(text, values), name, values));
        }
        queries.add(new BenchQuery(COUNT_BY_CLASS,
                "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class",
                null, Map.of()));
        return queries.stream().filter(q -> inMix(q.name())).toList();
    }

    private static boolean callsService(Query query) {
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /**
     * The values of the required parameters that most of the query's answers share: a real speaker, node or topic
     * with something to show, the same every run.
     */
    private static Map<String, String> typicalValues(ArticleStore store, Query query, List<String> variables) {
        StringBuilder vars = new StringBuilder();
        variables.forEach(v -> vars.append(" ?").append(v));
        String select = "SELECT" + vars + " (COUNT(*) AS ?n) WHERE " + query.getQueryPattern() + " GROUP BY" + vars
                + " ORDER BY DESC(?n)" + vars + " LIMIT 1";
        return firstValue(store, select).entrySet().stream().filter(e -> variables.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The first row of a query on the store (IRIs and lexical forms by variable name); empty if none. */
    private static Map<String, String> firstValue(ArticleStore store, String select) {
        Map<String, String> row = new LinkedHashMap<>();
        store.datasetGraph().executeRead(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(select).build()) {
                RowSet rows = qe.select();
                if (rows.hasNext()) {
                    Binding b = rows.next();
                    b.vars().forEachRemaining(v -> {
                        Node n = b.get(v);
                        row.put(v.getVarName(), n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm()
                                : n.toString());
                    });
                }
            }
        });
        return row;
    }

    /** The query text with a trailing VALUES row binding its required parameters (IRIs). */
    static String withValues(String text, Map<String, String> values) {
        if (values.isEmpty()) {
            return text;
        }
        StringBuilder vars = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            vars.append(" ?").append(e.getKey());
            row.append(' ').append(NodeFmtLib.strNT(NodeFactory.createURI(e.getValue())));
        }
        String bound = text.stripTrailing() + "\nVALUES (" + vars.toString().strip() + ") { (" + row.toString().strip()
                + ") }\n";
        QueryFactory.create(bound);
        return bound;
    }

    // ---- The servers -------------------------------------------------------------------------------------------

    /** The jar this code runs from, else target/parley.jar: what ./parley runs. */
    private Path parleyJar() {
        try {
            Path self = Path.of(ServerBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.toString().endsWith(".jar")) {
                return self;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the build's jar
        }
        Path jar = home.root().resolve("target").resolve("parley.jar");
        if (!Files.isRegularFile(jar)) {
            throw new ParleyException.BadInputException("No " + jar + ": build it first (mvn -DskipTests package, "
                    + "or run ./parley once)");
        }
        return jar;
    }

    private ServerProcess start(String server, Path parleyJar, StandaloneFuseki fuseki, Path logs, int session) {
        Path log = logs.resolve(server + "-" + session + ".log");
        if (server.equals("parley")) {
            return ServerProcess.start("parley serve", port -> {
                List<String> cmd = parleyJvm(parleyJar);
                cmd.addAll(List.of("serve", "--store", store().toString(), "--host", "127.0.0.1", "--port",
                        Integer.toString(port), "--row-cap", Long.toString(ROW_CAP), "--timeout",
                        Long.toString(QUERY_TIMEOUT.toSeconds())));
                return cmd;
            }, Endpoint.PARLEY_SPARQL.path(), work, log);
        }
        return ServerProcess.start("fuseki", port -> fuseki.command(javaBin, heap, port, QUERY_TIMEOUT),
                Endpoint.FUSEKI_QUERY.path(), fuseki.dir(), log);
    }

    /**
     * The first start after a build writes the class-data-sharing archive at its exit, and users start with it ever
     * after; one untimed start makes it before the timed ones. An archive older than the jar is removed first, as
     * the launcher does after a build: the JVM neither uses nor replaces an archive of another jar.
     */
    private void primeArchive(Path parleyJar, StandaloneFuseki fuseki, Path logs) {
        Path archive = parleyJar.resolveSibling("parley.jsa");
        try {
            if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(
                    Files.getLastModifiedTime(parleyJar)) < 0) {
                Files.delete(archive);
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot remove the stale archive " + archive + ": " + e.getMessage(), e);
        }
        out.println("one untimed start of parley's server (its class-data-sharing archive) ...");
        start("parley", parleyJar, fuseki, logs, 0).close();
    }

    /** java and its options as the launcher ./parley gives them, up to the parley command. */
    private List<String> parleyJvm(Path parleyJar) {
        List<String> cmd = new ArrayList<>(List.of(javaBin.toString(), "-Xmx" + heap, "-XX:+UseSerialGC"));
        cmd.addAll(List.of("-XX:SharedArchiveFile=" + parleyJar.resolveSibling("parley.jsa"),
                "-XX:+AutoCreateSharedArchive", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        cmd.addAll(List.of("-Dparley.home=" + home.root().toAbsolutePath(), "-jar", parleyJar.toString()));
        return cmd;
    }

    /** Resident memory a second after the first answer, before any load. */
    private static ServerProcess.Memory idleMemory(ServerProcess p) {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException("Interrupted", e);
        }
        return p.memory();
    }

    private boolean savedEndpointsAvailable(ServerProcess p, List<String> notes) {
        URI list = URI.create(p.baseUrl() + Endpoint.SAVED_QUERY_LIST);
        int status;
        try (HttpClient client = HttpClient.newHttpClient()) {
            status = client.send(HttpRequest.newBuilder(list).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new ParleyException("parley's server did not answer GET " + list + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException("Interrupted", e);
        }
        if (status / 100 == 2) {
            return true;
        }
        String why = "saved-query endpoints not available (GET " + Endpoint.SAVED_QUERY_LIST + " answered " + status
                + "): their part of the benchmark is skipped";
        out.println(why);
        notes.add(why);
        return false;
    }

    /** Runs every query on every endpoint of one server; returns the highest memory sampled meanwhile. */
    private ServerProcess.Memory measure(ServerProcess p, int round, List<Endpoint> endpoints,
            List<BenchQuery> queries, List<ServerReport.Measurement> into) {
        int warmConnections = Math.min(8, connections.getLast());
        AtomicReference<ServerProcess.Memory> peak = new AtomicReference<>(ServerProcess.Memory.UNKNOWN);
        Thread sampler = Thread.ofPlatform().daemon().name("bench-memory").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(p.memory(), ServerProcess.Memory::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (LoadGenerator load = LoadGenerator.create(REQUEST_TIMEOUT)) {
            for (Endpoint e : endpoints) {
                for (BenchQuery q : queries) {
                    if (e.saved() && q.savedName() == null) {
                        continue;
                    }
                    URI uri = e.uri(p.baseUrl(), q);
                    if (!warmup.isZero()) {
                        load.run(uri, warmConnections, warmup);
                    }
                    for (int c : connections) {
                        LoadGenerator.Result r = load.run(uri, c, duration);
                        ServerReport.Measurement m = new ServerReport.Measurement(round, e, q.name(), c, r.ok(),
                                r.httpErrors(), r.failures(), r.seconds(), r.percentileMillis(0.5),
                                r.percentileMillis(0.99), r.bytesPerAnswer());
                        into.add(m);
                        out.printf(Locale.ROOT, "round %d  %-28s %-22s @%-3d %9.1f req/s  p50 %7.2f ms  p99 %7.2f "
                                + "ms%s%n", round, e.label(), q.name(), c, m.requestsPerSecond(), m.p50Ms(), m.p99Ms(),
                                m.httpErrors() + m.failures() > 0 ? "  errors " + m.httpErrors() + " + failures "
                                        + m.failures() : "");
                    }
                }
            }
        } finally {
            sampler.interrupt();
        }
        return peak.get();
    }

    /** parley's raw answers and Fuseki's to the same text should be the same size; say so when they are not. */
    private static void checkSameAnswers(List<ServerReport.Measurement> ms, List<String> notes) {
        Map<String, Double> parley = new LinkedHashMap<>();
        Map<String, Double> fuseki = new LinkedHashMap<>();
        for (ServerReport.Measurement m : ms) {
            if (m.requests() > 0 && m.endpoint() == Endpoint.PARLEY_SPARQL) {
                parley.putIfAbsent(m.query(), m.bytesPerAnswer());
            } else if (m.requests() > 0 && m.endpoint() == Endpoint.FUSEKI_QUERY) {
                fuseki.putIfAbsent(m.query(), m.bytesPerAnswer());
            }
        }
        parley.forEach((q, b) -> {
            Double f = fuseki.get(q);
            if (f != null && Math.abs(b - f) > 0.01 * Math.max(b, f)) {
                notes.add(String.format(Locale.ROOT, "%s: parley's answer is %.0f bytes, Fuseki's %.0f: not the same "
                        + "work", q, b, f));
            }
        });
    }

    // ---- Single-article load -----------------------------------------------------------------------------------

    /** {@code parley load} of the first article in data/articles into a fresh store, {@code starts} times. */
    private List<Double> singleArticleLoads(Path parleyJar, Path logs) {
        Path article;
        try (Stream<Path> s = Files.list(home.data().resolve("articles"))) {
            article = s.filter(p -> p.getFileName().toString().endsWith(".txt")).min(Comparator.naturalOrder())
                    .orElse(null);
        } catch (IOException e) {
            throw new ParleyException("Cannot read data/articles: " + e.getMessage(), e);
        }
        if (article == null) {
            return List.of();
        }
        List<Double> seconds = new ArrayList<>();
        Path fresh = work.resolve("single-load-store");
        for (int i = 1; i <= starts; i++) {
            deleteTree(fresh);
            List<String> cmd = parleyJvm(parleyJar);
            cmd.addAll(List.of("load", "--store", fresh.toString(), article.toString()));
            double s = ServerProcess.runToEnd("parley load", cmd, work, logs.resolve("single-load-" + i + ".log"),
                    Duration.ofMinutes(5));
            out.printf(Locale.ROOT, "single-article load %d: %.2f s%n", i, s);
            seconds.add(s);
        }
        deleteTree(fresh);
        return seconds;
    }

    // ---- Files -------------------------------------------------------------------------------------------------

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ParleyException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String readString(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParleyException("Cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
