package dev.parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.parley.ParleyException;
import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyHome;
import dev.parley.bench.CorpusGenerator;
import dev.parley.bench.ExtractionBenchmark;
import dev.parley.bench.LoadGenerator;
import dev.parley.bench.ServerBenchmark;
import dev.parley.bench.ServerReport;
import dev.parley.bench.StandaloneFuseki;
import dev.parley.extract.Extractor;
import dev.parley.model.Article;

/**
 * {@code parley bench}: generated corpora and extraction throughput.
 * <pre>
 *   parley bench corpus --articles 1000 --out /tmp/corpus     # bench-00001.txt + .meta.json, ...
 *   parley bench extract --articles 10000 --threads 1,2,4     # articles/s per thread count
 *   parley bench load --articles 10000 --work /tmp/bench      # corpus load vs tdb2.tdbloader
 *   parley bench server --articles 500 --connections 1,8 --rounds 2 --work /tmp/bench-server
 *                                                             # parley's server vs Fuseki, same store
 * </pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate invented cease-fire news corpora and measure how fast the extractor reads them, how "
                + "fast the loader writes them, and how parley's server answers compared with Fuseki's.",
        subcommands = {BenchCommand.Corpus.class, BenchCommand.Extract.class, BenchCommand.Load.class,
            BenchCommand.Server.class})
final class BenchCommand implements Callable<Integer> {
    private static final int MAX_THREADS = 1024;
    private static final int MAX_ROUNDS = 1000;
    private static final int MAX_SECONDS = 3600;
    private static final int MAX_STARTS = 100;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** A bad value of a bench option is bad input, named with its bounds, before anything is generated or run. */
    private static void checkRange(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new BadInputException(option + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    private static void checkArticles(int articles) {
        checkRange("--articles", articles, 1, CorpusGenerator.MAX_ARTICLES);
    }

    /** The {@code --seed S} option of the subcommands that generate a corpus to measure (extract, load, server). */
    static final class Seed {
        @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
                description = "Random seed of the corpus (default ${DEFAULT-VALUE}).")
        long value;
    }

    /** The {@code --articles N} option of the subcommands that measure a generated corpus alone (extract, load). */
    static final class ArticleCount {
        @Option(names = "--articles", defaultValue = "10000", paramLabel = "N",
                description = "Articles in the corpus (default ${DEFAULT-VALUE}).")
        int value;
    }

    /** {@code parley bench corpus}: a generated corpus written to a folder. */
    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = {"Write N invented news articles about cease-fire talks (350-600 words each) to DIR as "
                + "bench-00001.txt with bench-00001.meta.json, and so on. The same --seed gives the same corpus.",
                "DIR must be empty, missing, or hold only an earlier bench corpus (bench-*.txt and "
                    + "bench-*.meta.json), which is replaced."})
    static final class Corpus implements Callable<Integer> {
        private static final Pattern BENCH_FILE = Pattern.compile("bench-(\\d{5,7})\\.(txt|meta\\.json)");

        @Spec
        CommandSpec spec;

        @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
        int articles;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
                description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
        Path out;

        @Override
        public Integer call() {
            checkArticles(articles);
            List<Path> stale = staleFiles();
            long start = System.nanoTime();
            CorpusGenerator.write(out, articles, seed);
            try {
                for (Path p : stale) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new ParleyException("Cannot remove an earlier corpus file in " + out + ": " + e.getMessage(), e);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "Wrote %,d articles (seed %d) to %s in %.1f s%s%n", articles, seed, out,
                    (System.nanoTime() - start) / 1e9,
                    stale.isEmpty() ? "" : String.format(Locale.ROOT, "; removed %,d files of an earlier, larger "
                            + "corpus", stale.size()));
            w.flush();
            return ExitCodes.OK;
        }

        /** Checks that DIR may be written; returns the files of an earlier corpus that this one will not overwrite. */
        private List<Path> staleFiles() {
            if (!Files.exists(out)) {
                return List.of();
            }
            if (!Files.isDirectory(out)) {
                throw new BadInputException("--out " + out + " is not a folder");
            }
            List<Path> stale = new ArrayList<>();
            try (Stream<Path> entries = Files.list(out)) {
                for (Path p : entries.sorted().toList()) {
                    Matcher m = BENCH_FILE.matcher(p.getFileName().toString());
                    if (!m.matches() || !Files.isRegularFile(p)) {
                        throw new BadInputException("--out " + out + " is not empty (it holds " + p.getFileName()
                                + "): give an empty folder, or one that holds only a bench corpus");
                    }
                    if (Integer.parseInt(m.group(1)) > articles) {
                        stale.add(p);
                    }
                }
            } catch (IOException e) {
                throw new ParleyException("Cannot read " + out + ": " + e.getMessage(), e);
            }
            return stale;
        }
    }

    /** {@code parley bench extract}: extraction throughput over a corpus generated in memory. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Generate N articles in memory and extract them all, ROUNDS times per thread count after "
                + "a warm-up, with the project's entity registry; print articles/s (median, min, max), words/s, "
                + "CPU time per article and triples per round for each thread count."})
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ArticleCount articles;

        @Mixin
        Seed seed;

        @Option(names = "--threads", defaultValue = "1,2", split = ",", paramLabel = "T",
                description = "Thread counts to measure, comma-separated (default ${DEFAULT-VALUE}).")
        List<Integer> threads;

        @Option(names = "--rounds", defaultValue = "5", paramLabel = "R",
                description = "Timed rounds per thread count (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--no-registry", description = "Ignore data/entities.ttl: find every name from the text alone.")
        boolean noRegistry;

        @Override
        public Integer call() {
            checkArticles(articles.value);
            for (int t : threads) {
                checkRange("--threads", t, 1, MAX_THREADS);
            }
            checkRange("--rounds", rounds, 1, MAX_ROUNDS);
            PrintWriter w = spec.commandLine().getOut();
            Extractor extractor = noRegistry ? Extractor.withoutRegistry() : Extractor.forHome(ParleyHome.get());
            long start = System.nanoTime();
            List<Article> corpus = CorpusGenerator.generate(articles.value, seed.value);
            double generated = (System.nanoTime() - start) / 1e9;
            ExtractionBenchmark bench = ExtractionBenchmark.create().extractor(extractor).corpus(corpus)
                    .rounds(rounds).out(w).build();
            w.printf(Locale.ROOT, "Corpus: %,d articles, %,d words (seed %d, generated in %.1f s). Java %s, %d "
                    + "processors, max heap %,d MB.%n", corpus.size(), bench.words(), seed.value, generated,
                    Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            w.flush();
            bench.run(threads);
            return ExitCodes.OK;
        }
    }

    /** {@code parley bench load}: corpus load end to end, against tdb2.tdbloader on the same triples. */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Write N generated articles to WORK/corpus, load them with parley's loader into a fresh "
                + "store, then load the same triples with tdb2.tdbloader into another (child JVM, same heap); "
                + "print both throughputs and their ratio."})
    static final class Load implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ArticleCount articles;

        @Mixin
        Seed seed;

        @Option(names = "--work", required = true, paramLabel = "DIR",
                description = "An empty or new folder for the corpus, the two stores and the quads file.")
        Path work;

        @Override
        public Integer call() {
            checkArticles(articles.value);
            ParleyHome home = ParleyHome.get();
            PrintWriter w = spec.commandLine().getOut();
            w.flush();
            dev.parley.bench.LoadBenchmark.Result r = dev.parley.bench.LoadBenchmark.run(Extractor.forHome(home),
                    dev.parley.model.DataContract.load(home.ontology().resolve("shapes.ttl")), work, articles.value,
                    seed.value, new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
            w.print(r.table());
            w.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code parley bench server}: parley's server against the standalone Fuseki server on the same store. */
    @Command(name = "server", mixinStandardHelpOptions = true,
            description = {"Load data/articles plus N generated articles into WORK/store (reused when an earlier run "
                + "loaded the same), then run parley's server and the standalone Fuseki server (" 
                + StandaloneFuseki.ARTIFACT + ", fetched by Maven into WORK/fuseki) in turn on it, each a "
                + "child JVM on 127.0.0.1 with the same heap, for ROUNDS rounds.",
                "Each round sends the same SPARQL text to both (a point lookup, the saved queries in queries/, a "
                    + "count by class) for SECONDS at each connection count after a warm-up, and, on parley, the "
                    + "saved queries by name on /queries/NAME and /queries/NAME.json when GET /queries answers.",
                "Also measures start-up to the first answer, resident memory idle and under load, and the load of "
                    + "one article into a fresh store. Prints a table with parley/Fuseki ratios and the targets met "
                    + "or missed; writes results.csv (one row per round), starts.csv, chart.svg and summary.txt "
                    + "to --out."})
    static final class Server implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--articles", defaultValue = "10000", paramLabel = "N",
                description = "Generated articles besides data/articles (default ${DEFAULT-VALUE}).")
        int articles;

        @Mixin
        Seed seed;

        @Option(names = "--work", required = true, paramLabel = "DIR",
                description = "Folder for the corpus, the store, the Fuseki jar and the logs: new, empty, or an "
                    + "earlier run's.")
        Path work;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Folder for results.csv, starts.csv, chart.svg, summary.txt (default WORK/results).")
        Path out;

        @Option(names = "--connections", defaultValue = "1,8,64", split = ",", paramLabel = "C",
                description = "Connection counts, comma-separated (default ${DEFAULT-VALUE}).")
        List<Integer> connections;

        @Option(names = "--rounds", defaultValue = "3", paramLabel = "R",
                description = "Rounds, each running parley's server then Fuseki (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--seconds", defaultValue = "5", paramLabel = "S",
                description = "Time per query and connection count (default ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--warmup", defaultValue = "2", paramLabel = "S",
                description = "Warm-up per query after each server start, seconds (default ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--starts", defaultValue = "5", paramLabel = "K",
                description = "Starts of each server for the start-up median, at least (default ${DEFAULT-VALUE}).")
        int starts;

        @Option(names = "--heap", defaultValue = "512m", paramLabel = "SIZE",
                description = "Heap of both servers (default ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--queries", split = ",", paramLabel = "NAME",
                description = "Only these queries: point-lookup, count-by-class, saved query names (default: all).")
        List<String> queries = new ArrayList<>();

        @Override
        public Integer call() {
            checkArticles(articles);
            for (int c : connections) {
                checkRange("--connections", c, 1, LoadGenerator.MAX_CONNECTIONS);
            }
            checkRange("--rounds", rounds, 1, MAX_ROUNDS);
            checkRange("--seconds", seconds, 1, MAX_SECONDS);
            checkRange("--warmup", warmup, 0, MAX_SECONDS);
            checkRange("--starts", starts, 1, MAX_STARTS);
            if (!heap.matches("\\d+[kmgKMG]?")) {
                throw new BadInputException("--heap must be a size such as 512m, got " + heap);
            }
            PrintWriter w = spec.commandLine().getOut();
            ServerReport report = ServerBenchmark.create().work(work).articles(articles).seed(seed.value)
                    .connections(connections).rounds(rounds).duration(Duration.ofSeconds(seconds))
                    .warmup(Duration.ofSeconds(warmup)).starts(starts).heap(heap).queries(queries)
                    .out(new PrintStream(System.out, true, StandardCharsets.UTF_8)).build().run();
            Path dir = out != null ? out : work.resolve("results");
            report.write(dir);
            w.println();
            w.print(report.table());
            w.println("Written to " + dir + ": results.csv (one row per round), starts.csv, chart.svg, summary.txt");
            w.flush();
            return ExitCodes.OK;
        }
    }
}
