package dev.parley.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import dev.parley.ParleyException;

/**
 * A server in a child process on a free loopback port, started and timed to its first answered query.
 * <pre>
 *   try (ServerProcess s = ServerProcess.start("fuseki", port -&gt; command(port), "/ds/query", dir, log)) {
 *       double seconds = s.startSeconds();
 *       long idleKb = s.memory().rssKb();
 *   }
 * </pre>
 * Readiness is polled every 20 ms with {@code ASK {}} on the given query path; the start time runs from the
 * moment the process is spawned to the first 200 answer. Every started process is also known to a shutdown hook,
 * which kills what is still running when the JVM exits, so an interrupted benchmark leaves no server behind.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "bench-server-reaper"));
    }

    private final String name;
    private final Process process;
    private final int port;
    private final double startSeconds;

    private ServerProcess(String name, Process process, int port, double startSeconds) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.startSeconds = startSeconds;
    }

    /**
     * Starts {@code command.apply(port)} on a free port in {@code dir}, output to {@code log}, and waits until it
     * answers {@code ASK {}} on {@code queryPath}.
     *
     * @throws ParleyException when it exits or does not answer within two minutes (it is killed then)
     */
    public static ServerProcess start(String name, IntFunction<List<String>> command, String queryPath, Path dir,
            Path log) {
        Objects.requireNonNull(command, "command");
        int port = freePort();
        URI probe = URI.create("http://127.0.0.1:" + port + queryPath + "?query=ASK%7B%7D");
        long t0 = System.nanoTime();
        Process process = spawn(name, command.apply(port), dir, log);
        ServerProcess server = null;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            HttpRequest ask = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).GET().build();
            long limit = t0 + START_LIMIT.toNanos();
            while (server == null) {
                if (!process.isAlive()) {
                    throw new ParleyException(name + " exited with " + process.exitValue() + " before it answered; "
                            + "its output:\n" + tail(log));
                }
                if (System.nanoTime() > limit) {
                    throw new ParleyException(name + " did not answer within " + START_LIMIT.toSeconds()
                            + " s; its output:\n" + tail(log));
                }
                try {
                    if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        server = new ServerProcess(name, process, port, (System.nanoTime() - t0) / 1e9);
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            return server;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException("Interrupted while " + name + " started", e);
        } finally {
            if (server == null) {
                stop(process);
            }
        }
    }

    /**
     * Runs a command that ends by itself (not a server) in {@code dir}, output to {@code log}; returns its wall
     * time in seconds.
     *
     * @throws ParleyException when it fails or runs longer than {@code limit} (it is killed then)
     */
    public static double runToEnd(String name, List<String> command, Path dir, Path log, Duration limit) {
        long t0 = System.nanoTime();
        Process process = spawn(name, command, dir, log);
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ParleyException(name + " did not end within " + limit.toSeconds() + " s");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (process.exitValue() != 0) {
                throw new ParleyException(name + " failed (exit " + process.exitValue() + "); its output:\n"
                        + tail(log));
            }
            return seconds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException("Interrupted while " + name + " ran", e);
        } finally {
            stop(process);
        }
    }

    /** A port that was free a moment ago on the loopback interface. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new ParleyException("No free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Seconds from spawning the process to its first answered query. */
    public double startSeconds() {
        return startSeconds;
    }

    /**
     * Resident memory of a process, from /proc/PID/status, in kB; -1 where /proc cannot tell.
     *
     * @param rssKb  VmRSS, all resident memory
     * @param anonKb RssAnon: heap, metaspace, code, stacks
     * @param fileKb RssFile: mapped files, TDB2's memory-mapped indexes among them
     */
    public record Memory(long rssKb, long anonKb, long fileKb) {
        public static final Memory UNKNOWN = new Memory(-1, -1, -1);

        /** Each figure the larger of the two. */
        public Memory max(Memory other) {
            return new Memory(Math.max(rssKb, other.rssKb), Math.max(anonKb, other.anonKb),
                    Math.max(fileKb, other.fileKb));
        }
    }

    /** Resident memory now. */
    public Memory memory() {
        long rss = -1;
        long anon = -1;
        long file = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kb(line);
                } else if (line.startsWith("RssAnon:")) {
                    anon = kb(line);
                } else if (line.startsWith("RssFile:")) {
                    file = kb(line);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Memory.UNKNOWN;
        }
        return new Memory(rss, anon, file);
    }

    private static long kb(String statusLine) {
        return Long.parseLong(statusLine.substring(statusLine.indexOf(':') + 1).replace("kB", "").strip());
    }

    /** Stops the server: SIGTERM, then a kill if it has not exited within 15 s. */
    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        try {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            LIVE.remove(process);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Starts a child process in {@code dir}, its output to {@code log}; it is killed at exit if still alive. */
    private static Process spawn(String name, List<String> command, Path dir, Path log) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        try {
            Process process = pb.start();
            LIVE.add(process);
            return process;
        } catch (IOException e) {
            throw new ParleyException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

}
