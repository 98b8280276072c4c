package dev.parley.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One quote, many articles (issue 11, item 4), over the lifecycle corpus in a real TDB2 store: each quote that
 * {@code expected.txt} says several articles carry is one cluster with those articles and its first date, and the
 * clusters are the same whatever order the articles are loaded in.
 */
class TestQuoteClusters {
    private static final Path CORPUS = ParleyHome.get().root().resolve("src/test/resources/articles-lifecycle");
    private static final Pattern CLUSTER = Pattern.compile(
            "^cluster \"([^\"]+)\" speaker (.+?) articles ([\\d ]+) first (\\d+)(?: near ([\\d ]+))?(?: partial ([\\d ]+))?$");

    @TempDir
    Path dir;

    private static List<Map<String, String>> clusters(Path storeDir, List<List<Path>> batches) {
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            ParleyHome home = ParleyHome.get();
            Loader loader = Loader.create(new TdbTarget(store), Extractor.forHome(home),
                    DataContract.load(home.ontology().resolve("shapes.ttl"))).build();
            for (List<Path> batch : batches) {
                loader.load(batch);
            }
            QueryService service = QueryService.create(store.datasetGraph(), SavedQueries.load(home.queries()))
                    .build();
            return rows(service.run("quote-clusters", Map.of("page", List.of("1")), ResultFormat.JSON).body());
        }
    }

    private static List<Map<String, String>> rows(byte[] body) {
        return TestQueryService.rows(body, ResultSetLang.RS_JSON);
    }

    private static List<Path> articles() throws IOException {
        try (var files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.txt")).sorted().toList();
        }
    }

    /** Letters, digits and apostrophes in lower case, one space between words (as clusters compare quotes). */
    private static String words(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ")
                .replace("'", "").trim();
    }

    private static String lexical(String nt) {
        return nt.startsWith("\"") ? nt.substring(1, nt.indexOf('"', 1)) : nt;
    }

    @Test
    void eachQuoteCarriedBySeveralArticlesIsOneClusterInAnyLoadOrder() throws IOException {
        List<Path> all = articles();
        List<Map<String, String>> together = clusters(dir.resolve("a"), List.of(all));
        List<Path> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(11));
        List<List<Path>> oneByOne = shuffled.stream().map(List::of).toList();
        List<Map<String, String>> apart = clusters(dir.resolve("b"), oneByOne);
        assertEquals(new TreeSet<>(together.stream().map(Map::toString).toList()),
                new TreeSet<>(apart.stream().map(Map::toString).toList()), "the same clusters in any load order");

        Map<String, String> published = new HashMap<>();
        for (Path p : all) {
            String name = p.getFileName().toString();
            String meta = Files.readString(p.resolveSibling(name.replace(".txt", ".meta.json")));
            Matcher m = Pattern.compile("\"published\"\\s*:\\s*\"([\\d-]+)\"").matcher(meta);
            assertTrue(m.find(), name);
            published.put(name.substring(0, 2), m.group(1));
        }
        int checked = 0;
        for (String line : Files.readAllLines(CORPUS.resolve("expected.txt"))) {
            Matcher m = CLUSTER.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String quote = words(m.group(1));
            Set<String> loose = new TreeSet<>();
            for (int g = 5; g <= 6; g++) {
                if (m.group(g) != null) {
                    loose.addAll(List.of(m.group(g).trim().split(" +")));
                }
            }
            long exact = List.of(m.group(3).trim().split(" +")).stream().filter(a -> !loose.contains(a)).count();
            // The quote, or a fragment of it the extractor keeps apart ("…,” she said, “…"), is one cluster; a
            // quote the extractor does not find as a quote at all ("described the allegation as “…”") has none.
            List<Map<String, String>> rows = together.stream()
                    .filter(r -> quote.contains(words(lexical(r.get("text"))))).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, String> best = rows.get(0);
            assertTrue(Integer.parseInt(lexical(best.get("articles"))) >= exact,
                    m.group(1) + ": carried by at least " + exact + " articles, got " + best);
            assertEquals(published.get(m.group(4)), lexical(best.get("first")), m.group(1) + ": first appearance");
            assertTrue(best.get("speakerLabel").contains(m.group(2).replaceAll(".* ", "")),
                    m.group(1) + ": speaker " + m.group(2) + ", got " + best);
            checked++;
        }
        assertTrue(checked >= 4, "the corpus's clusters were checked: " + checked);
    }
}
