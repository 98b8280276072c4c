package dev.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.query.SavedQueries;
import dev.parley.query.SavedQuery;
import dev.parley.store.ArticleStore;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/**
 * The report on the seed store: every file is there, each CSV has its query's columns, the pictures are
 * well-formed SVG with the speakers as text and one timeline marker per dated statement or event (both counted
 * by SPARQL here), and text from the data is escaped.
 */
class TestReport {
    private static final String PREFIXES = "PREFIX parley: <https://w3id.org/parley/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    @TempDir
    static Path dir;

    private static ArticleStore store;
    private static SavedQueries queries;
    private static Report report;
    private static Path out;

    @BeforeAll
    static void buildOnTheSeed() {
        JenaSystem.init();
        ParleyHome home = ParleyHome.get();
        store = ArticleStore.open(dir.resolve("store"));
        Loader.create(new TdbTarget(store), Extractor.forHome(home),
                DataContract.load(home.ontology().resolve("shapes.ttl"))).build()
                .load(List.of(home.data().resolve("articles")));
        queries = SavedQueries.load(home.queries());
        report = Report.of(store.datasetGraph(), queries);
        out = dir.resolve("report");
        report.writeTo(out);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Values of the first column of a SELECT on the store. */
    private static List<String> column(DatasetGraph dsg, String query) {
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

    private static long count(String query) {
        return Long.parseLong(column(store.datasetGraph(), query).get(0));
    }

    private static Document svg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static Set<String> texts(Document doc) {
        Set<String> texts = new HashSet<>();
        NodeList list = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            // A <text> may hold a <title> (its tooltip) before its words: take the words only.
            StringBuilder sb = new StringBuilder();
            for (var c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                    sb.append(c.getNodeValue());
                }
            }
            texts.add(sb.toString());
        }
        return texts;
    }

    private static int withClass(Document doc, String cls) {
        int n = 0;
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String c = ((Element) all.item(i)).getAttribute("class");
            if (List.of(c.split(" ")).containsAll(List.of(cls.split(" ")))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theFolderHoldsTheIndexTheSummaryAndThePictures() throws Exception {
        for (String f : List.of("index.html", "summary.md", "network.svg", "timeline.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 200, f);
        }
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the pictures are inline");
        assertTrue(index.contains("href=\"network.svg\"") && index.contains("href=\"timeline.svg\""));
        assertTrue(index.contains("href=\"summary.md\""));
        assertFalse(index.matches("(?s).*(src|href)=\"(https?:)?//[^\"]*\\.(js|css|woff2?|png|svg)\".*"),
                "nothing is loaded from elsewhere");
        assertFalse(index.contains("<script"), "no script");
    }

    @Test
    void summaryCountsWhatSparqlCounts() throws Exception {
        String md = Files.readString(out.resolve("summary.md"));
        long direct = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a parley:DirectQuote }");
        long reported = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a parley:ReportedSpeech }");
        assertTrue(direct > 0 && reported > 0);
        assertTrue(md.contains("| articles | 1 |"), md);
        assertTrue(md.contains("| statements | " + (direct + reported) + " (" + direct + " direct quotes, " + reported
                + " reported speech) |"), md);
        for (String kind : List.of("Actor", "Place", "Agreement", "Event")) {
            long n = count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a parley:" + kind + " }");
            String row = "| " + kind.toLowerCase() + "s | " + n + " |";
            assertTrue(md.contains(row), row + " in\n" + md);
        }
        List<String> dates = column(store.datasetGraph(), "SELECT ?d WHERE { { ?s a parley:Statement ; parley:date ?d }"
                + " UNION { ?e a parley:Event ; parley:date ?d } } ORDER BY ?d");
        assertTrue(md.contains(dates.get(0) + " to " + dates.get(dates.size() - 1)), md);
        String top = column(store.datasetGraph(), "SELECT ?l (COUNT(?s) AS ?n) WHERE { ?s a parley:Statement ; "
                + "parley:speaker/rdfs:label ?l } GROUP BY ?l ORDER BY DESC(?n) LIMIT 1").get(0);
        assertTrue(md.indexOf("| " + top + " |") > md.indexOf("## Top speakers"), "the top speaker is listed: " + md);
    }

