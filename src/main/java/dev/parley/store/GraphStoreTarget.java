package dev.parley.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

import dev.parley.ParleyException;

/**
 * Loads into any SPARQL 1.1 Graph Store Protocol endpoint (a remote Fuseki, or another engine) instead of the
 * local store.
 * <pre>
 *   LoadTarget target = GraphStoreTarget.create("http://host:3030/ds/data", user, password);
 * </pre>
 * Each article graph is written with one {@code PUT} (which replaces it whole); the load records, with their
 * checksums, live in the endpoint's graph {@value ArticleStore#LOADS_GRAPH} and are rewritten after each batch, so
 * that loading into the endpoint is as idempotent as loading locally. A crash between a graph's {@code PUT} and
 * the records' leaves that article's record stale, and the next load writes it again.
 */
public final class GraphStoreTarget implements LoadTarget {
    private final String endpoint;
    private final HttpClient client;
    private final Map<String, Record> records = new HashMap<>();
    private boolean recordsRead;

    private GraphStoreTarget(String endpoint, HttpClient client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    /** A target at the endpoint's URL; user and password may be null (no authentication). */
    public static GraphStoreTarget create(String endpoint, String user, String password) {
        Objects.requireNonNull(endpoint, "endpoint");
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new ParleyException.BadInputException("Not a URL: " + endpoint, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new ParleyException.BadInputException("The target must be an http(s) Graph Store URL: " + endpoint);
        }
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (user != null) {
            char[] pw = password == null ? new char[0] : password.toCharArray();
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, pw);
                }
            });
        }
        return new GraphStoreTarget(endpoint, b.build());
    }

    private GSP gsp(String graph) {
        return GSP.service(endpoint).httpClient(client).graphName(graph).contentType(RDFFormat.NTRIPLES);
    }

    @Override
    public Map<String, Record> records() {
        if (!recordsRead) {
            try {
                records.putAll(LoadRecords.fromGraph(gsp(ArticleStore.LOADS_GRAPH).GET()));
            } catch (HttpException e) {
                if (e.getStatusCode() != 404) {
                    throw failure("read the load records", e);
                }
            }
            recordsRead = true;
        }
        return Map.copyOf(records);
    }

    @Override
    public java.util.Optional<Graph> graph(String article) {
        try {
            return java.util.Optional.of(gsp(article).GET());
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return java.util.Optional.empty();
            }
            throw failure("read <" + article + ">", e);
        }
    }

    @Override
    public void write(List<Write> writes) {
        records();
        for (Write w : writes) {
            try {
                gsp(w.article()).PUT(w.graph());
            } catch (HttpException e) {
                throw failure("write <" + w.article() + ">", e);
            }
            records.put(w.article(), w.record());
        }
        putRecords();
    }

    @Override
    public void putRecords(List<Record> moved) {
        records();
        moved.forEach(r -> records.put(r.article(), r));
        putRecords();
    }

    @Override
    public void remove(List<String> articles) {
        records();
        for (String a : articles) {
            try {
                gsp(a).DELETE();
            } catch (HttpException e) {
                if (e.getStatusCode() != 404) {
                    throw failure("delete <" + a + ">", e);
                }
            }
            records.remove(a);
        }
        putRecords();
    }


    private void putRecords() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Record r : records.values()) {
            LoadRecords.toGraph(r).find().forEachRemaining(g::add);
        }
        try {
            gsp(ArticleStore.LOADS_GRAPH).PUT(g);
        } catch (HttpException e) {
            throw failure("write the load records", e);
        }
    }

    private ParleyException failure(String what, HttpException e) {
        int status = e.getStatusCode();
        String why = status == 401 || status == 403 ? "not allowed (HTTP " + status + "): check the credentials"
                : status > 0 ? "HTTP " + status + " " + e.getMessage() : e.getMessage();
        return new ParleyException("Graph Store " + endpoint + ": cannot " + what + ": " + why, e);
    }
}
