package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.query.SavedQueries;

/**
 * The abuse suite: a catalogue of bad requests, each sent raw over a socket to a running server (so that nothing
 * is normalised on the way), each with the status and the words of the message it must get. Afterwards the
 * store holds exactly what it held before (a canonical dump compares equal) and the server still answers.
 * <p>
 * Every address in these requests is a loopback one (127.0.0.1, 127.0.0.2, [::1]); SERVICE and FROM to them
 * are refused or ignored by the server without a connection being made.
 */
class TestAbuse {
    @TempDir
    static Path dir;

    private static SeedServer seed;
    private static int port;
    /** The one origin whose pages may send credentials (--cors-origins). */
    private static final String TRUSTED_ORIGIN = "https://app.example";
    private static final String AUTH_WRONG = "Basic " + Base64.getEncoder().encodeToString(
            "editor:wrong".getBytes(StandardCharsets.UTF_8));
    private static final String AUTH_READER = "Basic " + Base64.getEncoder().encodeToString(
            "reader:other".getBytes(StandardCharsets.UTF_8));

    /**
     * One bad request and what must come back: one of {@code statuses}, with {@code words} in the body, and
     * header lines that match each of {@code headerPatterns} (a regular expression on one line of the lowercased
     * header block; with a leading {@code !}, that no line matches).
     */
    record Case(String name, String method, String target, Map<String, String> headers, byte[] body,
            Set<Integer> statuses, String words, List<String> headerPatterns) {
        Case(String name, String method, String target, Map<String, String> headers, byte[] body,
                Set<Integer> statuses, String words) {
            this(name, method, target, headers, body, statuses, words, List.of());
        }

        /** The same case, whose response headers must also match these patterns. */
        Case expecting(String... patterns) {
            return new Case(name, method, target, headers, body, statuses, words, List.of(patterns));
        }

        /** The header patterns that the response's headers do not satisfy. */
        List<String> unmet(String responseHeaders) {
            List<String> lines = responseHeaders.toLowerCase(Locale.ROOT).lines().toList();
            List<String> unmet = new ArrayList<>();
            for (String p : headerPatterns) {
                boolean negated = p.startsWith("!");
                java.util.regex.Pattern re = java.util.regex.Pattern.compile(negated ? p.substring(1) : p);
                boolean found = lines.stream().anyMatch(l -> re.matcher(l).find());
                if (found == negated) {
                    unmet.add(p);
                }
            }
            return unmet;
        }

        static Case get(String name, String target, int status, String words) {
            return new Case(name, "GET", target, Map.of(), new byte[0], Set.of(status), words);
        }

        static Case of(String name, String method, String target, Map<String, String> headers, String body,
                int status, String words) {
            return new Case(name, method, target, headers, body.getBytes(StandardCharsets.UTF_8), Set.of(status),
                    words);
        }

        /** The same case sent as a form POST with this body. */
        Case withPost(String formBody) {
            return new Case(name, "POST", target, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    formBody.getBytes(StandardCharsets.UTF_8), statuses, words, headerPatterns);
        }

        @Override
        public String toString() {
            return name + " (" + method + " " + (target.length() > 80 ? target.substring(0, 80) + "..." : target)
                    + ")";
        }
    }

    @BeforeAll
    static void start() throws IOException {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: secret\nreader: other\n");
        SavedQueries queries = SavedQueries.load(ParleyHome.get().queries());
        seed = SeedServer.start(dir, b -> b.queries(queries).timeoutMillis(2_000).maxRequestBytes(100_000)
                .writes(passwd, List.of("editor")).corsOrigins(List.of(TRUSTED_ORIGIN)));
        port = seed.server.port();
    }

    @AfterAll
    static void stop() {
        if (seed != null) {
            seed.close();
        }
    }

