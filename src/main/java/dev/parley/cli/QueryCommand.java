package dev.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.parley.ParleyException;
import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyHome;
import dev.parley.query.Parameter;
import dev.parley.query.QueryService;
import dev.parley.query.ResultFormat;
import dev.parley.query.SavedQueries;
import dev.parley.query.SavedQuery;
import dev.parley.store.ArticleStore;

/**
 * {@code parley query}: a saved query, or an ad hoc one, run on the store without a server.
 * <pre>
 *   parley query --list
 *   parley query quotes-by --param speaker=https://w3id.org/parley/id/... --format csv
 *   parley query statements --param from=2025-03-01 --page 2 --page-size 10 --format md
 *   parley query --sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
 *   parley query --file my.rq --param x=1
 * </pre>
 * Parameters are checked and bound exactly as over HTTP ({@link QueryService}); results go to standard output.
 */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a saved query (queries/NAME.rq) or an ad hoc one on the store, without a server.",
            "Formats: table (default), csv, tsv, json, xml, md, html; ttl, jsonld, nt, rdf for CONSTRUCT/DESCRIBE."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption = new StoreOption();

    static final class What {
        @Parameters(paramLabel = "NAME", description = "A saved query's name (see --list).")
        String name;

        @Option(names = "--sparql", paramLabel = "QUERY", description = "An ad hoc query's text.")
        String sparql;

        @Option(names = "--file", paramLabel = "FILE", description = "A query file (may have a #+ header).")
        Path file;

        @Option(names = "--list", description = "List the saved queries and their parameters.")
        boolean list;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Output format (default: table, or "
            + "ttl for graphs).")
    String format;

    @Option(names = "--page", paramLabel = "N", description = "Page number, from 1.")
    Integer page;

    @Option(names = "--page-size", paramLabel = "N", description = "Rows per page.")
    Integer pageSize;

    @Option(names = "--row-cap", paramLabel = "N", defaultValue = "10000",
            description = "Most rows printed, and the largest page size (default ${DEFAULT-VALUE}).")
    long rowCap;

    @Override
    public Integer call() throws IOException {
        ParleyHome home = ParleyHome.get();
        if (rowCap < 1) {
            throw new BadInputException("--row-cap must be positive");
        }
        SavedQueries catalogue = what.name != null || what.list ? SavedQueries.load(home.queries())
                : SavedQueries.none();
        if (what.list) {
            list(catalogue, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        SavedQuery query;
        if (what.sparql != null) {
            query = SavedQueries.fromText("ad-hoc", Path.of("--sparql"), what.sparql);
        } else if (what.file != null) {
            if (!Files.isRegularFile(what.file)) {
                throw new BadInputException("No query file " + what.file);
            }
            query = SavedQueries.fromFile(what.file);
        } else {
            query = catalogue.get(what.name).orElseThrow(() -> new ParleyException.NotFoundException(
                    "No saved query \"" + what.name + "\" in " + home.queries() + " (parley query --list shows them)"));
        }
        ResultFormat resultFormat = format(query);
        Map<String, List<String>> args = arguments();
        try (ArticleStore store = ArticleStore.openExisting(storeOption.dir())) {
            QueryService service = QueryService.create(store.datasetGraph(), catalogue).rowCap(rowCap).cacheBytes(0)
                    .build();
            QueryService.Output out = service.run(query, args, resultFormat);
            spec.commandLine().getOut().flush();
            OutputStream stdout = System.out;
            stdout.write(out.body());
            stdout.flush();
            PrintWriter err = spec.commandLine().getErr();
            if (out.paging() != null) {
                err.println("page " + out.paging().page() + " of " + out.paging().lastPage() + " ("
                        + out.paging().total() + " results)");
            }
            if (out.capped()) {
                err.println("(cut at " + rowCap + " rows: use --page/--page-size or --row-cap)");
            }
            err.flush();
        }
        return ExitCodes.OK;
    }

    private ResultFormat format(SavedQuery query) {
        boolean graph = query.form().equals("CONSTRUCT") || query.form().equals("DESCRIBE");
        if (format == null) {
            return graph ? ResultFormat.TURTLE : ResultFormat.TEXT;
        }
        String f = format.toLowerCase(Locale.ROOT);
        ResultFormat chosen = f.equals("table") ? ResultFormat.TEXT : f.equals("turtle") ? ResultFormat.TURTLE
                : ResultFormat.bySuffix(f).orElseThrow(() -> new BadInputException("Unknown --format \"" + format
                        + "\"; use one of table, csv, tsv, json, xml, md, html, ttl, jsonld, nt, rdf"));
        if (!chosen.carries(query.form())) {
            throw new BadInputException("--format " + format + " cannot carry the results of a " + query.form()
                    + " query; use one of " + ResultFormat.forForm(query.form()).stream()
                            .map(r -> r == ResultFormat.TEXT ? "table" : r.suffix()).toList());
        }
        return chosen;
    }

    private Map<String, List<String>> arguments() {
        Map<String, List<String>> args = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq < 1) {
                throw new BadInputException("--param must be NAME=VALUE, got \"" + p + "\"");
            }
            args.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        for (String reserved : List.of(QueryService.PAGE, QueryService.PAGE_SIZE)) {
            if (args.containsKey(reserved)) {
                throw new BadInputException("Use --page and --page-size rather than --param " + reserved);
            }
        }
        if (page != null) {
            args.put(QueryService.PAGE, List.of(Integer.toString(page)));
        }
        if (pageSize != null) {
            args.put(QueryService.PAGE_SIZE, List.of(Integer.toString(pageSize)));
        }
        return args;
    }

    private static void list(SavedQueries catalogue, PrintWriter out) {
        for (SavedQuery q : catalogue.all()) {
            out.println(q.name() + "  -  " + q.header().summary());
            for (Parameter p : q.parameters()) {
                out.println("    --param " + p.name() + "=...   " + p.typeDescription()
                        + (p.mustBeGiven() ? ", required" : "")
                        + (p.allowed().isEmpty() ? "" : "; one of " + p.allowed())
                        + p.defaultValue().map(d -> "; default " + d).orElse(""));
            }
        }
        out.flush();
    }
}
