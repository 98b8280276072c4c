package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.bench.CorpusGenerator;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.query.HtmlTables;
import dev.parley.store.ArticleStore;
import dev.parley.store.CorpusReference;
import dev.parley.store.LoadReport;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;
import dev.parley.vocab.Parley;

/**
 * Soak: 64 HTTP clients against the server on a loopback port while a corpus load writes into the same store (the
 * server and the loader share the store's dataset in this process), for {@code -Dparley.soak.seconds=N} seconds
 * (default {@value #DEFAULT_SECONDS}; 60 for the long run).
 * <p>
 * The clients pick requests at random from {@link #REQUESTS}: SPARQL queries of several shapes by GET and POST,
 * data IRIs found in the store dereferenced as HTML and as Turtle, the VoID description. The loader loads
 * {@value #ARTICLES} generated articles in transactions of 5, then reloads random handfuls of them with
 * {@code force} until the time is up, so that writes go on for the whole run. Checked: no response is a 5xx or
 * anything but 200, no connection fails, every body parses as what it claims to be (SPARQL JSON results, Turtle,
 * an HTML page about the IRI asked for), no reader ever sees an article graph without its load record or with
 * another number of triples than it says; and afterwards the store is the clean load of the same corpus (every
 * article whole, by triple count, hash and record; the union default graph and the VoID triple count agree).
 * Figures are printed, never asserted.
 */
class TestSoak {
    private static final int DEFAULT_SECONDS = 12;
    private static final int CLIENTS = 64;
    private static final int ARTICLES = 30;
    private static final int BATCH = 5;
    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    /** What the clients know while they run: the server, and data IRIs seen in answers, to dereference. */
    private static final class Context {
        final String base;
        final List<String> statements = Collections.synchronizedList(new ArrayList<>());
        final List<String> actors = Collections.synchronizedList(new ArrayList<>());
        final Set<String> seen = ConcurrentHashMap.newKeySet();

        Context(String base) {
            this.base = base;
        }

        void learn(List<String> into, String iri) {
            if (iri.startsWith(Parley.DATA_NS) && into.size() < 2000 && seen.add(iri)) {
                into.add(iri);
            }
        }

        static String pick(List<String> from, Random random) {
            synchronized (from) {
                return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
            }
        }
    }

    /** How a response is checked; returns a problem, or null when the body is what it should be. */
    @FunctionalInterface
    private interface Check {
        String problem(HttpResponse<byte[]> response, Context context) throws Exception;
    }

    /**
     * One kind of request: its name (for the figures), how often it is picked, how it is built (null when it cannot
     * be built yet, e.g. before any IRI is known) and how its response is checked.
     */
    private record Shape(String name, int weight, java.util.function.BiFunction<Context, Random, HttpRequest> request,
            Check check) {}

