package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.extract.ArticleReader;
import dev.parley.store.ArticleStore;

/**
 * {@code parley extract} and {@code parley load} on a JSON Lines file with a broken line: extract writes a graph per
 * good record and names the bad one on standard error (exit 2); load loads the good ones and reports the bad one
 * with its line (exit 2); {@code --fields} names other fields, and a malformed mapping is bad usage before anything
 * is read.
 */
class TestInputFormatsCommand {
    @TempDir
    Path tmp;

    private Path feed() throws IOException {
        Path feed = tmp.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"headline\": \"Talks resume in Kessel\", \"story\": \"Delegates from Veldoria and Norva met in "
                        + "Kessel. \\\"The truce must hold,\\\" said Mira Holt.\", "
                        + "\"url\": \"https://norva-herald.example/a\"}",
                "{\"headline\": \"Cut off\", \"story\": \"This line ends in the midd",
                "{\"headline\": \"Monitors reach Dorn\", \"story\": \"Monitors from Ostmark reached Dorn on Monday.\", "
                        + "\"url\": \"https://norva-herald.example/b\"}") + "\n", StandardCharsets.UTF_8);
        return feed;
    }

    @Test
    void extractStreamsOneGraphPerRecordAndNamesTheBadOne() throws IOException {
        Path feed = feed();
        CliRun r = CliRun.of("extract", "--fields", "title=headline,text=story", feed.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("skipped " + feed.toAbsolutePath() + "#line=2: not valid JSON"), r::toString);
        assertTrue(r.err().contains("2 article(s) extracted, 1 skipped"), r::toString);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(r.out(), Lang.TRIG).parse(dsg);
        List<String> graphs = new ArrayList<>();
        Iter.forEach(dsg.listGraphNodes(), g -> graphs.add(g.getURI()));
        graphs.sort(null);
        assertEquals(List.of(ArticleReader.iriFor("norva-herald-example-a"),
                ArticleReader.iriFor("norva-herald-example-b")), graphs);

        CliRun ttl = CliRun.of("extract", "--format", "ttl", feed.toString());
        assertEquals(2, ttl.exitCode(), ttl::toString);
        assertTrue(ttl.err().contains("holds many articles: use --format trig or nq"), ttl::toString);
    }

    @Test
    void loadReportsTheBadLineAndLoadsTheOthers() throws IOException {
        Path feed = feed();
        String store = tmp.resolve("store").toString();
        CliRun bad = CliRun.of("load", "--store", store, "--fields", "title", feed.toString());
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("--fields: \"title\" is not part=field"), bad::toString);
        assertTrue(Files.notExists(tmp.resolve("store")), "bad usage opens no store");

        CliRun r = CliRun.of("load", "--store", store, "--fields", "title=headline,text=story", feed.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.out().contains("failed    " + feed.toAbsolutePath() + "#line=2: not valid JSON"), r::toString);
        assertTrue(r.out().contains("2 loaded, 0 replaced, 0 unchanged, 1 failed"), r::toString);
        try (ArticleStore s = ArticleStore.open(tmp.resolve("store"))) {
            assertEquals(2, s.articleGraphs().size());
        }
    }
}
