package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.query.SavedQueries;

/**
 * The report page in a real headless Chromium driven by Playwright: the pictures render (the screenshot has
 * drawing where they are), the network shows the speakers of the seed's direct quotes as text, and the timeline
 * has one marker per dated statement or event, with no request leaving the machine. {@code .ci/run} installs
 * Chromium and Playwright; elsewhere the test is skipped, except under CI.
 */
class TestReportPage {
    private static final String PREFIXES = "PREFIX parley: <https://w3id.org/parley/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final Path CLIENTS = ParleyHome.get().root().resolve("src/test/federation");

    @TempDir
    static Path dir;

    private static SeedServer seed;

    @BeforeAll
    static void start() {
        seed = SeedServer.start(dir, b -> b.queries(SavedQueries.load(ParleyHome.get().queries())));
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    private static List<String> column(String query) {
        var dsg = seed.store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<String> values = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
                exec.select().forEachRemaining(b -> {
                    var n = b.get(b.vars().next());
                    values.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                });
            }
            return values;
        });
    }

    @Test
    void aRealBrowserShowsThePictures() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isDirectory(CLIENTS.resolve("node_modules/playwright-core"));
        assumeTrue(installed || "true".equals(System.getenv("CI")),
                "Chromium or playwright-core is not installed (.ci/run installs them)");
        List<String> speakers = column("SELECT DISTINCT ?l WHERE { ?s a parley:DirectQuote ; "
                + "parley:speaker/rdfs:label ?l } ORDER BY ?l");
        long dated = Long.parseLong(column("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a parley:Statement ; "
                + "parley:date ?d } UNION { ?x a parley:Event . { ?x parley:date ?d } UNION { ?x parley:dateFrom ?d } }"
                + " }").get(0));
        assertTrue(speakers.size() > 1 && dated > 1);
        JsonArray labels = new JsonArray();
        speakers.forEach(labels::add);

        Path target = ParleyHome.get().root().resolve("target");
        Files.createDirectories(target);
        Path shot = target.resolve("report-page.png");
        Files.deleteIfExists(shot);
        Process p = new ProcessBuilder("node", "report-check.mjs", seed.server.baseUrl() + "/report/",
                shot.toString(), labels.toString()).directory(CLIENTS.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the browser check finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);

        for (String s : speakers) {
            assertTrue(out.contains("label found: " + s + "\n"), s + ":\n" + out);
        }
        assertTrue(out.contains("markers " + dated + "\n"), "one marker per dated statement or event (" + dated
                + "):\n" + out);
        assertTrue(out.contains("outside requests 0"), "the page asked nothing of any other host: " + out);

        BufferedImage image = ImageIO.read(shot.toFile());
        Map<String, int[]> boxes = new LinkedHashMap<>();
        Matcher m = Pattern.compile("box (\\w+) (-?\\d+) (-?\\d+) (\\d+) (\\d+)").matcher(out);
        while (m.find()) {
            boxes.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))});
        }
        assertEquals(List.of("network", "timeline"), List.copyOf(boxes.keySet()), out);
        for (Map.Entry<String, int[]> e : boxes.entrySet()) {
            int[] b = e.getValue();
            assertTrue(b[2] > 300 && b[3] > 100, e.getKey() + " has a size: " + out);
            assertTrue(b[0] >= 0 && b[1] >= 0 && b[0] + b[2] <= image.getWidth() && b[1] + b[3] <= image.getHeight(),
                    e.getKey() + " lies in the screenshot (" + image.getWidth() + "x" + image.getHeight() + ")");
            long dark = 0;
            long coloured = 0;
            for (int y = b[1]; y < b[1] + b[3]; y++) {
                for (int x = b[0]; x < b[0] + b[2]; x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int bl = rgb & 0xff;
                    int min = Math.min(r, Math.min(g, bl));
                    int max = Math.max(r, Math.max(g, bl));
                    if (min < 200) {
                        dark++;
                    }
                    if (max - min > 80) {
                        coloured++;
                    }
                }
            }
            long area = (long) b[2] * b[3];
            assertTrue(dark > area / 200, e.getKey() + ": drawing in the picture's area (" + dark + " of " + area
                    + " pixels)");
            assertTrue(coloured > 200, e.getKey() + ": coloured nodes or markers drawn (" + coloured + " pixels)");
        }
    }
}
