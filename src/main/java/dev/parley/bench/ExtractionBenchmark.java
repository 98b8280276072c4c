package dev.parley.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.parley.ParleyException;
import dev.parley.extract.Extractor;
import dev.parley.model.Article;

/**
 * How fast the extractor turns articles into graphs: articles per second over a whole corpus, at one or more thread
 * counts, timed with {@link System#nanoTime} (no JMH). Each round also reports the process's CPU time per article
 * and the system load average: on a machine shared with other work, wall-clock rates fall and scatter, and the load
 * says so; CPU time per article suffers less, but still rises (caches and cores are shared too).
 * <pre>
 *   ExtractionBenchmark.Result r = ExtractionBenchmark.run(extractor, corpus, 2);   // prints to standard output
 *
 *   List&lt;ExtractionBenchmark.Result&gt; results = ExtractionBenchmark.create().extractor(extractor).corpus(corpus)
 *           .rounds(5).out(writer).build().run(List.of(1, 2, 4));
 * </pre>
 * For each thread count: a fixed pool of that many threads, all sharing the one extractor; warm-up passes over the
 * first articles; then timed rounds, each extracting the whole corpus, handed out to the threads in small chunks so
 * that none idles while another still has work. A round's graphs are counted (triples) and dropped, so the corpus
 * itself is all that stays in memory.
 * <p>
 * Every round must produce the same number of triples, at every thread count: a difference means the extractor is
 * not deterministic or not safe to share between threads, and the run fails with a {@link ParleyException} rather
 * than report a speed for wrong output.
 */
public final class ExtractionBenchmark {
    /** Timed rounds per thread count unless told otherwise. */
    public static final int DEFAULT_ROUNDS = 5;
    /** Untimed passes before the rounds. */
    public static final int DEFAULT_WARMUP_PASSES = 2;
    /** Articles in each warm-up pass (fewer when the corpus is smaller). */
    public static final int DEFAULT_WARMUP_ARTICLES = 1000;

    /**
     * The figures for one thread count.
     *
     * @param threads           threads sharing the extractor
     * @param articles          articles in the corpus (one round extracts them all)
     * @param words             words in the corpus
     * @param triples           triples produced by one round (the same in every round)
     * @param articlesPerSecond one figure per timed round, in order
     * @param cpuMsPerArticle   per round, the CPU time of the whole process (extraction, garbage collection, JIT)
     *                          per article, in milliseconds; empty when the JVM cannot tell
     */
    public record Result(int threads, int articles, long words, long triples, List<Double> articlesPerSecond,
            List<Double> cpuMsPerArticle) {
        public Result {
            if (threads < 1 || articles < 1 || words < 0 || triples < 0) {
                throw new IllegalArgumentException("threads and articles must be positive, words and triples not "
                        + "negative");
            }
            articlesPerSecond = List.copyOf(articlesPerSecond);
            cpuMsPerArticle = List.copyOf(cpuMsPerArticle);
            if (articlesPerSecond.isEmpty()) {
                throw new IllegalArgumentException("No rounds");
            }
        }

        /** The median round (for an even number of rounds, the mean of the middle two). */
        public double median() {
            return Statistics.median(articlesPerSecond);
        }

        /** The median round's process CPU time per article in milliseconds, or NaN when unknown. */
        public double medianCpuMsPerArticle() {
            return cpuMsPerArticle.isEmpty() ? Double.NaN : Statistics.median(cpuMsPerArticle);
        }

        public double min() {
            return Collections.min(articlesPerSecond);
        }

        public double max() {
            return Collections.max(articlesPerSecond);
        }

        /** Words per second in the median round. */
        public double wordsPerSecond() {
            return median() * words / articles;
        }

        /** One line: {@code threads=2 median 1234 articles/s (min 1200, max 1250), words/s 567,890, ...}. */
        public String summary() {
            return String.format(Locale.ROOT, "threads=%d median %,.0f articles/s (min %,.0f, max %,.0f), words/s "
                    + "%,.0f, CPU %.2f ms/article, triples/round %,d", threads, median(), min(), max(),
                    wordsPerSecond(), medianCpuMsPerArticle(), triples);
        }
    }

    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private final Extractor extractor;
    private final List<Article> corpus;
    private final int rounds;
    private final int warmupPasses;
    private final int warmupArticles;
    private final PrintWriter out;
    private final long words;

    private ExtractionBenchmark(Builder b) {
        this.extractor = b.extractor;
        this.corpus = List.copyOf(b.corpus);
        this.rounds = b.rounds;
        this.warmupPasses = b.warmupPasses;
        this.warmupArticles = b.warmupArticles;
        this.out = b.out;
        long w = 0;
        for (Article a : corpus) {
            w += CorpusGenerator.countWords(a.text());
        }
        this.words = w;
    }

    /**
     * Measures one thread count with the defaults (5 rounds after 2 warm-up passes), printing progress and a table
     * to standard output.
     */
    public static Result run(Extractor extractor, List<Article> corpus, int threads) {
        return create().extractor(extractor).corpus(corpus).build().run(threads);
    }

    public static Builder create() {
        return new Builder();
    }

    /** Words in the corpus, as {@link Result#words()} counts them. */
    public long words() {
        return words;
    }

    /** Measures one thread count; prints each round, the summary line and the table. */
    public Result run(int threads) {
        return run(List.of(threads)).getFirst();
    }

