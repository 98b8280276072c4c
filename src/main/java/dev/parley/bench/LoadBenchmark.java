package dev.parley.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

import dev.parley.ParleyException;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;
import dev.parley.store.LoadReport;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/**
 * Corpus load, end to end, against the raw TDB2 bulk loader on the same triples.
 * <pre>
 *   LoadBenchmark.Result r = LoadBenchmark.run(extractor, contract, workDir, 10_000, 42L, out);
 * </pre>
 * Writes a generated corpus to {@code workDir/corpus}, loads it with {@code parley load}'s loader into a fresh
 * store (extraction, validation, batched transactions and all), dumps the article graphs it wrote as N-Quads,
 * and loads that file into a second fresh store with {@code tdb2.tdbloader} in a child JVM (the same class path
 * and heap). The ratio says how close the whole pipeline gets to the loader that does nothing but write.
 */
public final class LoadBenchmark {
    /**
     * Figures of one run.
     *
     * @param articles       articles loaded
     * @param triples        triples written
     * @param parleySeconds  wall time of the parley load
     * @param rawSeconds     wall time of tdb2.tdbloader on the same quads, JVM start included
     */
    public record Result(int articles, long triples, double parleySeconds, double rawSeconds) {
        public double parleyArticlesPerSecond() {
            return articles / parleySeconds;
        }

        public double parleyTriplesPerSecond() {
            return triples / parleySeconds;
        }

        public double rawTriplesPerSecond() {
            return triples / rawSeconds;
        }

        /** parley's throughput as a share of the raw loader's (1.0 = as fast). */
        public double ratio() {
            return rawSeconds / parleySeconds;
        }

        public String table() {
            return String.format(Locale.ROOT, """
                    corpus load: %,d articles, %,d triples
                      parley load        %7.2f s  %8.0f articles/s  %9.0f triples/s
                      tdb2.tdbloader     %7.2f s  %8s             %9.0f triples/s
                      ratio parley/raw   %.2f (share of the raw loader's throughput)
                    """, articles, triples, parleySeconds, parleyArticlesPerSecond(), parleyTriplesPerSecond(),
                    rawSeconds, "-", rawTriplesPerSecond(), ratio());
        }
    }

    private LoadBenchmark() {}

    /** Runs the benchmark in {@code workDir} (which must be empty or absent); prints progress to {@code out}. */
    public static Result run(Extractor extractor, DataContract contract, Path workDir, int articles, long seed,
            PrintStream out) {
        Objects.requireNonNull(workDir, "workDir");
        try {
            Files.createDirectories(workDir);
            try (var entries = Files.list(workDir)) {
                if (entries.findAny().isPresent()) {
                    throw new ParleyException.BadInputException("Benchmark folder is not empty: " + workDir);
                }
            }
            Path corpus = workDir.resolve("corpus");
            out.printf("writing %,d generated articles to %s ...%n", articles, corpus);
            CorpusGenerator.write(corpus, articles, seed);

            out.println("loading them with parley load ...");
            Path quads = workDir.resolve("articles.nq");
            LoadReport report;
            try (ArticleStore store = ArticleStore.open(workDir.resolve("store-parley"))) {
                Loader loader = Loader.create(new TdbTarget(store), extractor, contract).build();
                report = loader.load(List.of(corpus));
                if (report.anyFailed()) {
                    throw new ParleyException("The generated corpus did not load cleanly: " + report.summary());
                }
                dumpArticleGraphs(store, quads);
            }
            double parleySeconds = report.time().toNanos() / 1e9;

            out.println("loading the same quads with tdb2.tdbloader ...");
            double rawSeconds = tdbloader(workDir.resolve("store-raw"), quads);
            return new Result((int) report.written(), report.triples(), parleySeconds, rawSeconds);
        } catch (IOException e) {
            throw new ParleyException("Benchmark I/O failed: " + e.getMessage(), e);
        }
    }

    private static void dumpArticleGraphs(ArticleStore store, Path quads) throws IOException {
        DatasetGraph dsg = store.datasetGraph();
        try (OutputStream os = Files.newOutputStream(quads)) {
            dsg.executeRead(() -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
                w.start();
                for (String g : store.articleGraphs()) {
                    Node gn = org.apache.jena.graph.NodeFactory.createURI(g);
                    dsg.find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad);
                }
                w.finish();
            });
        }
    }

    /** Runs {@code tdb2.tdbloader --loc DIR FILE} in a child JVM with this JVM's class path and heap. */
    private static double tdbloader(Path location, Path quads) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap + "m", "-cp",
                System.getProperty("java.class.path"), "tdb2.tdbloader", "--loc", location.toString(),
                quads.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new ParleyException("tdb2.tdbloader failed or timed out (exit " + p.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new ParleyException("Interrupted while tdb2.tdbloader ran", e);
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
