package dev.parley.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Serves an RDF description by content negotiation (Turtle by default; JSON-LD, N-Triples, RDF/XML on request).
 * As a servlet it answers every GET; as a filter on a SPARQL endpoint it answers only a GET (or HEAD) that
 * carries no query (the Service Description convention) and passes every other request on. A HEAD gets the
 * headers of the GET (Jetty sends no body for a HEAD).
 * <p>
 * Caching: {@code Cache-Control: no-cache} with an {@code ETag} (and 304 to a matching {@code If-None-Match}).
 * A description counts what the store holds and changes with each load, so it is never served from a cache
 * unchecked (as a max-age would allow, for a while after a load); a cache may keep it and ask, and the answer to
 * that is a 304 without a body. It varies by {@code Accept} and, like every response, {@code Origin}.
 */
final class DescriptionServlet extends HttpServlet implements Filter {
    private static final long serialVersionUID = 1L;

    private final transient Function<HttpServletRequest, Graph> describe;

    DescriptionServlet(Function<HttpServletRequest, Graph> describe) {
        this.describe = describe;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        send(req, resp);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MediaType type = Negotiation.choose(req, resp, Negotiation.RDF);
        resp.setContentType(type.getContentTypeStr() + "; charset=utf-8");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean describeOnly = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                && req.getParameter("query") == null
                && (req.getQueryString() == null || req.getQueryString().isEmpty());
        if (describeOnly) {
            send(req, (HttpServletResponse) response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MediaType type = Negotiation.choose(req, resp, Negotiation.RDF);
        Graph g = describe.apply(req);
        String etag = etag(g, type);
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        if (SavedQueryServlet.matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        Negotiation.writeRdf(resp, type, g);
    }

    /**
     * A tag for the description in this media type: a hash of its triples, sorted, with every blank node written
     * alike (their labels are new at each request; where they sit is fixed by the code that builds it).
     */
    static String etag(Graph g, MediaType type) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(term(t.getSubject()) + " " + term(t.getPredicate()) + " "
                + term(t.getObject())));
        Collections.sort(lines);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(type.getContentTypeStr().getBytes(StandardCharsets.UTF_8));
            for (String line : lines) {
                md.update((byte) '\n');
                md.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(md.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" : NodeFmtLib.strNT(n);
    }
}