    /**
     * Measures each thread count in turn; prints each round, a summary line per thread count, then the table.
     *
     * @throws ParleyException when an extraction fails, or when rounds disagree on the number of triples
     */
    public List<Result> run(List<Integer> threadCounts) {
        Objects.requireNonNull(threadCounts, "threadCounts");
        if (threadCounts.isEmpty()) {
            throw new IllegalArgumentException("No thread counts to measure");
        }
        threadCounts.forEach(ExtractionBenchmark::checkThreads);
        List<Result> results = new ArrayList<>();
        long expectedTriples = -1;
        for (int threads : threadCounts) {
            Result r = measure(threads, expectedTriples);
            expectedTriples = r.triples();
            results.add(r);
            out.println(r.summary());
            out.flush();
        }
        out.print(table(results));
        out.flush();
        return results;
    }

    private Result measure(int threads, long expectedTriples) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Article> warmup = corpus.subList(0, Math.min(corpus.size(), warmupArticles));
            for (int i = 0; i < warmupPasses; i++) {
                pass(pool, threads, warmup);
            }
            List<Double> rates = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            long triples = expectedTriples;
            for (int round = 1; round <= rounds; round++) {
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                long produced = pass(pool, threads, corpus);
                double seconds = (System.nanoTime() - start) / 1e9;
                long cpuEnd = processCpuNanos();
                if (triples >= 0 && produced != triples) {
                    throw new ParleyException("Extraction is not repeatable: one pass over the corpus gave " + triples
                            + " triples, another (threads=" + threads + ", round " + round + ") gave " + produced
                            + "; the extractor is not deterministic or not safe to share between threads");
                }
                triples = produced;
                rates.add(corpus.size() / seconds);
                double cpuMs = cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e6 / corpus.size();
                if (!Double.isNaN(cpuMs)) {
                    cpu.add(cpuMs);
                }
                out.printf(Locale.ROOT, "threads=%d round %d/%d: %,.0f articles/s (%.2f s; CPU %.2f ms/article; "
                        + "load average %.1f on %d processors)%n", threads, round, rounds, corpus.size() / seconds,
                        seconds, cpuMs, OS.getSystemLoadAverage(), OS.getAvailableProcessors());
                out.flush();
            }
            return new Result(threads, corpus.size(), words, triples, rates, cpu);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Extracts every article once, {@code threads} workers taking chunks in turn; returns the triples produced. */
    private long pass(ExecutorService pool, int threads, List<Article> articles) {
        int n = articles.size();
        // Chunks small enough to even out the end of a pass, large enough that the counter is not contended.
        int chunk = Math.max(1, Math.min(64, n / (threads * 16)));
        AtomicInteger next = new AtomicInteger();
        Callable<Long> worker = () -> {
            long triples = 0;
            for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
                for (int i = from, to = Math.min(n, from + chunk); i < to; i++) {
                    triples += extractor.extract(articles.get(i)).size();
                }
            }
            return triples;
        };
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(worker));
        }
        long triples = 0;
        try {
            for (Future<Long> f : futures) {
                triples += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException("Benchmark interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new ParleyException("Extraction failed during the benchmark: " + e.getCause(), e.getCause());
        }
        return triples;
    }

    /** The results as a small plain-text table; speed-up is relative to the first row. */
    public static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%7s %6s %8s %11s %11s %11s %14s %8s %13s %14s%n", "threads",
                "rounds", "articles", "median a/s", "min a/s", "max a/s", "median words/s", "speed-up",
                "CPU ms/art.", "triples/round"));
        double base = results.isEmpty() ? 1 : results.getFirst().median();
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT, "%7d %6d %8d %11.1f %11.1f %11.1f %14.0f %8.2f %13.2f %14d%n",
                    r.threads(), r.articlesPerSecond().size(), r.articles(), r.median(), r.min(), r.max(),
                    r.wordsPerSecond(), r.median() / base, r.medianCpuMsPerArticle(), r.triples()));
        }
        return sb.toString();
    }

    /** CPU time of the whole process so far, or -1 when the JVM does not say. */
    private static long processCpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static void checkThreads(Integer threads) {
        if (threads == null || threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("A thread count must be between 1 and 1024, got " + threads);
        }
    }

    /** Builds a benchmark; the extractor and the corpus are required. */
    public static final class Builder {
        private Extractor extractor;
        private List<Article> corpus;
        private int rounds = DEFAULT_ROUNDS;
        private int warmupPasses = DEFAULT_WARMUP_PASSES;
        private int warmupArticles = DEFAULT_WARMUP_ARTICLES;
        private PrintWriter out = new PrintWriter(System.out, true);

        private Builder() {}

        /** The extractor to measure; it is shared by all threads. */
        public Builder extractor(Extractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /** The articles one round extracts; at least one. */
        public Builder corpus(List<Article> corpus) {
            Objects.requireNonNull(corpus, "corpus");
            if (corpus.isEmpty()) {
                throw new IllegalArgumentException("The corpus is empty");
            }
            this.corpus = corpus;
            return this;
        }

        /** Timed rounds per thread count, 1 to 1000. */
        public Builder rounds(int rounds) {
            if (rounds < 1 || rounds > 1000) {
                throw new IllegalArgumentException("Rounds must be between 1 and 1000, got " + rounds);
            }
            this.rounds = rounds;
            return this;
        }

        /** Untimed passes before the rounds, and how many articles each covers; {@code (0, 0)} for none. */
        public Builder warmup(int passes, int articles) {
            if (passes < 0 || articles < 0) {
                throw new IllegalArgumentException("Warm-up passes and articles must not be negative");
            }
            this.warmupPasses = passes;
            this.warmupArticles = articles;
            return this;
        }

        /** Where progress, summaries and the table go (standard output by default). */
        public Builder out(PrintWriter out) {
            this.out = Objects.requireNonNull(out, "out");
            return this;
        }

        public ExtractionBenchmark build() {
            Objects.requireNonNull(extractor, "extractor");
            Objects.requireNonNull(corpus, "corpus");
            return new ExtractionBenchmark(this);
        }
    }
}
