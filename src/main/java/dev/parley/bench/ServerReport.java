package dev.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import dev.parley.ParleyException;

/**
 * What {@link ServerBenchmark} measured, and its table, CSV files, chart and target checks.
 * <pre>
 *   System.out.print(report.table());
 *   report.write(Path.of("results"));   // results.csv, starts.csv, chart.svg, summary.txt
 * </pre>
 * Figures per query, endpoint and connection count are medians over the rounds; {@code results.csv} has one row
 * per round instead, so the spread stays visible.
 *
 * @param setting           one line on what was measured where (corpus, JDK, heap, rounds)
 * @param measurements      every measurement of every round
 * @param starts            every start of either server, with its memory
 * @param singleLoadSeconds wall time of each single-article load (child JVM, fresh store)
 * @param savedEndpoints    whether parley answered on its saved-query endpoints
 * @param notes             what was skipped or looked wrong, in words
 */
public record ServerReport(String setting, List<Measurement> measurements, List<Start> starts,
        List<Double> singleLoadSeconds, boolean savedEndpoints, List<String> notes) {
    /** Connections at which the p99 target of the cached saved queries holds. */
    public static final int P99_CONNECTIONS = 8;

    public ServerReport {
        Objects.requireNonNull(setting, "setting");
        measurements = List.copyOf(measurements);
        starts = List.copyOf(starts);
        singleLoadSeconds = List.copyOf(singleLoadSeconds);
        notes = List.copyOf(notes);
    }

    /**
     * One timed run of one query on one endpoint at one connection count.
     *
     * @param round          1-based round
     * @param endpoint       where the requests went
     * @param query          the query's name
     * @param connections    connections kept busy
     * @param requests       2xx answers
     * @param httpErrors     answers with another status
     * @param failures       requests without an answer
     * @param seconds        wall time
     * @param p50Ms          median latency of the 2xx answers (NaN if none)
     * @param p99Ms          99th percentile latency (NaN if none)
     * @param bytesPerAnswer mean body size of a 2xx answer (NaN if none)
     */
    public record Measurement(int round, Endpoint endpoint, String query, int connections, long requests,
            long httpErrors, long failures, double seconds, double p50Ms, double p99Ms, double bytesPerAnswer) {
        public Measurement {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(query, "query");
        }

        public double requestsPerSecond() {
            return seconds > 0 ? requests / seconds : 0;
        }
    }

    /**
     * One start of a server.
     *
     * @param server  "parley" or "fuseki"
     * @param seconds from spawning the process to its first answered query
     * @param idle    resident memory a second after that, before any load
     * @param peak    the highest resident memory sampled (every 200 ms) while it was under load;
     *                {@link ServerProcess.Memory#UNKNOWN} for a start that carried no load
     */
    public record Start(String server, double seconds, ServerProcess.Memory idle, ServerProcess.Memory peak) {
        public Start {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(idle, "idle");
            Objects.requireNonNull(peak, "peak");
        }
    }

    /** Medians over rounds of one query on one endpoint at one connection count. */
    public record Figures(double requestsPerSecond, double p50Ms, double p99Ms, long errors, double bytesPerAnswer) {}

    /** Outcome of one target. */
    public enum Verdict { MET, MISSED, NOT_MEASURED }

    /**
     * One target and how the run did.
     *
     * @param target what was asked
     * @param verdict met, missed or not measured
     * @param detail  the figure behind it
     */
    public record Check(String target, Verdict verdict, String detail) {
        public String line() {
            String v = switch (verdict) {
                case MET -> "met";
                case MISSED -> "missed";
                case NOT_MEASURED -> "not measured";
            };
            return String.format(Locale.ROOT, "  %-58s %-13s %s", target, v, detail);
        }
    }

    /** The queries in the order they were run. */
    public List<String> queries() {
        Set<String> q = new LinkedHashSet<>();
        measurements.forEach(m -> q.add(m.query()));
        return List.copyOf(q);
    }

    /** The connection counts, ascending. */
    public List<Integer> connections() {
        Set<Integer> c = new TreeSet<>();
        measurements.forEach(m -> c.add(m.connections()));
        return List.copyOf(c);
    }

    /** The endpoints measured, in declaration order. */
    public List<Endpoint> endpoints() {
        return measurements.stream().map(Measurement::endpoint).distinct().sorted().toList();
    }

    /** Medians over the rounds, or null when this combination was not measured. */
    public Figures figures(Endpoint endpoint, String query, int connections) {
        List<Measurement> ms = measurements.stream().filter(m -> m.endpoint() == endpoint
                && m.query().equals(query) && m.connections() == connections).toList();
        if (ms.isEmpty()) {
            return null;
        }
        return new Figures(median(ms, Measurement::requestsPerSecond), median(ms, Measurement::p50Ms),
                median(ms, Measurement::p99Ms), ms.stream().mapToLong(m -> m.httpErrors() + m.failures()).sum(),
                median(ms, Measurement::bytesPerAnswer));
    }

    private static double median(List<Measurement> ms, ToDoubleFunction<Measurement> f) {
        List<Double> values = ms.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).boxed().toList();
        return Statistics.median(values);
    }

    /** parley's median requests/s on {@code endpoint} over Fuseki's on the same query text; NaN if either is 0. */
    public double ratio(Endpoint endpoint, String query, int connections) {
        Figures p = figures(endpoint, query, connections);
        Figures f = figures(Endpoint.FUSEKI_QUERY, query, connections);
        if (p == null || f == null || !(p.requestsPerSecond() > 0) || !(f.requestsPerSecond() > 0)) {
            return Double.NaN;
        }
        return p.requestsPerSecond() / f.requestsPerSecond();
    }

    private List<Double> startSeconds(String server) {
        return starts.stream().filter(s -> s.server().equals(server)).map(Start::seconds).toList();
    }

    /** Median idle memory of a server's starts, in MB: all, anonymous, mapped files. */
    private double[] idleMb(String server) {
        List<ServerProcess.Memory> idle = starts.stream().filter(s -> s.server().equals(server)
                && s.idle().rssKb() >= 0).map(Start::idle).toList();
        return new double[] {
            Statistics.median(idle.stream().map(m -> m.rssKb() / 1024.0).toList()),
            Statistics.median(idle.stream().map(m -> m.anonKb() / 1024.0).toList()),
            Statistics.median(idle.stream().map(m -> m.fileKb() / 1024.0).toList())};
    }

    /** Highest memory under load over a server's sessions, in MB: all, anonymous, mapped files (NaN if unknown). */
    private double[] peakMb(String server) {
        ServerProcess.Memory peak = starts.stream().filter(s -> s.server().equals(server)).map(Start::peak)
                .reduce(ServerProcess.Memory.UNKNOWN, ServerProcess.Memory::max);
        return new double[] {mb(peak.rssKb()), mb(peak.anonKb()), mb(peak.fileKb())};
    }

    private static double mb(long kb) {
        return kb < 0 ? Double.NaN : kb / 1024.0;
    }

    /** The readable report: requests table, start-up and memory, targets. */
    public String table() {
        StringBuilder s = new StringBuilder();
        s.append(setting).append('\n');
        s.append("Requests: medians over rounds; ratio = parley req/s / Fuseki req/s on the same query text.\n");
        s.append(String.format(Locale.ROOT, "%-22s %5s  %-28s %10s %9s %9s %7s %10s %9s%n", "query", "conns",
                "endpoint", "req/s", "p50 ms", "p99 ms", "errors", "KB/answer", "ratio"));
        for (String q : queries()) {
            for (int c : connections()) {
                for (Endpoint e : endpoints()) {
                    Figures f = figures(e, q, c);
                    if (f == null) {
                        continue;
                    }
                    double r = e == Endpoint.FUSEKI_QUERY ? Double.NaN : ratio(e, q, c);
                    s.append(String.format(Locale.ROOT, "%-22s %5d  %-28s %10.1f %9.2f %9.2f %7d %10.1f %9s%n", q,
                            c, e.label(), f.requestsPerSecond(), f.p50Ms(), f.p99Ms(), f.errors(),
                            f.bytesPerAnswer() / 1024, Double.isNaN(r) ? "-" : String.format(Locale.ROOT,
                                    "%.2fx", r)));
                }
            }
        }
        s.append('\n');
        double ps = Statistics.median(startSeconds("parley"));
        double fs = Statistics.median(startSeconds("fuseki"));
        s.append(String.format(Locale.ROOT, "%-46s %12s %12s %9s%n", "", "parley", "fuseki", "ratio"));
        s.append(String.format(Locale.ROOT, "%-46s %10.2f s %10.2f s %8.2fx%n", "start-up to first answer (median of "
                + startSeconds("parley").size() + ")", ps, fs, ps / fs));
        memoryLine(s, "RSS idle after start (median)", idleMb("parley"), idleMb("fuseki"));
        memoryLine(s, "RSS peak under load (highest sample)", peakMb("parley"), peakMb("fuseki"));
        if (!singleLoadSeconds.isEmpty()) {
            s.append(String.format(Locale.ROOT, "%-46s %10.2f s%n", "single-article load, fresh store (median of "
                    + singleLoadSeconds.size() + ")", Statistics.median(singleLoadSeconds)));
        }
        if (!notes.isEmpty()) {
            s.append('\n');
            notes.forEach(n -> s.append("note: ").append(n).append('\n'));
        }
        s.append("\nTargets:\n");
        checks().forEach(c -> s.append(c.line()).append('\n'));
        return s.toString();
    }

    /** A memory line, then how much of it is the process's own (anonymous) and how much mapped files. */
    private static void memoryLine(StringBuilder s, String what, double[] parley, double[] fuseki) {
        s.append(String.format(Locale.ROOT, "%-46s %9.0f MB %9.0f MB %8.2fx%n", what, parley[0], fuseki[0],
                parley[0] / fuseki[0]));
        s.append(String.format(Locale.ROOT, "%-46s %9.0f MB %9.0f MB%n", "  of which anonymous (heap, code, stacks)",
                parley[1], fuseki[1]));
        s.append(String.format(Locale.ROOT, "%-46s %9.0f MB %9.0f MB%n", "  of which mapped files (jars, TDB2)",
                parley[2], fuseki[2]));
    }

    /** The targets of issue 7 and whether this run met them. */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(ratioCheck("saved-query endpoints >= 3x Fuseki on the same text", 3.0,
                List.of(Endpoint.PARLEY_SAVED, Endpoint.PARLEY_SAVED_JSON)));
        checks.add(ratioCheck("raw /sparql >= 1.0x Fuseki", 1.0, List.of(Endpoint.PARLEY_SPARQL)));
        double worstP99 = Double.NaN;
        String where = "";
        for (Endpoint e : List.of(Endpoint.PARLEY_SAVED, Endpoint.PARLEY_SAVED_JSON)) {
            for (String q : queries()) {
                Figures f = figures(e, q, P99_CONNECTIONS);
                if (f != null && !(f.p99Ms() <= worstP99)) {
                    worstP99 = f.p99Ms();
                    where = q + " on " + e.path();
                }
            }
        }
        String p99Target = "p99 <= 10 ms at " + P99_CONNECTIONS + " connections, cached saved queries";
        if (Double.isNaN(worstP99)) {
            checks.add(new Check(p99Target, Verdict.NOT_MEASURED, savedEndpoints ? "(" + P99_CONNECTIONS
                    + " connections not measured)" : "(saved-query endpoints not available)"));
        } else {
            checks.add(new Check(p99Target, worstP99 <= 10 ? Verdict.MET : Verdict.MISSED,
                    String.format(Locale.ROOT, "(highest %.2f ms: %s)", worstP99, where)));
        }
        double start = Statistics.median(startSeconds("parley"));
        checks.add(Double.isNaN(start) ? new Check("start-up <= 1.5 s", Verdict.NOT_MEASURED, "")
                : new Check("start-up <= 1.5 s", start <= 1.5 ? Verdict.MET : Verdict.MISSED,
                        String.format(Locale.ROOT, "(median %.2f s)", start)));
        double idle = idleMb("parley")[0];
        checks.add(Double.isNaN(idle) ? new Check("RSS <= 256 MB idle", Verdict.NOT_MEASURED, "(no /proc)")
                : new Check("RSS <= 256 MB idle", idle <= 256 ? Verdict.MET : Verdict.MISSED,
                        String.format(Locale.ROOT, "(median %.0f MB)", idle)));
        return checks;
    }

    /** Geometric mean of parley's ratios to Fuseki over every query and connection count, against a floor. */
    private Check ratioCheck(String target, double floor, List<Endpoint> endpoints) {
        List<Double> ratios = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        String where = "";
        for (Endpoint e : endpoints) {
            for (String q : queries()) {
                for (int c : connections()) {
                    double r = ratio(e, q, c);
                    if (Double.isNaN(r)) {
                        continue;
                    }
                    ratios.add(r);
                    if (r < lowest) {
                        lowest = r;
                        where = q + " @" + c + (e.saved() ? " " + e.path() : "");
                    }
                }
            }
        }
        if (ratios.isEmpty()) {
            return new Check(target, Verdict.NOT_MEASURED, endpoints.getFirst().saved() && !savedEndpoints
                    ? "(saved-query endpoints not available)" : "(nothing measured)");
        }
        double mean = Statistics.geometricMean(ratios);
        return new Check(target, mean >= floor ? Verdict.MET : Verdict.MISSED, String.format(Locale.ROOT,
                "(geometric mean %.2fx over %d; lowest %.2fx: %s)", mean, ratios.size(), lowest, where));
    }

    /** One row per measurement (every round), with a header. */
    public String resultsCsv() {
        StringBuilder s = new StringBuilder("round,server,endpoint,query,connections,requests,http_errors,failures,"
                + "seconds,requests_per_s,p50_ms,p99_ms,bytes_per_answer\n");
        for (Measurement m : measurements) {
            s.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%d,%d,%d,%d,%.3f,%.2f,%.3f,%.3f,%.0f%n", m.round(),
                    m.endpoint().server(), m.endpoint().path(), m.query(), m.connections(), m.requests(),
                    m.httpErrors(), m.failures(), m.seconds(), m.requestsPerSecond(), m.p50Ms(), m.p99Ms(),
                    m.bytesPerAnswer()));
        }
        return s.toString();
    }

    /** One row per server start, with a header; memory in kB, -1 where not measured. */
    public String startsCsv() {
        StringBuilder s = new StringBuilder("server,startup_s,idle_rss_kb,idle_anon_kb,idle_file_kb,peak_rss_kb,"
                + "peak_anon_kb,peak_file_kb\n");
        for (Start st : starts) {
            s.append(String.format(Locale.ROOT, "%s,%.3f,%d,%d,%d,%d,%d,%d%n", st.server(), st.seconds(),
                    st.idle().rssKb(), st.idle().anonKb(), st.idle().fileKb(), st.peak().rssKb(),
                    st.peak().anonKb(), st.peak().fileKb()));
        }
        return s.toString();
    }

    /** Bars of median requests/s per query and connection count, one per endpoint. */
    public String chartSvg() {
        List<Endpoint> endpoints = endpoints();
        List<BarChart.Group> groups = new ArrayList<>();
        for (String q : queries()) {
            for (int c : connections()) {
                List<Double> values = new ArrayList<>();
                for (Endpoint e : endpoints) {
                    Figures f = figures(e, q, c);
                    values.add(f == null ? Double.NaN : f.requestsPerSecond());
                }
                groups.add(new BarChart.Group(q + " @" + c, values));
            }
        }
        return BarChart.svg("Median requests/s (log scale), parley vs Fuseki on the same store",
                endpoints.stream().map(Endpoint::label).toList(), groups);
    }

    /** Writes results.csv, starts.csv, chart.svg and summary.txt (the table) into {@code dir}. */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("results.csv"), resultsCsv(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("starts.csv"), startsCsv(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("chart.svg"), chartSvg(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("summary.txt"), table(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParleyException("Cannot write the results to " + dir + ": " + e.getMessage(), e);
        }
    }
}
