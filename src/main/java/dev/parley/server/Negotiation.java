package dev.parley.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/**
 * Content negotiation for parley's own pages (descriptions, data IRIs, the ontology): which media type to send,
 * and writing a graph in it. Turtle unless the client asks for another RDF syntax (or for HTML, where offered).
 */
final class Negotiation {
    /** RDF syntaxes, Turtle first. */
    static final AcceptList RDF = AcceptList.create("text/turtle", "application/ld+json", "application/n-triples",
            "application/rdf+xml");
    /** An HTML page or the RDF syntaxes; a browser gets the page. */
    static final AcceptList HTML_OR_RDF = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");
    private static final MediaType DEFAULT = MediaType.create("text/turtle");

    private Negotiation() {}

    /** The media type to answer with; marks the response as varying by {@code Accept}. */
    static MediaType choose(HttpServletRequest req, HttpServletResponse resp, AcceptList offer) {
        resp.setHeader("Vary", "Accept");
        return ConNeg.chooseContentType(req, offer, DEFAULT);
    }

    static boolean isHtml(MediaType type) {
        return "text/html".equals(type.getContentTypeStr());
    }

    /** Writes the graph in the chosen RDF syntax (Turtle when the type names none). */
    static void writeRdf(HttpServletResponse resp, MediaType type, Graph graph) throws IOException {
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        lang = lang == null ? Lang.TURTLE : lang;
        resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
        RDFDataMgr.write(resp.getOutputStream(), graph, lang);
    }
}
