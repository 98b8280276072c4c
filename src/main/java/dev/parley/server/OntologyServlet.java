package dev.parley.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import dev.parley.query.HtmlTables;
import dev.parley.vocab.Parley;

/**
 * The ontology at {@code /ontology}: an HTML page documenting every parley term (label, comment, super-terms,
 * domain and range, with an anchor per term so that {@code /ontology#Statement} works), or the ontology itself as
 * Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Model ontology;

    OntologyServlet(Model ontology) {
        this.ontology = ontology;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MediaType type = Negotiation.choose(req, resp, Negotiation.HTML_OR_RDF);
        if (Negotiation.isHtml(type)) {
            resp.setContentType("text/html; charset=utf-8");
            html(resp.getWriter());
            return;
        }
        Negotiation.writeRdf(resp, type, ontology.getGraph());
    }

    private void html(PrintWriter w) {
        Resource header = ontology.getResource(Parley.ONTOLOGY);
        w.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>parley ontology</title>"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                + "dt{font-weight:bold;margin-top:1em}small{color:#555}</style></head><body>");
        w.println("<h1>" + HtmlTables.escape(text(header, RDFS.label, "parley ontology")) + "</h1>");
        w.println("<p>" + HtmlTables.escape(text(header, RDFS.comment, "")) + "</p>");
        w.println("<p>Namespace <code>" + HtmlTables.escape(Parley.NS) + "</code>; as RDF: ask for "
                + "<code>text/turtle</code> or <code>application/ld+json</code>.</p>");
        section(w, "Classes", OWL2.Class);
        section(w, "Object properties", OWL2.ObjectProperty);
        section(w, "Datatype properties", OWL2.DatatypeProperty);
        section(w, "Individuals", OWL2.NamedIndividual);
        w.println("</body></html>");
        w.flush();
    }

    private void section(PrintWriter w, String title, Resource kind) {
        List<Resource> terms = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Parley.NS)) {
                terms.add(r);
            }
        });
        terms.sort(Comparator.comparing(Resource::getLocalName));
        w.println("<h2>" + title + "</h2><dl>");
        for (Resource t : terms) {
            w.println("<dt id=\"" + HtmlTables.escape(t.getLocalName()) + "\">parley:"
                    + HtmlTables.escape(t.getLocalName()) + " <small>" + HtmlTables.escape(text(t, RDFS.label, ""))
                    + "</small></dt><dd>" + HtmlTables.escape(text(t, RDFS.comment, "")) + related(t) + "</dd>");
        }
        w.println("</dl>");
    }

    private static String related(Resource t) {
        StringBuilder sb = new StringBuilder();
        for (var p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)) {
            for (Statement s : t.listProperties(p).toList()) {
                if (s.getObject().isURIResource()) {
                    sb.append("<br><small>").append(p.getLocalName()).append(": ")
                            .append(HtmlTables.escape(s.getResource().getURI())).append("</small>");
                }
            }
        }
        return sb.toString();
    }

    private static String text(Resource r, org.apache.jena.rdf.model.Property p, String otherwise) {
        Statement s = r.getProperty(p, "en");
        if (s == null) {
            s = r.getProperty(p);
        }
        return s == null ? otherwise : s.getString();
    }
}
