package dev.parley.server;

import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * parley's SPARQL server: Fuseki over the store, read-only unless writers are named, with the union of the named
 * graphs as the default graph, for readers and writers alike (see {@link WritersDefaultGraph}).
 * <pre>
 *   ParleyServer server = ParleyServer.create(store.datasetGraph()).port(0).build().start();
 *   String endpoint = server.sparqlUrl();
 *   server.stop();
 * </pre>
 * Endpoints: {@code /sparql} (SPARQL 1.1 Protocol), {@code /parley/query}, {@code /parley/sparql} and
 * {@code /parley/get} (Graph Store Protocol, read), {@code /id/...}, {@code /ontology}, {@code /.well-known/void},
 * {@code /queries} and {@code /queries/NAME} (saved queries), {@code /openapi.json}, {@code /report/} (the report,
 * as {@code parley report} writes it).
 * By default no update and no Graph Store write operation exists; {@link Builder#writes} adds SPARQL Update at
 * {@code /parley/update} and Graph Store writes at {@code /parley/data}, for the users it names only. Limits:
 * queries time out (default 30 s) and parse in half that, SELECTs return at most 10,000 rows, request bodies and
 * query strings are at most 1 MB and header fields 16 kB, and {@code SERVICE} is refused unless its endpoint is
 * allow-listed.
 */
public final class ParleyServer {
    /** Path of the dataset, as in a plain Fuseki server. */
    public static final String DATASET = "/parley";
    /** The paths of the SPARQL query endpoints, with and without a trailing slash. */
    private static final java.util.List<String> QUERY_PATHS = java.util.List.of("/sparql", "/sparql/",
            DATASET + "/sparql", DATASET + "/sparql/", DATASET + "/query", DATASET + "/query/");

    private final FusekiServer fuseki;
    private final String host;
    private final dev.parley.query.QueryService queryService;
    private final ParseDeadline parseDeadline;

    private ParleyServer(FusekiServer fuseki, String host, dev.parley.query.QueryService queryService,
            ParseDeadline parseDeadline) {
        this.fuseki = fuseki;
        this.host = host;
        this.queryService = queryService;
        this.parseDeadline = parseDeadline;
    }

    public static Builder create(DatasetGraph dsg) {
        return new Builder(dsg);
    }

    /** Builder for {@link ParleyServer}. */
    public static final class Builder {
        private final DatasetGraph dsg;
        private int port = 3030;
        private String host = "127.0.0.1";
        private long timeoutMillis = 30_000;
        private long rowCap = 10_000;
        private long maxRequestBytes = 1_000_000;
        private int maxHeaderBytes = 16_384;
        private java.util.Set<String> serviceAllowList = java.util.Set.of();
        private java.util.Set<String> corsOrigins = java.util.Set.of();
        private boolean accessLog;
        private java.nio.file.Path passwordFile;
        private java.util.Set<String> writers = java.util.Set.of();
        private String dataBase = dev.parley.vocab.Parley.DATA_NS;
        private org.apache.jena.rdf.model.Model ontology = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        private dev.parley.query.SavedQueries queries = dev.parley.query.SavedQueries.none();

        private Builder(DatasetGraph dsg) {
            this.dsg = Objects.requireNonNull(dsg, "dsg");
        }

        /** Port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** "127.0.0.1" or "localhost" (loopback only, the default), or "0.0.0.0" (every interface). */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("0.0.0.0")) {
                throw new IllegalArgumentException("host must be 127.0.0.1, localhost or 0.0.0.0: " + host);
            }
            this.host = host;
            return this;
        }

        public Builder timeoutMillis(long timeoutMillis) {
            if (timeoutMillis < 1) {
                throw new IllegalArgumentException("timeout must be positive: " + timeoutMillis);
            }
            this.timeoutMillis = timeoutMillis;
            return this;
        }

        /** The namespace of the data IRIs that {@code /id/...} answers for (default https://w3id.org/parley/id/). */
        public Builder dataBase(String dataBase) {
            Objects.requireNonNull(dataBase, "dataBase");
            if (!dataBase.matches("https?://\\S+/")) {
                throw new IllegalArgumentException("data base must be an http(s) IRI ending in '/': " + dataBase);
            }
            this.dataBase = dataBase;
            return this;
        }

        /** Most rows a SELECT returns (default 10,000); a query's own smaller LIMIT stands. */
        public Builder rowCap(long rowCap) {
            if (rowCap < 1) {
                throw new IllegalArgumentException("row cap must be positive: " + rowCap);
            }
            this.rowCap = rowCap;
            return this;
        }

        /**
         * Largest request body or query string accepted (default 1,000,000 bytes): a longer body is refused with
         * 413 as soon as it passes the limit (chunked or not), a longer query string with 414.
         */
        public Builder maxRequestBytes(long maxRequestBytes) {
            if (maxRequestBytes < 1) {
                throw new IllegalArgumentException("request size cap must be positive: " + maxRequestBytes);
            }
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** Largest total of request header fields accepted (default 16,384 bytes; more is refused with 431). */
        public Builder maxHeaderBytes(int maxHeaderBytes) {
            if (maxHeaderBytes < 1) {
                throw new IllegalArgumentException("header size cap must be positive: " + maxHeaderBytes);
            }
            this.maxHeaderBytes = maxHeaderBytes;
            return this;
        }

        /** SERVICE endpoints that queries may call (exact IRIs); empty, the default, turns SERVICE off. */
        public Builder serviceAllowList(java.util.Collection<String> endpoints) {
            this.serviceAllowList = java.util.Set.copyOf(endpoints);
            return this;
        }

        /**
         * Opens SPARQL Update ({@code /parley/update}) and Graph Store writes ({@code /parley/data}) to the named
         * users of a password file (Jetty format: {@code user: password}); anyone else gets 401. Without this
         * call no write endpoint exists at all.
         */
        public Builder writes(java.nio.file.Path passwordFile, java.util.Collection<String> users) {
            Objects.requireNonNull(passwordFile, "passwordFile");
            if (!java.nio.file.Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("password file not readable: " + passwordFile);
            }
            if (users.isEmpty()) {
                throw new IllegalArgumentException("name at least one user who may write");
            }
            this.passwordFile = passwordFile;
            this.writers = java.util.Set.copyOf(users);
            return this;
        }

        /**
         * The origins ({@code https://app.example}, scheme, host and port only) whose pages may send the browser's
         * credentials with their requests (CORS with {@code Access-Control-Allow-Credentials}); any other origin
         * may read, without credentials. None by default.
         */
        public Builder corsOrigins(java.util.Collection<String> origins) {
            origins.forEach(CorsPolicy::checkOrigin);
            this.corsOrigins = java.util.Set.copyOf(origins);
            return this;
        }

        /** One log line per request on the logger {@code dev.parley.access} (off by default). */
        public Builder accessLog(boolean accessLog) {
            this.accessLog = accessLog;
            return this;
        }

        /** The ontology to document at {@code /ontology}. */
        public Builder ontology(org.apache.jena.rdf.model.Model ontology) {
            this.ontology = Objects.requireNonNull(ontology, "ontology");
            return this;
        }

        /** The saved queries to serve at {@code /queries} (none by default). */
        public Builder queries(dev.parley.query.SavedQueries queries) {
            this.queries = Objects.requireNonNull(queries, "queries");
            return this;
        }

        /** The server, not yet started. */
        public ParleyServer build() {
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            Limits.service(dsg.getContext(), serviceAllowList);
            DataService.Builder datasetBuilder = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.GSP_R, "get");
            if (passwordFile != null) {
                var writersOnly = org.apache.jena.fuseki.auth.Auth.policyAllowSpecific(writers);
                datasetBuilder.addEndpoint(Operation.Update, "update", writersOnly)
                        .addEndpoint(Operation.GSP_RW, "data", writersOnly);
            }
            DataService dataset = datasetBuilder.build();
            DataService sparql = DataService.newBuilder(dsg).addEndpoint(Operation.Query, "").build();
            Descriptions descriptions = new Descriptions(dsg);
            // A GET with no query on an endpoint answers with its Service Description; VoID at its well-known place.
            // The endpoint is named without a trailing slash, whether it was asked for as /sparql or /sparql/.
            DescriptionServlet sd = new DescriptionServlet(req -> descriptions.serviceDescription(
                    req.getRequestURL().toString().replaceAll("/+$", "")));
            dev.parley.query.QueryService queryService = dev.parley.query.QueryService.create(dsg, queries)
                    .rowCap(rowCap).gzipAbove(JettyEdge.COMPRESS_ABOVE_BYTES).htmlPage(new QueryPages(dataBase))
                    .build();
            SavedQueryServlet savedQueries = new SavedQueryServlet(queryService);
            FusekiServer.Builder fb = FusekiServer.create();
            if (passwordFile != null) {
                fb.passwordFile(passwordFile.toString()).realm("parley");
            }
            if (accessLog) {
                fb.addFilter("/*", new AccessLog());
            }
            ParseDeadline parseDeadline = new ParseDeadline(timeoutMillis);
            fb.registerOperation(Operation.Query, new QueryOperation(rowCap, parseDeadline))
                    .port(port)
                    .loopback(!host.equals("0.0.0.0"))
                    .add(DATASET, dataset)
                    .add("/sparql", sparql);
            // On each query endpoint: a GET (or HEAD) with no query gets the description; then HEAD as GET.
            for (String path : QUERY_PATHS) {
                fb.addFilter(path, sd);
            }
            HeadAsGet head = new HeadAsGet();
            FormatNames formatNames = new FormatNames();
            RowCapNotice rowCapNotice = new RowCapNotice();
            for (String path : QUERY_PATHS) {
                fb.addFilter(path, head).addFilter(path, formatNames).addFilter(path, rowCapNotice);
            }
            if (WritersDefaultGraph.applies(dsg)) {
                // The default graph is the union for readers; what writers write to it goes to the edits graph.
                fb.registerOperation(Operation.Update, new WritersDefaultGraph.UpdateOperation());
                WritersDefaultGraph.GraphStoreFilter graphStore = new WritersDefaultGraph.GraphStoreFilter(dsg);
                fb.addFilter(DATASET + "/get", graphStore).addFilter(DATASET + "/data", graphStore);
            }
            FusekiServer fuseki = fb
                    .addServlet("/id/*", new ResourceServlet(dsg, dataBase))
                    .addServlet("/ontology", new OntologyServlet(ontology))
                    .addServlet("/queries", savedQueries)
                    .addServlet("/queries/*", savedQueries)
                    .addServlet("/openapi.json", new OpenApi.Servlet(queryService))
                    .addServlet("/report/*", new ReportServlet(dsg, queries))
                    .addFilter("/*", new PageServlet())
                    .addServlet("/.well-known/void", new DescriptionServlet(req -> descriptions.voidDescription(
                            req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort())))
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableCors(false, null) // CorsPolicy, in front of authentication
                    .verbose(false)
                    .build();
            JettyEdge.install(fuseki.getJettyServer(), new CorsPolicy(corsOrigins),
                    new RequestLimits(maxRequestBytes, maxHeaderBytes), maxRequestBytes);
            return new ParleyServer(fuseki, host, queryService, parseDeadline);
        }
    }

    /** Starts listening; returns this server. */
    public ParleyServer start() {
        fuseki.start();
        return this;
    }

    /** Stops the server; the store stays open for its owner to close. */
    public void stop() {
        fuseki.stop();
        parseDeadline.close();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String baseUrl() {
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port();
    }

    /** The service behind {@code /queries}: its catalogue and cache figures. */
    public dev.parley.query.QueryService queryService() {
        return queryService;
    }

    public String sparqlUrl() {
        return baseUrl() + "/sparql";
    }
}
