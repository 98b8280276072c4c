package dev.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.server.ParleyServer;
import dev.parley.store.ArticleStore;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/**
 * {@code parley serve}: the main job. Loads data/ into an empty store, then serves it over SPARQL. Settings may come
 * from a file named by {@code --config}: a {@link SettingsFile} gives picocli the default values of the options the
 * command line leaves out, so that the options given there win.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, defaultValueProvider = SettingsFile.class,
        description = {"Serve the store over SPARQL 1.1 (read-only unless --writers names users who may write). If "
                + "the store has no articles yet, load the articles in data/articles first; articles extracted by "
                + "another version of the extractor are extracted again first."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default: this machine only) or 0.0.0.0 (every interface).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0: any free).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query time limit (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Option(names = "--row-cap", paramLabel = "N", defaultValue = "10000",
            description = "Most rows a SELECT returns (default: ${DEFAULT-VALUE}).")
    long rowCap;

    @Option(names = "--max-request", paramLabel = "BYTES", defaultValue = "1000000",
            description = "Largest request body or query string (default: ${DEFAULT-VALUE}).")
    long maxRequest;

    @Option(names = "--allow-service", paramLabel = "URL", split = ",",
            description = "SPARQL endpoints that SERVICE may call (default: none, SERVICE is off).")
    java.util.List<String> allowService = new java.util.ArrayList<>();

    @Option(names = "--cors-origins", paramLabel = "URL", split = ",",
            description = {"Origins (https://app.example, no path) whose pages may send credentials with their "
                + "requests, e.g. an update as a writer (default: none; any origin may read anonymously)."})
    java.util.List<String> corsOrigins = new java.util.ArrayList<>();

    @Option(names = "--access-log", description = "Log one line per request (method, path, status, time).")
    boolean accessLog;

    @Option(names = "--writers", paramLabel = "USER", split = ",",
            description = "Open /parley/update and /parley/data to these users of --passwd (default: no writes).")
    java.util.List<String> writers = new java.util.ArrayList<>();

    @Option(names = "--passwd", paramLabel = "FILE", description = "Password file (user: password) for --writers.")
    java.nio.file.Path passwd;

    @Option(names = SettingsFile.OPTION, paramLabel = "FILE",
            description = {"Settings file (Java properties), keys as the options without dashes: host, port, timeout, "
                + "row-cap, max-request, allow-service, cors-origins, access-log, writers, passwd, data-base. "
                + "Options given on the command line win; paths are relative to the file."})
    java.nio.file.Path config;

    @Option(names = "--data-base", paramLabel = "IRI", defaultValue = "https://w3id.org/parley/id/",
            description = "Namespace of the data IRIs that /id/... answers for (default: ${DEFAULT-VALUE}).")
    String dataBase;

    @Override
    public Integer call() {
        if (writers.isEmpty() != (passwd == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--writers and --passwd go together");
        }
        if (passwd != null && !java.nio.file.Files.isReadable(passwd)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Cannot read --passwd " + passwd);
        }
        if (port < 0 || port > 65535 || timeoutSeconds < 1 || rowCap < 1 || maxRequest < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port must be 0..65535; --timeout, --row-cap and --max-request must be positive");
        }
        ParleyHome home = ParleyHome.get();
        PrintWriter out = spec.commandLine().getOut();
        // Every saved query is read and checked before anything else: a bad file stops the server, never dropped.
        dev.parley.query.SavedQueries queries = dev.parley.query.SavedQueries.load(home.queries());
        for (String warning : queries.warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        ArticleStore store = ArticleStore.open(storeOption.dir());
        try {
            Loader loader = Loader.create(new TdbTarget(store), Extractor.forHome(home),
                    DataContract.load(home.ontology().resolve("shapes.ttl"))).build();
            if (store.articleCount() == 0) {
                out.println("The store is empty: loading " + home.data().resolve("articles") + " ...");
                out.flush();
                loader.refreshReferences(home.ontology().resolve("parley.ttl"), home.data().resolve("entities.ttl"));
                out.println(loader.load(List.of(home.data().resolve("articles"))).summary());
            } else {
                // A store extracted by another extractor (an upgrade, a changed word list or registry) is brought
                // up to date before it is served, as `parley load` would.
                List<java.nio.file.Path> stale = loader.stale();
                if (!stale.isEmpty()) {
                    out.println(stale.size() + " article(s) were extracted by another version of the extractor: "
                            + "extracting them again ...");
                    out.flush();
                    loader.refreshReferences(home.ontology().resolve("parley.ttl"),
                            home.data().resolve("entities.ttl"));
                    out.println(loader.load(stale).summary());
                }
            }
            ParleyServer.Builder builder = ParleyServer.create(store.datasetGraph());
            if (passwd != null) {
                builder.writes(passwd, writers);
            }
            try {
                builder.corsOrigins(corsOrigins);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cors-origins: "
                        + e.getMessage());
            }
            ParleyServer server = builder.host(host).port(port)
                    .timeoutMillis(timeoutSeconds * 1000L).rowCap(rowCap).maxRequestBytes(maxRequest)
                    .serviceAllowList(allowService).accessLog(accessLog).dataBase(dataBase).queries(queries)
                    .ontology(org.apache.jena.riot.RDFDataMgr.loadModel(home.ontology().resolve("parley.ttl")
                            .toString()))
                    .build().start();
            out.println("parley is serving " + store.articleCount() + " article(s) from " + store.dir());
            out.println("  SPARQL endpoint   " + server.sparqlUrl());
            out.println("  Fuseki dataset    " + server.baseUrl() + ParleyServer.DATASET + "/query, /get");
            out.println("  Resources         " + server.baseUrl() + "/id/...   (e.g. /id/donald-trump)");
            out.println("  Ontology          " + server.baseUrl() + "/ontology");
            out.println("  Saved queries     " + server.baseUrl() + "/queries   (" + queries.all().size()
                    + "; OpenAPI at /openapi.json)");
            out.println("  Report            " + server.baseUrl() + "/report/");
            out.println("  VoID              " + server.baseUrl() + "/.well-known/void");
            out.println("  Health            " + server.baseUrl() + "/$/ping");
            out.println("Stop with Ctrl-C.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                store.close();
            }));
            server.join();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