    private static String q(String sparql) {
        return "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<Case> catalogue() {
        List<Case> c = new ArrayList<>();
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        Map<String, String> sparqlQuery = Map.of("Content-Type", "application/sparql-query");
        Map<String, String> sparqlUpdate = Map.of("Content-Type", "application/sparql-update");
        // Malformed SPARQL.
        c.add(Case.get("syntax error", q("SELECT * WHERE { ?s ?p }"), 400, "Parse error"));
        c.add(Case.get("empty query", "/sparql?query=", 400, ""));
        c.add(Case.get("not SPARQL at all", q("hello world"), 400, "Parse error"));
        c.add(Case.get("unknown prefix", q("SELECT * { ?s nope:p ?o }"), 400, "nope"));
        c.add(Case.get("bad percent-encoding", "/sparql?query=SELECT%zz", 400, ""));
        c.add(Case.of("malformed POST body", "POST", "/sparql", sparqlQuery, "SELECT * WHERE {", 400, "Parse"));
        c.add(Case.of("not UTF-8", "POST", "/sparql", sparqlQuery, "SELECT * WHERE { ?s ?p \"\u00ff\" }", 200,
                ""));
        // Charsets: a declared one is decoded (query, form; update in TestServerWrites), an unknown one refused,
        // a body not valid in its charset refused: never a garbled query, never a 500.
        byte[] latin1 = "SELECT (\"caf\u00e9\" AS ?x) {}".getBytes(StandardCharsets.ISO_8859_1);
        for (String path : List.of("/sparql", "/parley/query")) {
            c.add(new Case("ISO-8859-1 query body on " + path, "POST", path, Map.of("Content-Type",
                    "application/sparql-query; charset=ISO-8859-1"), latin1, Set.of(200), "caf\u00e9"));
        }
        c.add(new Case("ISO-8859-1 body without its charset", "POST", "/sparql", sparqlQuery, latin1,
                Set.of(400), "not valid UTF-8"));
        c.add(Case.of("ISO-8859-1 form", "POST", "/sparql", Map.of("Content-Type",
                "application/x-www-form-urlencoded; charset=ISO-8859-1"), "query=SELECT+%28%22caf%E9%22+AS+%3Fx"
                + "%29+%7B%7D", 200, "caf\u00e9"));
        c.add(Case.of("form not valid UTF-8", "POST", "/sparql", form, "query=ASK+%7B%3Fs+%3Fp+%22%FF%FE%22%7D",
                400, "not valid UTF-8"));
        c.add(new Case("raw form bytes not valid UTF-8", "POST", "/parley/sparql", form,
                "query=ASK%7B%22\u00ff\u00fe%22%7D".getBytes(StandardCharsets.ISO_8859_1), Set.of(400),
                "not valid UTF-8"));
        c.add(Case.of("unknown charset of a query body", "POST", "/sparql", Map.of("Content-Type",
                "application/sparql-query; charset=klingon"), "ASK {}", 415, "klingon"));
        c.add(Case.of("unknown charset of a form", "POST", "/sparql", Map.of("Content-Type",
                "application/x-www-form-urlencoded; charset=klingon"), "query=ASK%7B%7D", 415, "klingon"));
        c.add(Case.of("unknown charset of an update", "POST", "/parley/update", Map.of("Content-Type",
                "application/sparql-update; charset=klingon"), "DROP ALL", 415, "klingon"));
        // Size and depth.
        c.add(Case.of("huge POST body", "POST", "/sparql", sparqlQuery, "SELECT * {" + " ".repeat(200_000) + "}",
                413, "over the limit"));
        c.add(Case.get("huge query string", "/sparql?query=" + "x".repeat(200_000), 414, ""));
        // The same limit whatever the way the body comes: chunked, as a form, as multipart, on every endpoint.
        Map<String, String> chunkedQuery = Map.of("Content-Type", "application/sparql-query",
                "Transfer-Encoding", "chunked");
        String big = "ASK {}" + " ".repeat(200_000);
        c.add(Case.of("huge chunked body", "POST", "/sparql", chunkedQuery, big, 413, "over the limit"));
        c.add(Case.of("huge chunked body on /parley/query", "POST", "/parley/query", chunkedQuery, big, 413,
                "over the limit"));
        c.add(Case.of("huge chunked update, before credentials are asked for", "POST", "/parley/update",
                Map.of("Content-Type", "application/sparql-update", "Transfer-Encoding", "chunked"),
                "DROP ALL" + " ".repeat(200_000), 413, "over the limit"));
        c.add(Case.of("huge form", "POST", "/sparql", form, "query=" + enc(big), 413, "over the limit"));
        c.add(Case.of("huge chunked form", "POST", "/parley/sparql", Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Transfer-Encoding", "chunked"), "query=" + enc(big), 413,
                "over the limit"));
        c.add(Case.of("huge chunked multipart", "POST", "/sparql", Map.of("Content-Type",
                "multipart/form-data; boundary=XyZ", "Transfer-Encoding", "chunked"), "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"query\"\r\n\r\n" + big + "\r\n--XyZ--\r\n", 413,
                "over the limit"));
        c.add(Case.of("huge graph store upload", "POST", "/parley/data?default", Map.of("Content-Type",
                "application/n-triples", "Transfer-Encoding", "chunked"),
                "<urn:x:a> <urn:x:b> <urn:x:c> .\n".repeat(5_000), 413, "over the limit"));
        c.add(new Case("gzip bomb: 10 kB that inflate to 10 MB", "POST", "/sparql", Map.of("Content-Type",
                "application/sparql-query", "Content-Encoding", "gzip"), gzip("ASK {}" + " ".repeat(10_000_000)),
                Set.of(413), "over the limit"));
        c.add(new Case("a gzipped query body", "POST", "/sparql", Map.of("Content-Type", "application/sparql-query",
                "Content-Encoding", "gzip"), gzip("ASK { ?s ?p ?o }"), Set.of(200), "true"));
        c.add(Case.of("a body in an encoding nobody undoes", "POST", "/sparql", Map.of("Content-Type",
                "application/sparql-query", "Content-Encoding", "compress"), "ASK {}", 415, "Content-Encoding"));
        c.add(new Case("huge header field", "GET", q("ASK {}"), Map.of("X-Padding", "x".repeat(20_000)),
                new byte[0], Set.of(431), "header"));
        c.add(new Case("many header fields", "GET", q("ASK {}"), manyHeaders(1_000), new byte[0], Set.of(431),
                "header"));
        c.add(Case.get("URL beyond what the parser takes", "/sparql?query=" + "x".repeat(400_000), 414, ""));
        c.add(Case.of("deep group nesting", "POST", "/sparql", sparqlQuery, "SELECT * WHERE " + "{".repeat(5_000)
                + "}".repeat(5_000), 400, ""));
        c.add(Case.of("deep expression nesting", "POST", "/sparql", sparqlQuery, "SELECT * WHERE { FILTER("
                + "(".repeat(8_000) + "1" + ")".repeat(8_000) + ") }", 400, ""));
        c.add(Case.get("explosive cross product (timeout)", q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . "
                + "?g ?h ?i . ?j ?k ?l }"), 503, ""));
        // SERVICE and FROM to loopback addresses: refused whatever the address.
        for (String endpoint : List.of("http://127.0.0.2:3030/sparql", "http://[::1]:3030/sparql",
                "http://127.0.0.1:" + 1 + "/sparql", "http://localhost/sparql")) {
            c.add(Case.get("SERVICE to " + endpoint, q("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }"), 422,
                    "not on this server's allow-list"));
            c.add(Case.get("SERVICE by POST to " + endpoint, "/sparql", 422, "<" + endpoint + ">")
                    .withPost("query=" + enc("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }")));
        }
        c.add(Case.get("SERVICE with a variable endpoint", q("SELECT * { BIND(<http://127.0.0.2/> AS ?e) "
                + "SERVICE ?e { ?s ?p ?o } }"), 422, "allow-list"));
        // FROM names graphs of this store (SPARQL's dynamic dataset); nothing is fetched, so nothing matches.
        c.add(Case.get("remote FROM (loopback)", q("SELECT * FROM <http://127.0.0.2:9/data.ttl> { ?s ?p ?o }"),
                200, "<results>\n  </results>"));
        c.add(Case.get("remote FROM NAMED (loopback)", q("SELECT * FROM NAMED <http://[::1]:9/d.ttl> "
                + "{ GRAPH ?g { ?s ?p ?o } }"), 200, "<results>\n  </results>"));
        // Writes: none through the query endpoints; none without the right credentials.
        c.add(Case.of("update through the query endpoint (form)", "POST", "/sparql", form,
                "update=" + enc("DROP ALL"), 400, ""));
        c.add(Case.of("update through the query endpoint (body)", "POST", "/sparql", sparqlUpdate, "DROP ALL", 415,
                ""));
        c.add(Case.of("update without credentials", "POST", "/parley/update", sparqlUpdate, "DROP ALL", 401, ""));
        c.add(Case.of("update with a wrong password", "POST", "/parley/update", Map.of("Content-Type",
                "application/sparql-update", "Authorization", AUTH_WRONG), "DROP ALL", 401, ""));
        c.add(Case.of("update by a user who may not write", "POST", "/parley/update", Map.of("Content-Type",
                "application/sparql-update", "Authorization", AUTH_READER), "DROP ALL", 403, ""));
        c.add(Case.of("graph store PUT without credentials", "PUT", "/parley/data?default", Map.of("Content-Type",
                "text/turtle"), "<urn:x:a> <urn:x:b> <urn:x:c> .", 401, ""));
        c.add(Case.of("graph store DELETE with a wrong password", "DELETE", "/parley/data?default",
                Map.of("Authorization", AUTH_WRONG), "", 401, ""));
        c.add(Case.of("graph store write on the read-only endpoint", "PUT", "/parley/get?default",
                Map.of("Content-Type", "text/turtle"), "<urn:x:a> <urn:x:b> <urn:x:c> .", 405, ""));
        // CORS: decided before authentication; any origin reads without credentials; credentials only for the
        // configured origin; every answer varies by Origin.
        Map<String, String> preflight = Map.of("Origin", "http://other.example", "Access-Control-Request-Method",
                "POST", "Access-Control-Request-Headers", "Content-Type, Authorization");
        c.add(new Case("CORS preflight of an authenticated update", "OPTIONS", "/parley/update", preflight,
                new byte[0], Set.of(204), "").expecting("^access-control-allow-origin: \\*$",
                "^access-control-allow-headers:.*authorization", "^access-control-allow-methods:.*post",
                "!^access-control-allow-credentials", "^vary:.*origin"));
        c.add(new Case("CORS preflight from the configured origin", "OPTIONS", "/parley/update",
                Map.of("Origin", TRUSTED_ORIGIN, "Access-Control-Request-Method", "POST",
                        "Access-Control-Request-Headers", "Content-Type, Authorization"), new byte[0], Set.of(204), "")
                .expecting("^access-control-allow-origin: " + TRUSTED_ORIGIN + "$",
                        "^access-control-allow-credentials: true", "^vary:.*origin"));
        c.add(new Case("CORS preflight of a graph store PUT", "OPTIONS", "/parley/data?default", Map.of("Origin",
                "http://other.example", "Access-Control-Request-Method", "PUT"), new byte[0], Set.of(204), "")
                .expecting("^access-control-allow-methods:.*put"));
        c.add(new Case("cross-origin read: anyone, no credentials", "GET", q("ASK {}"), Map.of("Origin",
                "http://other.example"), new byte[0], Set.of(200), "true").expecting(
                "^access-control-allow-origin: \\*$", "!^access-control-allow-credentials", "^vary:.*origin"));
        c.add(new Case("cross-origin error: readable too", "GET", q("ASK {"), Map.of("Origin",
                "http://other.example"), new byte[0], Set.of(400), "").expecting(
                "^access-control-allow-origin: \\*$", "^vary:.*origin"));
        c.add(Case.of("cross-origin update with a wrong password from the configured origin", "POST",
                "/parley/update", Map.of("Content-Type", "application/sparql-update", "Authorization", AUTH_WRONG,
                        "Origin", TRUSTED_ORIGIN), "DROP ALL", 401, "").expecting(
                "^access-control-allow-origin: " + TRUSTED_ORIGIN + "$", "^access-control-allow-credentials: true"));
        c.add(Case.of("cross-origin update from another origin", "POST", "/parley/update", Map.of("Content-Type",
                "application/sparql-update", "Authorization", AUTH_WRONG, "Origin", "https://app.example.evil"),
                "DROP ALL", 401, "").expecting("^access-control-allow-origin: \\*$",
                "!^access-control-allow-credentials"));
        c.add(Case.get("a read without Origin still varies by it", q("ASK {}"), 200, "true")
                .expecting("^vary:.*origin", "!^access-control-allow-origin"));
        // The row cap: said (header, JSON member) when rows were cut, and only then.
        c.add(new Case("SELECT cut by the row cap", "GET", q("SELECT ?s ?k { ?s ?p ?o VALUES ?k { 1 2 3 4 5 6 7 8 9 10"
                + " } }"), Map.of("Accept", "application/sparql-results+json"), new byte[0], Set.of(200),
                "\"truncated\": true").expecting("^parley-row-cap: 10000$"));
        c.add(Case.get("SELECT within the row cap", q("SELECT ?s { ?s a ?t }"), 200, "<results>")
                .expecting("!^parley-row-cap"));
        // The description: varies by Accept and Origin, revalidated at each use.
        c.add(new Case("the service description", "GET", "/sparql", Map.of("Origin", TRUSTED_ORIGIN),
                new byte[0], Set.of(200), "sparql-service-description").expecting("^vary:.*accept",
                "^vary:.*origin", "^cache-control: no-cache$", "^etag: \"[0-9a-f]+\"$"));
        // Format names as clients send them (SPARQLWrapper: format=, output=, results=, a media type besides).
        String construct = enc("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3");
        String select = enc("SELECT ?s WHERE { ?s a ?t } LIMIT 3");
        for (String[] f : List.of(new String[] {"rdf%2Bxml", construct, "application/rdf+xml"},
                new String[] {"rdf%2Bxml&format=application%2Frdf%2Bxml", construct, "application/rdf+xml"},
                new String[] {"n3", construct, "text/turtle"}, new String[] {"turtle", construct, "text/turtle"},
                new String[] {"xml", construct, "application/rdf+xml"},
                new String[] {"json", construct, "application/ld+json"},
                new String[] {"xml", select, "application/sparql-results+xml"},
                new String[] {"json", select, "application/sparql-results+json"},
                new String[] {"csv", select, "text/csv"}, new String[] {"tsv", select, "text/tab-separated-values"})) {
            c.add(Case.get("format=" + f[0] + " on a " + (f[1].equals(select) ? "SELECT" : "CONSTRUCT"),
                    "/sparql?query=" + f[1] + "&format=" + f[0] + "&output=" + f[0] + "&results=" + f[0], 200, "")
                    .expecting("^content-type: " + java.util.regex.Pattern.quote(f[2])));
        }
        c.add(Case.get("an unknown format name", "/sparql?query=" + select + "&format=klingon", 400, ""));
        // The Graph Store's default graph is the one SPARQL reads: the union of the article graphs.
        c.add(new Case("graph store ?default reads the union", "GET", "/parley/get?default", Map.of("Accept",
                "application/n-triples"), new byte[0], Set.of(200), "Grushko"));
        // Path traversal.
        c.add(Case.get("traversal in /queries", "/queries/../../pom.xml", 400, "Bad Request"));
        c.add(Case.get("encoded traversal in /queries", "/queries/%2e%2e/%2e%2e/pom.xml", 400, ""));
        c.add(Case.get("encoded slash in /queries", "/queries/..%2f..%2fpom.xml", 400, ""));
        c.add(Case.get("traversal in /id", "/id/../../etc/passwd", 400, "Bad Request"));
        c.add(Case.get("encoded traversal in /id", "/id/%2e%2e/%2e%2e/etc/passwd", 400, ""));
        c.add(Case.get("traversal in the page's files", "/webjars/yasgui/../../../../pom.xml", 400,
                "Bad Request"));
        // Saved-query parameters: oversized, injected, ill-typed, repeated; formats and pages.
        c.add(Case.get("oversized parameter", "/queries/quotes-by?speaker=" + "http://x/" + "a".repeat(5_000), 400,
                "characters long"));
        for (String injection : List.of("x> } ; DROP ALL ; <y", "http://x/> . ?s ?p ?o . <http://y/",
                "\"} UNION { ?s ?p ?o } #", "http://x/\nDROP ALL")) {
            for (String param : List.of("quotes-by?speaker", "who-said-what-about?about", "sources?node",
                    "statements?speaker", "statements?article")) {
                c.add(Case.get("injection in " + param, "/queries/" + param + "=" + enc(injection), 400, "IRI"));
            }
        }
        c.add(Case.get("injection in a date", "/queries/statements?from=" + enc("2025-01-01\"^^xsd:date) } "
                + "DROP ALL {"), 400, "xsd:date"));
        c.add(Case.get("ill-typed date", "/queries/statements?from=yesterday", 400, "xsd:date"));
        c.add(Case.get("unknown parameter", "/queries/actors?drop=all", 400, "Unknown parameter"));
        c.add(Case.get("repeated parameter", "/queries/actors?page=1&page=2", 400, "once"));
        c.add(Case.get("missing required parameter", "/queries/quotes-by", 400, "required"));
        c.add(Case.get("unknown saved query", "/queries/drop-all", 404, "No saved query"));
        c.add(Case.get("unknown format suffix", "/queries/actors.exe", 404, "Unknown format"));
        c.add(new Case("bad Accept on a saved query", "GET", "/queries/actors", Map.of("Accept", "image/png"),
                new byte[0], Set.of(406), "offered"));
        c.add(new Case("garbage Accept on a saved query", "GET", "/queries/actors", Map.of("Accept", ";;;=,"),
                new byte[0], Set.of(406), ""));
        for (String page : List.of("page=0", "page=-1", "page=abc", "pageSize=0", "pageSize=1000000000",
                "page=99999999999")) {
            c.add(Case.get("bad " + page, "/queries/actors?" + page, 400, page.substring(0, page.indexOf('='))));
        }
        // Methods on read paths.
        for (String path : List.of("/queries/actors", "/id/donald-trump", "/ontology", "/.well-known/void")) {
            c.add(Case.of("PUT " + path, "PUT", path, Map.of("Content-Type", "text/plain"), "x", 405, ""));
            c.add(Case.of("DELETE " + path, "DELETE", path, Map.of(), "", 405, ""));
        }
        c.add(Case.of("DELETE /sparql", "DELETE", "/sparql", Map.of(), "", 405, ""));
        c.add(Case.of("PATCH /queries", "PATCH", "/queries", Map.of(), "", 405, ""));
        // No admin surface.
        c.add(Case.get("admin: datasets", "/$/datasets", 404, ""));
        c.add(Case.of("admin: backup", "POST", "/$/backup/parley", Map.of(), "", 404, ""));
        c.add(Case.of("admin: compact", "POST", "/$/compact/parley", Map.of(), "", 404, ""));
        return c;
    }

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> manyHeaders(int n) {
        Map<String, String> h = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            h.put("X-Field-" + i, "value-" + i);
        }
        return h;
    }

    @Test
    void aChunkedTenMegabyteBodyIsRefusedWithinASecond() throws Exception {
        // Warm the path first, so that the second measured is the limit's, not class loading's.
        send(Case.of("warm", "POST", "/sparql", Map.of("Content-Type", "application/sparql-query",
                "Transfer-Encoding", "chunked"), "ASK {}" + " ".repeat(200_000), 413, ""));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: "
                    + "application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            long t0 = System.nanoTime();
            // The body is written on its own thread, as a client that streams 10 MB would; the answer is read here.
            Thread writer = new Thread(() -> {
                try {
                    out.write("6\r\nASK {}\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    for (int i = 0; i < 160; i++) {
                        out.write(chunk);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // The server answered and closed before the whole body was sent: as it should.
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                statusLine.append((char) b);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(statusLine.toString().startsWith("HTTP/1.1 413"), statusLine.toString());
            assertTrue(seconds < 1.0, "refused within a second, not after the whole body: " + seconds + " s");
        }
        assertEquals(200, send(Case.get("a query", q("ASK { ?s ?p ?o }"), 200, "")).status, "still answers");
    }

    @Test
    void everyBadRequestGetsItsStatusAndMessageAndTheStoreIsUntouched() throws Exception {
        String before = dump(seed.store.datasetGraph());
        List<Case> cases = catalogue();
        assertTrue(cases.size() >= 40, "a catalogue of at least 40: " + cases.size());
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Response r = send(c);
            boolean ok = c.statuses().contains(r.status) && r.body.toLowerCase(Locale.ROOT)
                    .contains(c.words().toLowerCase(Locale.ROOT));
            // Every error reads alike, whoever wrote it (parley, Fuseki or Jetty): a plain-text message.
            boolean plain = r.status < 400 || r.headers.toLowerCase(Locale.ROOT)
                    .contains("content-type: text/plain") && !r.body.isBlank();
            if (!c.unmet(r.headers).isEmpty()) {
                failures.add(c + ": headers do not match " + c.unmet(r.headers) + ": " + abbreviate(r.headers));
            }
            if (!plain) {
                failures.add(c + ": the error is not a plain-text message: " + r.status + " "
                        + abbreviate(r.headers) + " / " + abbreviate(r.body));
            }
            System.out.printf("%-3d %s%n", r.status, c);
            if (!ok) {
                failures.add(c + ": expected " + c.statuses() + " with \"" + c.words() + "\", got " + r.status
                        + " " + abbreviate(r.body));
            }
        }
        assertEquals(List.of(), failures, "every case as catalogued");
        assertEquals(before, dump(seed.store.datasetGraph()), "the store is exactly as it was");
        Response ping = send(Case.get("ping", "/$/ping", 200, ""));
        assertEquals(200, ping.status, "the server still answers");
        Response query = send(Case.get("a query", q("ASK { ?s ?p ?o }"), 200, ""));
        assertEquals(200, query.status);
        assertTrue(query.body.contains("true"), query.body);
    }

    @Test
    void headAndOptionsOnReadPathsAnswerWithoutABody() throws Exception {
        for (String path : List.of("/queries/actors", "/queries", "/id/donald-trump", "/ontology", "/sparql",
                "/sparql/", q("ASK {}"), "/sparql/?query=ASK%7B%7D", "/parley/query?query=ASK%7B%7D",
                "/parley/sparql")) {
            Response head = send(new Case("HEAD " + path, "HEAD", path, Map.of(), new byte[0], Set.of(200), ""));
            assertEquals(200, head.status, "HEAD " + path);
            assertEquals("", head.body, "HEAD " + path + " has no body");
            Response get = send(Case.get("GET " + path, path, 200, ""));
            assertEquals(contentType(get.headers), contentType(head.headers), "HEAD " + path + " answers as GET");
            Response options = send(new Case("OPTIONS " + path, "OPTIONS", path, Map.of(), new byte[0],
                    Set.of(200), ""));
            assertEquals(200, options.status, "OPTIONS " + path);
            assertTrue(options.headers.toLowerCase(Locale.ROOT).contains("allow:"), "OPTIONS " + path
                    + " lists the methods: " + options.headers);
        }
    }

    private static String contentType(String headers) {
        return headers.toLowerCase(Locale.ROOT).lines().filter(l -> l.startsWith("content-type:")).findFirst()
                .orElse("none");
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }

    /** The store as sorted N-Quads, hashed: equal dumps mean equal data. */
    static String dump(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find().forEachRemaining((Quad quad) -> lines.add(quad.toString()));
            java.util.Collections.sort(lines);
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (String l : lines) {
                    md.update(l.getBytes(StandardCharsets.UTF_8));
                    md.update((byte) '\n');
                }
                return lines.size() + " quads, " + HexFormat.of().formatHex(md.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    record Response(int status, String headers, String body) {}

    /** Sends the request exactly as written (no normalisation of the target) and reads the whole answer. */
    static Response send(Case c) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder();
            head.append(c.method()).append(' ').append(c.target()).append(" HTTP/1.1\r\n");
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            for (Map.Entry<String, String> h : c.headers().entrySet()) {
                head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
            boolean chunked = c.headers().containsKey("Transfer-Encoding");
            if (!chunked && (c.body().length > 0 || !c.method().equals("GET") && !c.method().equals("HEAD")
                    && !c.method().equals("OPTIONS"))) {
                head.append("Content-Length: ").append(c.body().length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (chunked) {
                    writeChunked(out, c.body());
                } else {
                    out.write(c.body());
                }
                out.flush();
            } catch (IOException e) {
                // The server may answer (413) and close before reading a large body: read what it said.
            }
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String headers = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            if (headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            int status = Integer.parseInt(headers.substring(9, 12));
            return new Response(status, headers, body);
        }
    }

    /** The body in chunks of 8 kB, then the last chunk. */
    private static void writeChunked(OutputStream out, byte[] body) throws IOException {
        for (int i = 0; i < body.length; i += 8_192) {
            int n = Math.min(8_192, body.length - i);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, i, n);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String unchunk(String body) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(i, eol).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            // Sizes count bytes; the bodies here are ASCII or short enough that a character count serves.
            int start = eol + 2;
            int stop = Math.min(body.length(), start + size);
            sb.append(body, start, stop);
            i = stop + 2;
        }
        return sb.toString();
    }
}
