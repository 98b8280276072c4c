package dev.parley.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.parley.ParleyException;

/**
 * The comparison server of {@link ServerBenchmark}: the standalone Fuseki server's jar in a folder of its own, set
 * up to serve a TDB2 store the way parley's server does.
 * <pre>
 *   StandaloneFuseki fuseki = StandaloneFuseki.prepare(work.resolve("fuseki"), store, System.out);
 *   List&lt;String&gt; command = fuseki.command(javaBin, "512m", port, Duration.ofSeconds(120));
 * </pre>
 * The jar never enters the repository: it is copied from the local Maven repository, or fetched there by
 * {@code mvn dependency:copy}. Its dataset is {@code /ds} (query endpoints {@code /ds/query} and {@code /ds/sparql}),
 * read-only, with the union of the named graphs as its default graph, which an assembler file says; per-request
 * logging is off, as it is in parley's server.
 */
public final class StandaloneFuseki {
    /** The comparison server, as Maven coordinates. */
    public static final String ARTIFACT = "org.apache.jena:jena-fuseki-server:6.2.0";
    private static final String LOG_CONFIG = "log4j2.properties";

    private final Path dir;
    private final Path jar;
    private final Path config;

    private StandaloneFuseki(Path dir, Path jar, Path config) {
        this.dir = dir;
        this.jar = jar;
        this.config = config;
    }

    /**
     * Puts the jar (unless it is there already) and the configuration for {@code store} into {@code dir}; prints
     * to {@code out} when it fetches.
     *
     * @throws ParleyException when the jar cannot be had or the files cannot be written
     */
    public static StandaloneFuseki prepare(Path dir, Path store, PrintStream out) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(out, "out");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ParleyException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
        return new StandaloneFuseki(dir, jar(dir, out), config(dir, store));
    }

    /** The folder it runs in (Fuseki keeps its run files there). */
    public Path dir() {
        return dir;
    }

    /** The command line of a server on 127.0.0.1:{@code port}, serial GC, the given heap and query time limit. */
    public List<String> command(Path java, String heap, int port, Duration timeout) {
        return List.of(java.toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + dir.resolve(LOG_CONFIG), "-jar", jar.toString(), "--localhost",
                "--port", Integer.toString(port), "--timeout=" + timeout.toMillis(), "--config", config.toString());
    }

    /** The jar in {@code dir}: from the local Maven repository, else fetched with Maven. */
    private static Path jar(Path dir, PrintStream out) {
        String[] gav = ARTIFACT.split(":");
        String file = gav[1] + "-" + gav[2] + ".jar";
        Path jar = dir.resolve(file);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path local = Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(gav[0].replace('.', '/'))
                .resolve(gav[1]).resolve(gav[2]).resolve(file);
        try {
            if (Files.isRegularFile(local)) {
                Files.copy(local, jar, StandardCopyOption.REPLACE_EXISTING);
                return jar;
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot copy " + local + ": " + e.getMessage(), e);
        }
        out.println("fetching " + ARTIFACT + " with Maven ...");
        String mvn = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
        ServerProcess.runToEnd("mvn dependency:copy", List.of(mvn, "-q", "-B", "dependency:copy",
                "-Dartifact=" + ARTIFACT, "-DoutputDirectory=" + dir), dir, dir.resolve("mvn.log"),
                Duration.ofMinutes(10));
        if (!Files.isRegularFile(jar)) {
            throw new ParleyException("Maven did not fetch " + ARTIFACT + " into " + dir + " (see "
                    + dir.resolve("mvn.log") + "); put " + file + " there by hand to run without Maven");
        }
        return jar;
    }

    /**
     * Fuseki's configuration: the store, read-only, the union of the named graphs as the default graph (Fuseki
     * 6.2.0's command line has no option for that); and a log configuration at WARN.
     */
    private static Path config(Path dir, Path store) {
        Path config = dir.resolve("config.ttl");
        String ttl = """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX :       <#>

                :service a fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset :dataset .

                :dataset a tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(store.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\""));
        String log4j = """
                status = error
                appender.console.type = Console
                appender.console.name = OUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d{yyyy-MM-dd HH:mm:ss}] %-10c{1} %-5p %m%n
                rootLogger.level = warn
                rootLogger.appenderRef.console.ref = OUT
                """;
        try {
            Files.writeString(config, ttl, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(LOG_CONFIG), log4j, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParleyException("Cannot write Fuseki's configuration in " + dir + ": " + e.getMessage(), e);
        }
        return config;
    }
}
