package dev.parley.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import dev.parley.ParleyHome;

/**
 * A development tool, not a test: writes every article's graph under a folder as sorted N-Triples, one file per
 * article ({@code NAME.nt}), so that two versions of the extractor can be compared with {@code diff -r}. The
 * graphs have no blank nodes, so equal files mean isomorphic graphs. Failures are written as {@code NAME.error}.
 * <pre>
 *   java -cp target/classes:target/test-classes:target/lib/* dev.parley.extract.Snapshot IN_DIR OUT_DIR
 * </pre>
 * {@code src/test/scripts/snapshot.sh} builds and runs it.
 */
public final class Snapshot {
    private Snapshot() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Snapshot IN_DIR OUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Extractor extractor = Extractor.forHome(ParleyHome.get());
        List<Path> files;
        try (Stream<Path> s = Files.walk(in)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        files.parallelStream().forEach(f -> write(extractor, f, out));
        System.out.println(files.size() + " articles written to " + out);
    }

    private static void write(Extractor extractor, Path txt, Path out) {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        try {
            Graph g = extractor.extract(ArticleReader.read(txt));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(bytes, g, Lang.NTRIPLES);
            List<String> lines = new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
            lines.sort(null);
            Files.write(out.resolve(name + ".nt"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            try {
                Files.writeString(out.resolve(name + ".error"), String.valueOf(e) + "\n");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
    }
}
