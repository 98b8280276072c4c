package dev.parley.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The result format named in a request parameter, as common clients name it: SPARQLWrapper sends every query
 * with {@code format=}, {@code output=} and {@code results=} set to its return format ({@code xml},
 * {@code json}, {@code rdf+xml}, {@code n3}, {@code turtle}, {@code json-ld}, {@code csv}, {@code tsv}), and for
 * some a media type besides; Fuseki knows a few of these names and refuses the others with 400. Here, when every
 * such value is a name below or a media type, the parameters are taken away and their media types become the
 * request's {@code Accept}, so that content negotiation picks the one that fits the query form ({@code xml} is
 * SPARQL XML results for a SELECT, RDF/XML for a CONSTRUCT). A value known nowhere is left for Fuseki to refuse.
 */
final class FormatNames implements Filter {
    private static final List<String> PARAMETERS = List.of("format", "output", "results");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("xml", "application/sparql-results+xml, application/rdf+xml"),
            Map.entry("json", "application/sparql-results+json, application/ld+json"),
            Map.entry("rdf+xml", "application/rdf+xml"),
            Map.entry("rdf", "application/rdf+xml"),
            Map.entry("rdfxml", "application/rdf+xml"),
            Map.entry("rdf/xml", "application/rdf+xml"),
            // Turtle is N3's subset that Jena writes; clients asking for N3 read it (SPARQLWrapper asks Turtle).
            Map.entry("n3", "text/turtle"),
            Map.entry("turtle", "text/turtle"),
            Map.entry("ttl", "text/turtle"),
            Map.entry("nt", "application/n-triples"),
            Map.entry("ntriples", "application/n-triples"),
            Map.entry("n-triples", "application/n-triples"),
            Map.entry("json-ld", "application/ld+json"),
            Map.entry("jsonld", "application/ld+json"),
            Map.entry("trig", "application/trig"),
            Map.entry("nquads", "application/n-quads"),
            Map.entry("n-quads", "application/n-quads"),
            Map.entry("csv", "text/csv"),
            Map.entry("tsv", "text/tab-separated-values"),
            Map.entry("text", "text/plain"));

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String accept = accept(req);
        chain.doFilter(accept == null ? request : new Named(req, accept), response);
    }

    /** The media types the format parameters name, or null if there are none or one is not known. */
    static String accept(HttpServletRequest req) {
        Set<String> types = new LinkedHashSet<>();
        for (String p : PARAMETERS) {
            String[] values = req.getParameterValues(p);
            for (String v : values == null ? new String[0] : values) {
                // "rdf+xml" sent without escaping its '+' arrives as "rdf xml".
                String name = v.strip().toLowerCase(Locale.ROOT).replace(' ', '+');
                if (name.isEmpty()) {
                    continue;
                }
                String named = name.contains("/") ? name : NAMES.get(name);
                if (named == null) {
                    return null;
                }
                types.add(named);
            }
        }
        return types.isEmpty() ? null : String.join(", ", types);
    }

    /** The request without its format parameters, accepting what they named. */
    private static final class Named extends HttpServletRequestWrapper {
        private final String accept;

        Named(HttpServletRequest req, String accept) {
            super(req);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Accept") ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return name.equalsIgnoreCase("Accept") ? Collections.enumeration(List.of(accept))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase("Accept"))) {
                names.add("Accept");
            }
            return Collections.enumeration(names);
        }

        @Override
        public String getParameter(String name) {
            return PARAMETERS.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return PARAMETERS.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            PARAMETERS.forEach(m::remove);
            return Collections.unmodifiableMap(m);
        }
    }
}