    @Test
    void eachQueryHasItsCsvWithItsColumnsLinkedFromTheIndex() throws Exception {
        String index = Files.readString(out.resolve("index.html"));
        int checked = 0;
        for (SavedQuery q : queries.all()) {
            boolean open = q.parameters().stream().anyMatch(p -> p.required() && p.defaultValue().isEmpty());
            if (q.query().toString().contains("SERVICE")) {
                assertFalse(Files.exists(out.resolve(q.name() + ".csv")), q.name());
                assertTrue(index.contains("id=\"q-" + q.name() + "\""), q.name());
                continue;
            }
            String file = q.name() + (open ? "--1" : "") + ".csv";
            Path csv = out.resolve(file);
            assertTrue(Files.exists(csv), file);
            String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
            assertEquals(String.join(",", q.columns()), header, file);
            assertTrue(index.contains("href=\"" + file + "\""), file + " is linked from index.html");
            checked++;
        }
        assertTrue(checked >= 8, "the shipped queries: " + checked);
    }

    @Test
    void theFederationQueryIsSkippedWithAReason() throws Exception {
        String index = Files.readString(out.resolve("index.html"));
        int at = index.indexOf("id=\"q-wikidata-federation\"");
        assertTrue(at > 0);
        assertTrue(index.substring(at, index.indexOf("</section>", at)).contains("Not run: it calls another endpoint"
                + " with SERVICE"));
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("wikidata-federation: Not run")));
    }

    @Test
    void quotesByRunsOnceForEachSpeakerOfDirectQuotes() throws Exception {
        List<String> speakers = column(store.datasetGraph(), "SELECT DISTINCT ?sp WHERE { ?s a parley:DirectQuote ; "
                + "parley:speaker ?sp }");
        assertTrue(speakers.size() > 1 && speakers.size() <= 10, speakers::toString);
        for (int i = 1; i <= speakers.size(); i++) {
            assertTrue(Files.exists(out.resolve("quotes-by--" + i + ".csv")), "run " + i);
        }
        assertFalse(Files.exists(out.resolve("quotes-by--" + (speakers.size() + 1) + ".csv")));
        // Each file holds exactly that speaker's direct quotes.
        long rows = 0;
        for (int i = 1; i <= speakers.size(); i++) {
            rows += Files.readString(out.resolve("quotes-by--" + i + ".csv")).lines().filter(l -> l.startsWith(
                    "https://w3id.org/parley/id/")).count();
        }
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { ?s a parley:DirectQuote }"), rows);
    }

    @Test
    void theNetworkIsWellFormedSvgWithTheSpeakersAsText() throws Exception {
        Document doc = svg(out.resolve("network.svg"));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        Set<String> texts = texts(doc);
        List<String> speakers = column(store.datasetGraph(), "SELECT DISTINCT ?l WHERE { ?s a parley:DirectQuote ; "
                + "parley:speaker/rdfs:label ?l }");
        assertFalse(speakers.isEmpty());
        for (String s : speakers) {
            assertTrue(texts.contains(s), s + " among " + texts);
        }
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a parley:Statement ; parley:speaker ?x }"),
                withClass(doc, "node statement"), "one node per statement (the seed is under the caps)");
        List<String> about = column(store.datasetGraph(), "SELECT DISTINCT ?l WHERE { ?s a parley:Statement ; "
                + "parley:about/rdfs:label ?l }");
        for (String a : about) {
            // Labels of things are shortened to 38 characters (agreements have long ones).
            assertTrue(texts.contains(Svg.shorten(a, 38)), "what statements are about: " + a);
        }
        assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() > about.size(), "edges are drawn");
    }

    @Test
    void theTimelineHasAMarkerForEachDatedStatementAndEvent() throws Exception {
        Document doc = svg(out.resolve("timeline.svg"));
        long direct = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a parley:DirectQuote ; parley:date ?d }");
        long reported = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a parley:ReportedSpeech ; "
                + "parley:date ?d }");
        long events = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a parley:Event . "
                + "{ ?e parley:date ?d } UNION { ?e parley:dateFrom ?d } }");
        assertTrue(direct > 0 && reported > 0 && events > 0);
        assertEquals(direct, withClass(doc, "marker direct"));
        assertEquals(reported, withClass(doc, "marker reported"));
        assertEquals(events, withClass(doc, "marker event"));
        assertEquals(direct + reported + events, withClass(doc, "marker"));
        assertTrue(withClass(doc, "tick-label") >= 2, "a labelled date axis");
        Set<String> texts = texts(doc);
        for (String label : column(store.datasetGraph(), "SELECT ?l WHERE { ?e a parley:Event ; rdfs:label ?l ; "
                + "parley:date ?d }")) {
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(Svg.shorten(label, 40).replace("\u2026", ""))),
                    "event label " + label + " in " + texts);
        }
    }

    @Test
    void textFromTheDataIsEscapedEverywhere() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        String nasty = "Dr <b>Evil</b> & \"Sons\" 'Ltd' \u0001";
        Txn.executeWrite(dsg, () -> UpdateExec.dataset(dsg).update(PREFIXES
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "INSERT DATA { <http://ex/s> a parley:DirectQuote ; parley:speaker <http://ex/p> ; "
                + "parley:text \"</text><script>alert(1)</script>\" ; parley:date \"2025-01-02\"^^xsd:date ; "
                + "parley:about <http://ex/p> . <http://ex/p> a parley:Actor ; rdfs:label \""
                + nasty.replace("\"", "\\\"").replace("\u0001", "\\u0001") + "\" . }").execute());
        Report r = Report.of(dsg, SavedQueries.none());
        Path folder = dir.resolve("nasty");
        r.writeTo(folder);
        for (String f : List.of("network.svg", "timeline.svg")) {
            Document doc = svg(folder.resolve(f));
            assertTrue(doc.getElementsByTagNameNS("*", "script").getLength() == 0, f);
        }
        assertTrue(texts(svg(folder.resolve("network.svg"))).stream().anyMatch(t -> t.strip().equals(
                "Dr <b>Evil</b> & \"Sons\" 'Ltd'")), "the label arrives as words, the control character dropped");
        String index = r.file("index.html").orElseThrow().text();
        assertFalse(index.contains("<b>Evil") || index.contains("<script>"), "escaped in the page");
        assertTrue(index.contains("Dr &lt;b&gt;Evil&lt;/b&gt; &amp;"));
        // The page as XML-ish check: the inline SVG parses on its own.
        String inline = index.substring(index.indexOf("<svg "), index.indexOf("</svg>") + 6);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(inline.getBytes(
                StandardCharsets.UTF_8)));
    }

    @Test
    void anEmptyStoreStillMakesAReport() throws Exception {
        Report r = Report.of(DatasetGraphFactory.createTxnMem(), SavedQueries.none());
        assertTrue(r.file("timeline.svg").orElseThrow().text().contains("No dated statements"));
        assertTrue(r.file("network.svg").orElseThrow().text().contains("No statements"));
        svg(writeAndGet(r, "empty", "network.svg"));
    }

    private static Path writeAndGet(Report r, String folder, String file) {
        r.writeTo(dir.resolve(folder));
        return dir.resolve(folder).resolve(file);
    }

    @Test
    void aFolderIsOverwrittenOnlyWhenItHoldsAnEarlierReport() throws Exception {
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "my own notes");
        BadInputException e = assertThrows(BadInputException.class, () -> report.writeTo(mine));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("my own notes", Files.readString(mine.resolve("notes.txt")));
        assertFalse(Files.exists(mine.resolve("index.html")));

        Path again = dir.resolve("again");
        report.writeTo(again);
        Files.writeString(again.resolve("stale--9.csv"), "a,b\n");
        Files.writeString(again.resolve("keep.txt"), "kept");
        report.writeTo(again);
        assertFalse(Files.exists(again.resolve("stale--9.csv")), "the earlier report's files are replaced");
        assertEquals("kept", Files.readString(again.resolve("keep.txt")), "other files are left alone");

        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertThrows(BadInputException.class, () -> report.writeTo(file));
    }

    @Test
    void onlyTheReportsOwnFilesCanBeAskedFor() {
        assertTrue(report.file("index.html").isPresent());
        for (String bad : List.of("", "../pom.xml", "/etc/passwd", "index.html/", "nope.csv", ".")) {
            assertTrue(report.file(bad).isEmpty(), bad);
        }
        assertEquals("index.html", report.names().iterator().next());
    }

    @Test
    void svgTextIsEscapedAndForbiddenCharactersDropped() throws Exception {
        Svg s = new Svg(10, 10, "t<", "d&");
        s.text("a<b>&\"c'\u0000\u0007\uFFFE\uD83D\uDE00", "x", 1, "y", "\"2");
        String xml = s.toXml();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("a<b>&\"c'\uD83D\uDE00", doc.getElementsByTagName("text").item(0).getTextContent());
        assertEquals("Mar\u2026", Svg.shorten("Marvellous", 4));
    }
}
