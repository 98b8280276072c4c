package dev.parley.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import dev.parley.ParleyException;

/**
 * A closed-loop HTTP load: each of N connections sends the next GET as soon as the answer to its last one has been
 * read, for a fixed time.
 * <pre>
 *   try (LoadGenerator load = LoadGenerator.create(Duration.ofSeconds(120))) {
 *       LoadGenerator.Result r = load.run(uri, 8, Duration.ofSeconds(5));
 *       double p99 = r.percentileMillis(0.99);
 *   }
 * </pre>
 * One {@link HttpClient} (HTTP/1.1, keep-alive) serves every run: N threads each keep one request in flight, so the
 * client holds N connections open and reuses them. A response body is read to its end and counted, never kept, so
 * large answers cost the client no memory. Latency is measured from just before the request is sent to the last
 * byte of the body. A request still in flight when the time is up is waited for and counted.
 */
public final class LoadGenerator implements AutoCloseable {
    /** Most connections a run may use. */
    public static final int MAX_CONNECTIONS = 1024;

    /**
     * What one run measured.
     *
     * @param ok         answers with a 2xx status
     * @param httpErrors answers with any other status
     * @param failures   requests that got no answer (connection refused or reset, timeout)
     * @param seconds    wall time of the run, from the first request to the last answer
     * @param latencies  latency of every 2xx answer, in nanoseconds, sorted
     * @param bytes      body bytes of all 2xx answers
     */
    public record Result(long ok, long httpErrors, long failures, double seconds, long[] latencies, long bytes) {
        public Result {
            if (ok != latencies.length) {
                throw new IllegalArgumentException("one latency per answer: " + ok + " answers, "
                        + latencies.length + " latencies");
            }
        }

        /** 2xx answers per second. */
        public double requestsPerSecond() {
            return seconds > 0 ? ok / seconds : 0;
        }

        /** A latency percentile in milliseconds ({@code q} in (0, 1]); NaN when nothing was answered. */
        public double percentileMillis(double q) {
            return ok == 0 ? Double.NaN : Statistics.percentile(latencies, q) / 1e6;
        }

        /** Mean body size of a 2xx answer; NaN when nothing was answered. */
        public double bytesPerAnswer() {
            return ok == 0 ? Double.NaN : (double) bytes / ok;
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    private LoadGenerator(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A load generator whose requests give up after {@code requestTimeout}. */
    public static LoadGenerator create(Duration requestTimeout) {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        return new LoadGenerator(requestTimeout);
    }

    /**
     * GETs {@code uri} (asking for SPARQL JSON results) over {@code connections} connections for {@code duration}.
     * Blocks until the last request has been answered.
     */
    public Result run(URI uri, int connections, Duration duration) {
        Objects.requireNonNull(uri, "uri");
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("connections must be 1.." + MAX_CONNECTIONS + ": " + connections);
        }
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalArgumentException("the benchmark only talks to loopback: " + uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(requestTimeout)
                .header("Accept", "application/sparql-results+json").build();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Worker w = new Worker(request, deadline);
            workers.add(w);
            threads.add(Thread.ofPlatform().name("bench-client-" + i).start(w));
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new ParleyException("Interrupted while the load ran", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long ok = 0;
        long httpErrors = 0;
        long failures = 0;
        long bytes = 0;
        for (Worker w : workers) {
            ok += w.count;
            httpErrors += w.httpErrors;
            failures += w.failures;
            bytes += w.bytes;
        }
        long[] all = new long[(int) ok];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, at, w.count);
            at += w.count;
        }
        Arrays.sort(all);
        return new Result(ok, httpErrors, failures, seconds, all, bytes);
    }

    /** Closes the client and its connections. */
    @Override
    public void close() {
        client.close();
    }

    /** One connection's loop; its fields are read only after its thread has ended. */
    private final class Worker implements Runnable {
        private final HttpRequest request;
        private final long deadline;
        private long[] latencies = new long[1024];
        private int count;
        private long httpErrors;
        private long failures;
        private long bytes;

        Worker(HttpRequest request, long deadline) {
            this.request = request;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<InputStream> response = client.send(request,
                            HttpResponse.BodyHandlers.ofInputStream());
                    long length;
                    try (InputStream body = response.body()) {
                        length = body.transferTo(OutputStream.nullOutputStream());
                    }
                    long t1 = System.nanoTime();
                    if (response.statusCode() / 100 == 2) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = t1 - t0;
                        bytes += length;
                    } else {
                        httpErrors++;
                    }
                } catch (IOException e) {
                    failures++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
