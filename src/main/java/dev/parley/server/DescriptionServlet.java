package dev.parley.server;

import java.io.IOException;
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

/**
 * Serves an RDF description by content negotiation (Turtle by default; JSON-LD, N-Triples, RDF/XML on request).
 * As a servlet it answers every GET; as a filter on a SPARQL endpoint it answers only a GET (or HEAD) that
 * carries no query (the Service Description convention) and passes every other request on. A HEAD gets the
 * headers of the GET (Jetty sends no body for a HEAD).
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
        resp.setStatus(HttpServletResponse.SC_OK);
        Negotiation.writeRdf(resp, type, g);
    }
}
