package dev.parley.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

import dev.parley.query.HtmlTables;
import dev.parley.vocab.Parley;

/**
 * Dereferenceable data IRIs: {@code GET /id/PATH} describes {@code https://w3id.org/parley/id/PATH} (or the
 * configured base) by content negotiation: a readable HTML page (label, types, properties with links, the
 * statements the node made or is about, each with its source sentence), or Turtle, JSON-LD, N-Triples, RDF/XML
 * with every triple the node is subject or object of. An IRI the store does not know is a 404.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** What a path below /id/ may hold: the characters data IRIs are minted from. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~/%-]+");
    private static final int MAX_TRIPLES = 5000;

    private final transient DatasetGraph dsg;
    private final String base;

    ResourceServlet(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty() || !SAFE_PATH.matcher(path).matches() || path.contains("..") || path.contains("//")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Not a parley data IRI path: " + path);
            return;
        }
        String iri = base + path;
        Graph g = dsg.calculateRead(() -> describe(iri));
        if (g.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "The store knows nothing about <" + iri + ">");
            return;
        }
        MediaType type = Negotiation.choose(req, resp, Negotiation.HTML_OR_RDF);
        resp.setHeader("Link", "<" + iri + ">; rel=\"canonical\"");
        if (Negotiation.isHtml(type)) {
            resp.setContentType("text/html; charset=utf-8");
            List<String[]> statements = dsg.calculateRead(() -> statements(iri));
            html(resp.getWriter(), iri, g, statements, req.getContextPath());
            return;
        }
        Negotiation.writeRdf(resp, type, g);
    }

    /** Every triple in any graph with the node as subject or object (capped). */
    private Graph describe(String iri) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("parley", Parley.NS).setNsPrefix("id", base)
                .setNsPrefix("rdfs", RDFS.getURI());
        Node n = NodeFactory.createURI(iri);
        dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (g.size() < MAX_TRIPLES) {
                g.add(q.asTriple());
            }
        });
        dsg.find(Node.ANY, Node.ANY, Node.ANY, n).forEachRemaining(q -> {
            if (g.size() < MAX_TRIPLES) {
                g.add(q.asTriple());
            }
        });
        return g;
    }

    /**
     * Statements the node made or is about: kind, speaker label, words, source sentence, how the speaker was found
     * and the confidence.
     */
    private List<String[]> statements(String iri) {
        String q = """
                PREFIX parley: <https://w3id.org/parley/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?st ?kind ?who ?text ?sentence ?method ?how ?confidence WHERE {
                  { ?st parley:speaker ?x } UNION { ?st parley:about ?x }
                  ?st a ?kind ; parley:text ?text ; parley:speaker ?sp .
                  FILTER (?kind IN (parley:DirectQuote, parley:ReportedSpeech))
                  OPTIONAL { ?sp rdfs:label ?who }
                  OPTIONAL { ?st parley:sentence/nif:anchorOf ?sentence }
                  OPTIONAL { ?st parley:speakerMethod ?method OPTIONAL { ?method rdfs:label ?how } }
                  OPTIONAL { ?st parley:confidence ?confidence }
                } ORDER BY ?st LIMIT 200""";
        List<String[]> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).substitution("x", NodeFactory.createURI(iri)).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(b -> rows.add(new String[] {b.get("st").getURI(),
                b.get("kind").getLocalName().equals("DirectQuote") ? "quote" : "reported",
                b.get("who") == null ? "" : b.get("who").getLiteralLexicalForm(), b.get("text").getLiteralLexicalForm(),
                b.get("sentence") == null ? "" : b.get("sentence").getLiteralLexicalForm(),
                b.get("how") != null ? b.get("how").getLiteralLexicalForm()
                        : b.get("method") != null ? shortName(b.get("method").getURI()) : "",
                b.get("confidence") == null ? "" : b.get("confidence").getLiteralLexicalForm()}));
        }
        return rows;
    }

    private void html(PrintWriter w, String iri, Graph g, List<String[]> statements, String context) {
        Node n = NodeFactory.createURI(iri);
        String label = iri;
        var labels = g.find(n, RDFS.label.asNode(), Node.ANY);
        if (labels.hasNext()) {
            label = labels.next().getObject().getLiteralLexicalForm();
        }
        w.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HtmlTables.escape(label)
                + " | parley</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                + "td{vertical-align:top;padding:.2em .6em}blockquote{margin:.3em 0 .8em 1em;color:#333}"
                + "code{font-size:90%}</style></head><body>");
        w.println("<h1>" + HtmlTables.escape(label) + "</h1><p><code>" + HtmlTables.escape(iri) + "</code></p>");
        w.println("<h2>Properties</h2><table>");
        for (Triple t : g.find(n, Node.ANY, Node.ANY).toList()) {
            w.println("<tr><td>" + HtmlTables.escape(shortName(t.getPredicate().getURI())) + "</td><td>" + show(t.getObject(), context)
                    + "</td></tr>");
        }
        w.println("</table>");
        if (!statements.isEmpty()) {
            w.println("<h2>Statements by or about it</h2>");
            for (String[] s : statements) {
                String sure = s[5].isEmpty() ? "" : "; speaker " + s[5] + (s[6].isEmpty() ? "" : ", confidence " + s[6]);
                w.println("<p>" + link(s[0], context) + " (" + HtmlTables.escape(s[1]) + ", " + HtmlTables.escape(s[2])
                        + HtmlTables.escape(sure) + "): &ldquo;"
                        + HtmlTables.escape(s[3]) + "&rdquo;</p><blockquote>" + HtmlTables.escape(s[4]) + "</blockquote>");
            }
        }
        List<Triple> incoming = g.find(Node.ANY, Node.ANY, n).toList();
        if (!incoming.isEmpty()) {
            w.println("<h2>Referred to by</h2><ul>");
            incoming.stream().limit(200).forEach(t -> w.println("<li>" + show(t.getSubject(), context) + " "
                    + HtmlTables.escape(shortName(t.getPredicate().getURI())) + "</li>"));
            w.println("</ul>");
        }
        w.println("<p><a href=\"" + HtmlTables.escape(context + "/sparql") + "\">SPARQL endpoint</a></p></body></html>");
        w.flush();
    }

    private String show(Node o, String context) {
        if (o.isURI()) {
            return link(o.getURI(), context);
        }
        if (o.isLiteral()) {
            String lex = o.getLiteralLexicalForm();
            return HtmlTables.escape(lex.length() > 400 ? lex.substring(0, 400) + "…" : lex);
        }
        return HtmlTables.escape(o.toString());
    }

    /** A link to the node's page on this server when it is a data IRI, else to the IRI itself. */
    private String link(String iri, String context) {
        String href = iri.startsWith(base) ? context + "/id/" + iri.substring(base.length()) : iri;
        return "<a href=\"" + HtmlTables.escape(href) + "\">" + HtmlTables.escape(shortName(iri)) + "</a>";
    }

    private String shortName(String iri) {
        if (iri.startsWith(Parley.NS)) {
            return "parley:" + iri.substring(Parley.NS.length());
        }
        if (iri.startsWith(base)) {
            return iri.substring(base.length());
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut > 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
