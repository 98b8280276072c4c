package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;
import dev.parley.query.ResultFormat;
import dev.parley.query.SavedQueries;
import dev.parley.store.Loader;
import dev.parley.store.TdbTarget;

/**
 * The saved queries over real HTTP on the seed: the list, every query in every format, typed parameters and their
 * errors, RFC 8288 paging, ETag/304, the cache (hit without a load between two requests, miss and a new answer
 * after one), and the OpenAPI document checked by a real OpenAPI parser.
 */
class TestSavedQueryApi {
    @TempDir
    static Path dir;

    private static SeedServer seed;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, List<String>> COLUMNS = dev.parley.query.TestSavedQueryFiles.COLUMNS;

    @BeforeAll
    static void start() {
        SavedQueries queries = SavedQueries.load(ParleyHome.get().queries());
        seed = SeedServer.start(dir, b -> b.queries(queries));
        base = seed.server.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (seed != null) {
            seed.close();
        }
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The IRI of the speaker with the most direct quotes in the store. */
    private static String topQuotedSpeaker() {
        return Txn.calculateRead(seed.store.datasetGraph(), () -> {
            try (QueryExec qe = QueryExec.dataset(seed.store.datasetGraph()).query("""
                    PREFIX parley: <https://w3id.org/parley/ontology#>
                    SELECT ?s (COUNT(?q) AS ?n) { ?q a parley:DirectQuote ; parley:speaker ?s }
                    GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1""").build()) {
                return qe.select().next().get("s").getURI();
            }
        });
    }

    private static String firstStatement() {
        return Txn.calculateRead(seed.store.datasetGraph(), () -> {
            try (QueryExec qe = QueryExec.dataset(seed.store.datasetGraph()).query(
                    "SELECT ?q { ?q a <https://w3id.org/parley/ontology#DirectQuote> } ORDER BY ?q LIMIT 1").build()) {
                return qe.select().next().get("q").getURI();
            }
        });
    }

    private static ResultSet json(String body) {
        return ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(
                body.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }

    @Test
    void listsEveryQueryWithTypedParameters() throws Exception {
        HttpResponse<String> r = get("/queries");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray list = JSON.parse(r.body()).get("queries").getAsArray();
        List<String> names = new ArrayList<>();
        list.forEach(v -> names.add(v.getAsObject().get("name").getAsString().value()));
        assertEquals(SavedQueries.load(ParleyHome.get().queries()).all().stream().map(q -> q.name()).toList(), names);
        JsonObject quotesBy = list.stream().map(v -> v.getAsObject())
                .filter(o -> o.get("name").getAsString().value().equals("quotes-by")).findFirst().orElseThrow();
        JsonObject speaker = quotesBy.get("parameters").getAsArray().get(0).getAsObject();
        assertEquals("speaker", speaker.get("name").getAsString().value());
        assertTrue(speaker.get("required").getAsBoolean().value());
        assertEquals("iri", speaker.get("type").getAsString().value());
        HttpResponse<String> html = get("/queries", "Accept", "text/html");
        assertTrue(html.body().contains("href=\"/queries/quotes-by.html\""), "HTML list links each query");
    }

    @Test
    void everyQueryAnswersInEveryFormatItCarries() throws Exception {
        String speaker = topQuotedSpeaker();
        String statement = speaker.isEmpty() ? "" : firstStatement();
        for (var q : seed.server.queryService().queries().all()) {
            if (q.name().equals("wikidata-federation")) {
                continue; // needs SERVICE to the internet: refused here, tested below
            }
            String args = q.parameters().stream().filter(p -> p.required())
                    .map(p -> p.name() + "=" + enc(p.name().equals("node") ? statement : speaker)).reduce((a, b) -> a + "&" + b).map(s -> "?" + s)
                    .orElse("");
            for (ResultFormat f : ResultFormat.forForm(q.form())) {
                HttpResponse<String> r = get("/queries/" + q.name() + "." + f.suffix() + args);
                assertEquals(200, r.statusCode(), q.name() + "." + f.suffix() + ": " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.mediaType()),
                        q.name() + "." + f.suffix());
                assertFalse(r.body().isBlank(), q.name() + "." + f.suffix());
            }
            HttpResponse<String> csv = get("/queries/" + q.name() + ".csv" + args);
            List<String> header = List.of(csv.body().lines().findFirst().orElse("").split(","));
            assertEquals(q.columns(), header, q.name() + " CSV header");
            assertTrue(csv.body().lines().count() > 1, q.name() + " has rows on the seed");
            if (COLUMNS.containsKey(q.name())) {
                assertEquals(COLUMNS.get(q.name()), header, q.name() + " keeps its public columns");
            }
            // By Accept on the bare name, the same rows as the suffix form.
            HttpResponse<String> byAccept = get("/queries/" + q.name() + args, "Accept", "text/csv");
            assertEquals(csv.body(), byAccept.body(), q.name());
        }
    }

    @Test
    void quotesByReturnsExactlyTheSpeakersQuotes() throws Exception {
        String speaker = topQuotedSpeaker();
        long expected = Txn.calculateRead(seed.store.datasetGraph(), () -> {
            try (QueryExec qe = QueryExec.dataset(seed.store.datasetGraph()).query(
                    "SELECT (COUNT(*) AS ?n) { ?q a <https://w3id.org/parley/ontology#DirectQuote> ; "
                            + "<https://w3id.org/parley/ontology#speaker> <" + speaker + "> }").build()) {
                return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
            }
        });
        ResultSet rs = json(get("/queries/quotes-by.json?speaker=" + enc(speaker)).body());
        int rows = 0;
        while (rs.hasNext()) {
            rs.next();
            rows++;
        }
        assertTrue(expected >= 1);
        assertEquals(expected, rows);
    }

    @Test
    void badParametersAre400sNamingTheParameter() throws Exception {
        HttpResponse<String> notIri = get("/queries/quotes-by?speaker=" + enc("not an iri\"} ; DROP ALL"));
        assertEquals(400, notIri.statusCode());
        assertTrue(notIri.body().contains("\"speaker\"") && notIri.body().contains("IRI"), notIri.body());
        HttpResponse<String> missing = get("/queries/quotes-by");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("required"), missing.body());
        HttpResponse<String> badDate = get("/queries/statements?from=2025-13-45");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("\"from\"") && badDate.body().contains("xsd:date"), badDate.body());
        HttpResponse<String> unknown = get("/queries/actors?colour=red");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("colour"), unknown.body());
        HttpResponse<String> twice = get("/queries/quotes-by?speaker=urn:x:a&speaker=urn:x:b");
        assertEquals(400, twice.statusCode());
        for (String page : List.of("0", "-1", "x", "99999999999")) {
            assertEquals(400, get("/queries/actors?page=" + page).statusCode(), "page=" + page);
            assertEquals(400, get("/queries/actors?pageSize=" + page).statusCode(), "pageSize=" + page);
        }
        assertEquals(404, get("/queries/no-such-query").statusCode());
        assertEquals(404, get("/queries/actors.exe").statusCode());
        assertEquals(406, get("/queries/actors", "Accept", "image/png").statusCode());
        HttpResponse<String> service = get("/queries/wikidata-federation");
        assertEquals(422, service.statusCode(), "SERVICE is off the allow-list: " + service.body());
        assertTrue(service.body().contains("SERVICE"), service.body());
    }

    @Test
    void pagesLinkToFirstPrevNextAndARightLast() throws Exception {
        List<String> all = get("/queries/actors.csv").body().lines().skip(1).toList();
        assertTrue(all.size() > 6, "enough actors on the seed to page");
        for (int size : new int[] {1, 4, all.size(), all.size() + 3}) {
            List<String> paged = new ArrayList<>();
            String url = "/queries/actors.csv?pageSize=" + size;
            int pages = 0;
            long last = -1;
            while (url != null) {
                HttpResponse<String> r = get(url);
                assertEquals(200, r.statusCode());
                pages++;
                paged.addAll(r.body().lines().skip(1).toList());
                Map<String, String> links = links(r.headers().firstValue("Link").orElseThrow());
                assertTrue(links.containsKey("first") && links.containsKey("last"), links.toString());
                last = Long.parseLong(param(links.get("last"), "page"));
                assertEquals(String.valueOf(all.size()), r.headers().firstValue("Parley-Total-Results").orElse(""));
                url = links.containsKey("next") ? links.get("next").substring(base.length()) : null;
                assertTrue(pages <= all.size() + 1, "paging ends");
            }
            assertEquals(all, paged, "pages of " + size + " put together are the whole result, in order");
            assertEquals((all.size() + size - 1) / size, last, "last page for size " + size);
            assertEquals(last, pages);
        }
        HttpResponse<String> beyond = get("/queries/actors.csv?pageSize=4&page=999");
        assertEquals(200, beyond.statusCode());
        assertEquals(1, beyond.body().lines().count(), "a page past the last is empty");
        assertTrue(links(beyond.headers().firstValue("Link").orElseThrow()).get("prev").contains("page="
                + (all.size() + 3) / 4), "prev from past the end points at the last page");
        HttpResponse<String> keep = get("/queries/quotes-by.csv?speaker=" + enc(topQuotedSpeaker()) + "&pageSize=1");
        assertTrue(links(keep.headers().firstValue("Link").orElseThrow()).get("last").contains("speaker="),
                "links keep the other parameters");
    }

    private static Map<String, String> links(String header) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = Pattern.compile("<([^>]*)>;\\s*rel=\"([a-z]+)\"").matcher(header);
        while (m.find()) {
            out.put(m.group(2), m.group(1));
        }
        return out;
    }

    private static String param(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        assertTrue(m.find(), url);
        return m.group(1);
    }

    @Test
    void etagsGive304AndTheCacheIsExact() throws Exception {
        HttpResponse<String> first = get("/queries/actors.json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("no-cache"));
        HttpResponse<String> again = get("/queries/actors.json");
        assertEquals("hit", again.headers().firstValue("Parley-Cache").orElse(""), "no load between: from cache");
        assertEquals(first.body(), again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> notModified = get("/queries/actors.json", "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.body());
        assertEquals(200, get("/queries/actors.json", "If-None-Match", "\"other\"").statusCode());

        // A load between two identical requests: a miss, and the new article's actors are in the answer.
        Path article = ParleyHome.get().root().resolve("src/test/resources/articles");
        ParleyHome home = ParleyHome.get();
        Loader.create(new TdbTarget(seed.store), Extractor.forHome(home),
                DataContract.load(home.ontology().resolve("shapes.ttl"))).build()
                .load(List.of(firstArticle(article)));
        HttpResponse<String> after = get("/queries/actors.json");
        assertEquals("miss", after.headers().firstValue("Parley-Cache").orElse(""), "a load invalidates at once");
        assertNotEquals(first.body(), after.body(), "the answer after the load is the new one");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, get("/queries/actors.json", "If-None-Match", etag).statusCode(), "old tag: not 304");
    }

    private static Path firstArticle(Path folder) throws IOException {
        try (var s = java.nio.file.Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void largeAnswersAreGzippedOnceAndServedSoFromTheCache() throws Exception {
        HttpResponse<String> plain = get("/queries/statements.csv");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.body().length() > 2_048, "large enough to be compressed: " + plain.body().length());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "not compressed unless asked");
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> gz = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/queries/statements.csv"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, gz.statusCode());
            assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
            assertEquals("hit", gz.headers().firstValue("Parley-Cache").orElse(""), "from the cache, compressed");
            assertTrue(String.join(",", gz.headers().allValues("Vary")).contains("Accept-Encoding"));
            try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                    gz.body()))) {
                assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "decodes to the same answer (compressed once, not twice)");
            }
        }
        dev.parley.query.QueryService service = seed.server.queryService();
        dev.parley.query.QueryService.Output first = service.run("statements", Map.of(),
                dev.parley.query.ResultFormat.CSV);
        assertNotNull(first.gzipped(), "kept gzipped with the body");
        assertTrue(first.gzipped() == service.run("statements", Map.of(), dev.parley.query.ResultFormat.CSV)
                .gzipped(), "the cached answer's compressed bytes, not compressed again");
    }

    @Test
    void openApiDocumentIsValidAndDescribesEveryQuery() throws Exception {
        HttpResponse<String> r = get("/openapi.json");
        assertEquals(200, r.statusCode());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), String.valueOf(result
                .getMessages()));
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertEquals("3.1.0", api.getOpenapi());
        for (var q : seed.server.queryService().queries().all()) {
            var item = api.getPaths().get("/queries/" + q.name());
            assertNotNull(item, q.name());
            List<String> params = item.getGet().getParameters().stream().map(Parameter::getName).toList();
            for (var p : q.parameters()) {
                assertTrue(params.contains(p.name()), q.name() + " documents " + p.name());
            }
        }
        Parameter speaker = api.getPaths().get("/queries/quotes-by").getGet().getParameters().get(0);
        assertEquals("speaker", speaker.getName());
        assertTrue(speaker.getRequired());
        assertEquals("iri", speaker.getSchema().getFormat());
        Parameter from = api.getPaths().get("/queries/statements").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("from")).findFirst().orElseThrow();
        assertEquals("date", from.getSchema().getFormat());
        assertFalse(from.getRequired());
    }
}
