package dev.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.input.JsonFields;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;
import dev.parley.store.GraphStoreTarget;
import dev.parley.store.LoadReport;
import dev.parley.store.LoadTarget;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/** {@code parley load}: articles into the store, atomically, idempotently and validated. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles into the store: one named graph per article, validated against "
                + "ontology/shapes.ttl. Reads NAME.txt (with optional NAME.meta.json), JSON Lines (*.jsonl, "
                + "*.jsonl.gz: one article per line), web pages (*.html, *.htm) and WARC files (*.warc, *.warc.gz: "
                + "each HTML response an article), named or in the folders named.",
            "An article whose record has not changed since its last load is skipped; a changed one is replaced. "
                + "A bad record is reported with its file and line or offset, and the others load."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file loaded or unchanged", "1:failure", "2:bad usage, or some files failed "
                + "(the others loaded)"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders (default: data/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--force", description = "Reload even unchanged articles.")
    boolean force;

    @Option(names = "--prune", description = "Also remove articles whose files are gone.")
    boolean prune;

    @Option(names = "--fail-fast", description = "Stop at the first article that fails.")
    boolean failFast;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "5242880",
            description = "Largest article accepted: a text or HTML file, a JSON line, a WARC response "
                + "(default: ${DEFAULT-VALUE} bytes).")
    long maxBytes;

    @Option(names = "--fields", paramLabel = "PART=FIELD,...",
            description = {"JSON Lines: the fields holding an article's parts, e.g. text=body,published=date "
                + "(parts: title, text, published, url, source, language; a|b tries several).",
                "Default: the names of common exports (title/headline, text/body/content/maintext, "
                + "published/date/date_publish, url, source/source_domain, language)."})
    String fields;

    @Option(names = "--target", paramLabel = "URL",
            description = {"Write to this SPARQL Graph Store endpoint (e.g. http://host:3030/ds/data) instead of the "
                + "store.", "Credentials from PARLEY_TARGET_USER and PARLEY_TARGET_PASSWORD."})
    String targetUrl;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        ParleyHome home = ParleyHome.get();
        PrintWriter out = spec.commandLine().getOut();
        List<Path> inputs = paths.isEmpty() ? List.of(home.data().resolve("articles")) : paths;
        // Everything the user gave is checked before the store is opened: bad input writes nothing.
        if (threads != null && threads < 1 || batch < 1 || maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--threads, --batch and --max-size must be positive");
        }
        JsonFields jsonFields = jsonFields(spec, fields);
        Loader.articleFiles(inputs);
        DataContract contract = DataContract.load(home.ontology().resolve("shapes.ttl"));
        Extractor extractor = Extractor.forHome(home);
        ArticleStore store = targetUrl == null ? ArticleStore.open(storeOption.dir()) : null;
        try (LoadTarget target = store != null ? new TdbTarget(store) : GraphStoreTarget.create(targetUrl,
                System.getenv("PARLEY_TARGET_USER"), System.getenv("PARLEY_TARGET_PASSWORD"))) {
            Loader.Builder b = Loader.create(target, extractor, contract).force(force).failFast(failFast)
                    .maxBytes(maxBytes).fields(jsonFields).batchSize(batch).progress(progress(out));
            if (threads != null) {
                b.threads(threads);
            }
            Loader loader = b.build();
            int refs = loader.refreshReferences(home.ontology().resolve("parley.ttl"),
                    home.data().resolve("entities.ttl"));
            if (refs > 0) {
                out.println("ontology/registry graphs refreshed: " + refs);
            }
            LoadReport report = loader.load(inputs);
            if (prune) {
                LoadReport pruned = loader.prune();
                report = new LoadReport(concat(report.outcomes(), pruned.outcomes()), report.triples(),
                        report.time().plus(pruned.time()));
            }
            java.util.Map<String, Integer> reextracted = new java.util.TreeMap<>();
            for (LoadReport.Outcome o : report.outcomes()) {
                if (o.status() == LoadReport.Status.REPLACED && o.message() != null) {
                    reextracted.merge(o.message(), 1, Integer::sum);
                } else if (o.status() != LoadReport.Status.LOADED && o.status() != LoadReport.Status.REPLACED) {
                    out.printf("%-9s %s: %s%n", o.status().name().toLowerCase(Locale.ROOT), o.where(), o.message());
                }
            }
            reextracted.forEach((why, n) -> out.printf("%d article(s) %s%n", n, why));
            out.println(report.summary());
            out.flush();
            return report.anyFailed() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    /** The JSON field names: the defaults, with the {@code --fields} mapping when given. */
    static JsonFields jsonFields(CommandSpec spec, String mapping) {
        try {
            return mapping == null ? JsonFields.defaults() : JsonFields.defaults().with(mapping);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--fields: " + e.getMessage());
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Whether standard output is a terminal (Console.isTerminal where the running JDK has it, 22+). */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** A progress bar on a terminal; otherwise a plain line every few seconds. */
    private static Loader.Progress progress(PrintWriter out) {
        if (onTerminal()) {
            return new Loader.Progress() {
                private ProgressBar bar;

                @Override
                public void update(long done, long total) {
                    if (bar == null) {
                        bar = new ProgressBarBuilder().setTaskName("loading").setInitialMax(total)
                                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).build();
                    }
                    bar.stepTo(done);
                }

                @Override
                public void finish() {
                    if (bar != null) {
                        bar.close();
                    }
                }
            };
        }
        return new Loader.Progress() {
            private long last = System.nanoTime();

            @Override
            public void update(long done, long total) {
                long now = System.nanoTime();
                if (now - last > 2_000_000_000L && total < 0) {
                    out.printf("loading: %d articles%n", done);
                    out.flush();
                    last = now;
                } else if (now - last > 2_000_000_000L && done < total) {
                    out.printf("loading: %d/%d articles%n", done, total);
                    out.flush();
                    last = now;
                }
            }
        };
    }
}