    /* The requests the clients make. To soak another path, add a line. */
    private static final List<Shape> REQUESTS = List.of(
            new Shape("GET /sparql SELECT count", 6, (c, r) -> get(c, "/sparql?query=" + enc(PREFIXES
                    + "SELECT (COUNT(*) AS ?n) WHERE { ?s a parley:Statement }"), "application/sparql-results+json"),
                    TestSoak::selectResults),
            new Shape("POST /sparql form SELECT speakers", 6, (c, r) -> postForm(c, "/sparql", PREFIXES
                    + "SELECT ?st ?who ?label WHERE { ?st parley:speaker ?who . OPTIONAL { ?who rdfs:label ?label } }"
                    + " LIMIT " + (20 + r.nextInt(200))), TestSoak::speakers),
            new Shape("POST /sparql query GROUP BY graph", 3, (c, r) -> postQuery(c, "/sparql",
                    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"),
                    TestSoak::selectResults),
            new Shape("GET /sparql ASK", 4, (c, r) -> get(c, "/sparql?query=" + enc(PREFIXES
                    + "ASK { ?s a parley:DirectQuote }"), "application/sparql-results+json"), TestSoak::askResult),
            new Shape("GET /sparql CONSTRUCT turtle", 4, (c, r) -> get(c, "/sparql?query=" + enc(PREFIXES
                    + "CONSTRUCT { ?st parley:speaker ?who ; parley:text ?t } WHERE { ?st parley:speaker ?who ; "
                    + "parley:text ?t } LIMIT 100"), "text/turtle"), TestSoak::turtle),
            new Shape("GET /parley/query SELECT text", 3, (c, r) -> get(c, "/parley/query?query=" + enc(PREFIXES
                    + "SELECT ?st ?t WHERE { ?st a parley:DirectQuote ; parley:text ?t } ORDER BY ?st LIMIT 50"),
                    "application/sparql-results+json"), TestSoak::selectResults),
            new Shape("POST /sparql graphs vs records", 3, (c, r) -> postQuery(c, "/sparql", PREFIXES
                    + "SELECT ?a ?c ?n WHERE { { SELECT ?a (COUNT(*) AS ?c) WHERE { GRAPH ?a { ?s ?p ?o } "
                    + "FILTER (?a != <" + ArticleStore.LOADS_GRAPH + ">) } GROUP BY ?a } OPTIONAL { GRAPH <"
                    + ArticleStore.LOADS_GRAPH + "> { ?r parley:loadedArticle ?a ; parley:tripleCount ?n } } }"),
                    TestSoak::wholeArticles),
            new Shape("GET /id/ statement html", 6, (c, r) -> idRequest(c, Context.pick(c.statements, r), "text/html"),
                    TestSoak::html),
            new Shape("GET /id/ actor turtle", 6, (c, r) -> idRequest(c, Context.pick(c.actors, r), "text/turtle"),
                    TestSoak::describedTurtle),
            new Shape("GET /id/ actor html", 2, (c, r) -> idRequest(c, Context.pick(c.actors, r), "text/html"),
                    TestSoak::html),
            new Shape("GET /.well-known/void", 2, (c, r) -> get(c, "/.well-known/void", "text/turtle"),
                    TestSoak::voidTurtle),
            new Shape("GET /queries", 1, (c, r) -> get(c, "/queries", "application/json"), TestSoak::queryList),
            new Shape("GET /queries/actors", 4, (c, r) -> get(c, "/queries/actors", "application/sparql-results+json"),
                    TestSoak::selectResults),
            new Shape("GET /queries/statements page", 4, (c, r) -> get(c, "/queries/statements?pageSize=20&page="
                    + (1 + r.nextInt(3)), "application/sparql-results+json"), TestSoak::selectResults),
            new Shape("GET /queries/quotes-by", 3, (c, r) -> {
                String who = Context.pick(c.actors, r);
                return who == null ? null : get(c, "/queries/quotes-by?speaker=" + enc(who),
                        "application/sparql-results+json");
            }, TestSoak::selectResults),
            new Shape("GET /queries/timeline.csv", 2, (c, r) -> get(c, "/queries/timeline.csv", "text/csv"),
                    TestSoak::csv));

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void sixtyFourClientsDuringALoadSeeNoErrorAndTheStoreEndsWhole() throws Exception {
        int seconds = Integer.getInteger("parley.soak.seconds", DEFAULT_SECONDS);
        long seed = Long.getLong("parley.test.seed", System.nanoTime());
        System.out.println("TestSoak: " + seconds + " s, " + CLIENTS + " clients, seed " + seed);
        JenaSystem.init();
        Path articles = tmp.resolve("articles");
        CorpusGenerator.write(articles, ARTICLES, seed);
        CorpusReference ref = CorpusReference.load(articles, tmp.resolve("reference"));

        ParleyHome home = ParleyHome.get();
        Extractor extractor = Extractor.forHome(home);
        DataContract contract = DataContract.load(home.ontology().resolve("shapes.ttl"));
        Map<String, Stats> stats = new TreeMap<>();
        REQUESTS.forEach(s -> stats.put(s.name(), new Stats()));
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger failureCount = new AtomicInteger();
        AtomicBoolean firstPassDone = new AtomicBoolean();
        AtomicReference<Throwable> loaderFailure = new AtomicReference<>();
        AtomicInteger reloads = new AtomicInteger();
        long soakStart;
        long soakNanos;

        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"))) {
            ParleyServer server = ParleyServer.create(store.datasetGraph()).port(0)
                    .queries(dev.parley.query.SavedQueries.load(home.queries())).build().start();
            try {
                Context context = new Context(server.baseUrl());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                soakStart = System.nanoTime();
                Thread loader = new Thread(() -> {
                    Loader l = Loader.create(new TdbTarget(store), extractor, contract).batchSize(BATCH).build();
                    LoadReport first = l.load(List.of(articles));
                    if (first.count(LoadReport.Status.LOADED) != ARTICLES) {
                        throw new AssertionError("the first pass did not load every article: " + first.summary());
                    }
                    firstPassDone.set(true);
                    Loader force = Loader.create(new TdbTarget(store), extractor, contract).batchSize(BATCH)
                            .force(true).build();
                    List<Path> files = Loader.articleFiles(List.of(articles));
                    Random random = new Random(seed);
                    while (System.nanoTime() < deadline) {
                        List<Path> some = new ArrayList<>();
                        for (int i = 0; i < BATCH * 2; i++) {
                            some.add(files.get(random.nextInt(files.size())));
                        }
                        LoadReport again = force.load(some.stream().distinct().toList());
                        if (again.count(LoadReport.Status.FAILED) != 0) {
                            throw new AssertionError("a reload failed: " + again.summary());
                        }
                        reloads.incrementAndGet();
                    }
                }, "soak-loader");
                loader.setUncaughtExceptionHandler((t, e) -> loaderFailure.set(e));
                loader.start();

                List<Thread> clients = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    Random random = new Random(seed + i);
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(30)).build();
                    Thread t = new Thread(() -> {
                        try (http) {
                            while (System.nanoTime() < deadline || !firstPassDone.get() && loader.isAlive()) {
                                request(http, context, random, stats, failures, failureCount);
                            }
                        }
                    }, "soak-client-" + i);
                    t.setDaemon(true);
                    clients.add(t);
                    t.start();
                }
                for (Thread t : clients) {
                    t.join();
                }
                soakNanos = System.nanoTime() - soakStart;
                loader.join();
                assertNull(loaderFailure.get(), () -> "the loader failed: " + loaderFailure.get());

                printFigures(stats, soakNanos, reloads.get(), context);
                assertEquals(0, failureCount.get(), () -> failureCount.get() + " bad responses, e.g.:\n  "
                        + String.join("\n  ", failures.stream().limit(15).toList()));
                long done = stats.values().stream().mapToLong(s -> s.count.sum()).sum();
                assertTrue(done > 0, "the clients made requests");

                assertEquals(List.of(), ref.differences(store), "after the soak the store is the clean load");
                HttpClient http = HttpClient.newHttpClient();
                assertEquals(ref.unionTriples(), count(http, context, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                        "the union default graph over HTTP has the clean load's triples");
                assertEquals(ref.unionTriples(), voidTriples(http, context),
                        "VoID, recounted after the load, counts the clean load's union triples (not its quads)");
            } finally {
                server.stop();
            }
        }
    }

    // ---- Requests ------------------------------------------------------------------------------------------------

    private static void request(HttpClient http, Context context, Random random, Map<String, Stats> stats,
            ConcurrentLinkedQueue<String> failures, AtomicInteger failureCount) {
        Shape shape = pick(random);
        HttpRequest req = shape.request().apply(context, random);
        if (req == null) {
            return;
        }
        Stats s = stats.get(shape.name());
        long t0 = System.nanoTime();
        String problem;
        try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            s.latencies.add((System.nanoTime() - t0) / 1000);
            if (resp.statusCode() >= 500) {
                s.serverErrors.increment();
                problem = "status " + resp.statusCode() + ": " + head(resp.body());
            } else if (resp.statusCode() != 200) {
                problem = "status " + resp.statusCode() + ": " + head(resp.body());
            } else {
                problem = shape.check().problem(resp, context);
            }
        } catch (HttpTimeoutException e) {
            problem = "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
        } catch (java.io.IOException e) {
            s.connectionErrors.increment();
            problem = "connection error: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            problem = "malformed response: " + e;
        }
        s.count.increment();
        if (problem != null) {
            s.failures.increment();
            failureCount.incrementAndGet();
            if (failures.size() < 50) {
                failures.add(shape.name() + " " + req.uri().getRawPath() + ": " + problem);
            }
        }
    }

    private static Shape pick(Random random) {
        int total = REQUESTS.stream().mapToInt(Shape::weight).sum();
        int n = random.nextInt(total);
        for (Shape s : REQUESTS) {
            n -= s.weight();
            if (n < 0) {
                return s;
            }
        }
        throw new IllegalStateException();
    }

    private static HttpRequest get(Context c, String pathAndQuery, String accept) {
        return HttpRequest.newBuilder(URI.create(c.base + pathAndQuery)).timeout(REQUEST_TIMEOUT)
                .header("Accept", accept).GET().build();
    }

    private static HttpRequest postForm(Context c, String path, String query) {
        return HttpRequest.newBuilder(URI.create(c.base + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build();
    }

    private static HttpRequest postQuery(Context c, String path, String query) {
        return HttpRequest.newBuilder(URI.create(c.base + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    /** A request for a data IRI's page, or null while no IRI of that kind is known. */
    private static HttpRequest idRequest(Context c, String iri, String accept) {
        if (iri == null) {
            return null;
        }
        return HttpRequest.newBuilder(URI.create(c.base + "/id/" + iri.substring(Parley.DATA_NS.length())))
                .timeout(REQUEST_TIMEOUT).header("Accept", accept).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- Checks --------------------------------------------------------------------------------------------------

    private static ResultSet results(HttpResponse<byte[]> resp) {
        return ResultSetMgr.read(new ByteArrayInputStream(resp.body()), ResultSetLang.RS_JSON);
    }

    private static String contentType(HttpResponse<byte[]> resp, String expected) {
        String type = resp.headers().firstValue("Content-Type").orElse("");
        return type.startsWith(expected) ? null : "Content-Type " + type + ", not " + expected;
    }

    private static String selectResults(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "application/sparql-results+json");
        if (type != null) {
            return type;
        }
        ResultSet rs = results(resp);
        int rows = 0;
        while (rs.hasNext()) {
            rs.next();
            rows++;
        }
        return rs.getResultVars().isEmpty() ? "no variables in " + rows + " rows" : null;
    }

    /** Speakers and their statements; remembers their IRIs for the /id/ requests. */
    private static String speakers(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "application/sparql-results+json");
        if (type != null) {
            return type;
        }
        ResultSet rs = results(resp);
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            if (!row.get("st").isURIResource() || !row.get("who").isURIResource()) {
                return "a statement or speaker that is not an IRI: " + row;
            }
            c.learn(c.statements, row.getResource("st").getURI());
            c.learn(c.actors, row.getResource("who").getURI());
        }
        return null;
    }

    private static String askResult(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "application/sparql-results+json");
        if (type != null) {
            return type;
        }
        ResultSetMgr.readBoolean(new ByteArrayInputStream(resp.body()), ResultSetLang.RS_JSON);
        return null;
    }

    /** In one read transaction, every article graph has a load record, and as many triples as it says. */
    private static String wholeArticles(HttpResponse<byte[]> resp, Context c) {
        ResultSet rs = results(resp);
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            if (row.get("n") == null) {
                return "a reader saw " + row.getResource("a").getURI() + " with " + row.getLiteral("c").getLong()
                        + " triples and no load record";
            }
            long recorded = row.getLiteral("n").getLong();
            long counted = row.getLiteral("c").getLong();
            if (recorded != counted) {
                return "a reader saw " + row.getResource("a").getURI() + " with " + counted + " triples, its load "
                        + "record says " + recorded;
            }
        }
        return null;
    }

    private static Graph parseTurtle(HttpResponse<byte[]> resp) {
        return RDFParser.fromString(new String(resp.body(), StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
    }

    private static String turtle(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "text/turtle");
        if (type != null) {
            return type;
        }
        parseTurtle(resp);
        return null;
    }

    /** Turtle about the IRI asked for: it is the subject or object of some triple. */
    private static String describedTurtle(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "text/turtle");
        if (type != null) {
            return type;
        }
        Graph g = parseTurtle(resp);
        Node n = NodeFactory.createURI(Parley.DATA_NS + resp.request().uri().getRawPath().substring("/id/".length()));
        return g.contains(n, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, n) ? null
                : "the Turtle for " + n + " does not mention it (" + g.size() + " triples)";
    }

    private static String voidTurtle(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "text/turtle");
        if (type != null) {
            return type;
        }
        Graph g = parseTurtle(resp);
        return g.contains(Node.ANY, RDF.type.asNode(), VOID.Dataset.asNode()) ? null : "no void:Dataset in the VoID";
    }

    /** A whole HTML page about the IRI asked for. */
    /** The saved-query list: JSON naming the queries. */
    private static String queryList(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "application/json");
        if (type != null) {
            return type;
        }
        var list = org.apache.jena.atlas.json.JSON.parse(new String(resp.body(), StandardCharsets.UTF_8))
                .get("queries").getAsArray();
        return list.size() > 5 ? null : "only " + list.size() + " saved queries listed";
    }

    /** CSV with the timeline's header and rows of as many fields. */
    private static String csv(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "text/csv");
        if (type != null) {
            return type;
        }
        String body = new String(resp.body(), StandardCharsets.UTF_8);
        return body.startsWith("date,what,label,") ? null : "not the timeline's CSV: " + head(resp.body());
    }

    private static String html(HttpResponse<byte[]> resp, Context c) {
        String type = contentType(resp, "text/html");
        if (type != null) {
            return type;
        }
        String body = new String(resp.body(), StandardCharsets.UTF_8);
        String iri = Parley.DATA_NS + resp.request().uri().getRawPath().substring("/id/".length());
        if (!body.startsWith("<!DOCTYPE html>") || !body.strip().endsWith("</html>")) {
            return "not a whole HTML page: " + head(resp.body());
        }
        return body.contains("<code>" + HtmlTables.escape(iri) + "</code>") ? null : "the page does not name " + iri;
    }

    // ---- Figures and the end state ---------------------------------------------------------------------------------

    /** Per request kind: requests, failures, 5xx, connection errors, latencies in microseconds. */
    private static final class Stats {
        final LongAdder count = new LongAdder();
        final LongAdder failures = new LongAdder();
        final LongAdder serverErrors = new LongAdder();
        final LongAdder connectionErrors = new LongAdder();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    }

    private static void printFigures(Map<String, Stats> stats, long nanos, int reloads, Context context) {
        long total = 0;
        List<Long> all = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Stats> e : stats.entrySet()) {
            Stats s = e.getValue();
            List<Long> l = new ArrayList<>(s.latencies);
            Collections.sort(l);
            all.addAll(l);
            total += s.count.sum();
            sb.append(String.format("  %-36s %6d requests, p50 %7.1f ms, p99 %7.1f ms, %d failed (%d 5xx, "
                    + "%d connection)%n", e.getKey(), s.count.sum(), percentile(l, 50), percentile(l, 99),
                    s.failures.sum(), s.serverErrors.sum(), s.connectionErrors.sum()));
        }
        Collections.sort(all);
        System.out.printf("TestSoak: %d requests in %.1f s (%.0f/s), p50 %.1f ms, p99 %.1f ms; the loader loaded %d "
                + "articles, then reloaded a handful %d times; %d statement and %d actor IRIs dereferenced from%n%s",
                total, nanos / 1e9, total / (nanos / 1e9), percentile(all, 50), percentile(all, 99), ARTICLES,
                reloads, context.statements.size(), context.actors.size(), sb);
    }

    private static double percentile(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, i)) / 1000.0;
    }

    private static long count(HttpClient http, Context c, String query) throws Exception {
        HttpResponse<byte[]> resp = http.send(get(c, "/sparql?query=" + enc(query),
                "application/sparql-results+json"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, resp.statusCode());
        return results(resp).next().getLiteral("n").getLong();
    }

    private static long voidTriples(HttpClient http, Context c) throws Exception {
        HttpResponse<byte[]> resp = http.send(get(c, "/.well-known/void", "text/turtle"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, resp.statusCode());
        Graph g = parseTurtle(resp);
        Node ds = NodeFactory.createURI(c.base + "/.well-known/void#parley");
        return Long.parseLong(g.find(ds, VOID.triples.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static String head(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
