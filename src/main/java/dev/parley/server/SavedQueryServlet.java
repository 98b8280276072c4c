package dev.parley.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

import dev.parley.ParleyException.NotFoundException;
import dev.parley.query.Parameter;
import dev.parley.query.Paging;
import dev.parley.query.QueryService;
import dev.parley.query.ResultFormat;
import dev.parley.query.SavedQuery;

/**
 * The saved queries over HTTP.
 * <pre>
 *   GET /queries                         the list (JSON; HTML for a browser)
 *   GET /queries/NAME?speaker=IRI        one run; format by Accept, or by suffix: NAME.csv .json .tsv .xml .html
 *   GET /queries/NAME?page=2&amp;pageSize=50  a page, with RFC 8288 Link headers (first, prev, next, last)
 * </pre>
 * Every answer carries a strong {@code ETag} of its body and {@code Cache-Control: public, no-cache} (a client
 * or proxy may keep it but must revalidate; {@code If-None-Match} gets 304 while the data is unchanged).
 * {@code Parley-Cache} says whether the server answered from its own cache.
 */
final class SavedQueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient QueryService service;

    SavedQueryServlet(QueryService service) {
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            handle(req, resp);
        } catch (RuntimeException e) {
            ErrorMapping.send(resp, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/") || path.isEmpty()) {
            index(req, resp);
            return;
        }
        String name = path.substring(1);
        Optional<SavedQuery> exact = service.queries().get(name);
        SavedQuery query;
        ResultFormat format;
        if (exact.isPresent()) {
            query = exact.get();
            format = negotiate(req, resp, query);
            if (format == null) {
                return;
            }
        } else {
            int dot = name.lastIndexOf('.');
            Optional<ResultFormat> bySuffix = dot > 0 ? ResultFormat.bySuffix(name.substring(dot + 1))
                    : Optional.empty();
            Optional<SavedQuery> base = dot > 0 ? service.queries().get(name.substring(0, dot)) : Optional.empty();
            if (base.isEmpty()) {
                throw new NotFoundException("No saved query \"" + name + "\" (GET /queries lists them)");
            }
            if (bySuffix.isEmpty()) {
                throw new NotFoundException("Unknown format \"." + name.substring(dot + 1) + "\" for " + base.get()
                        .name() + "; use one of " + ResultFormat.forForm(base.get().form()).stream()
                                .map(ResultFormat::suffix).toList());
            }
            query = base.get();
            format = bySuffix.get();
            if (!format.carries(query.form())) {
                throw new NotFoundException("The format ." + format.suffix() + " cannot carry the results of a "
                        + query.form() + " query; use one of " + ResultFormat.forForm(query.form()).stream()
                                .map(ResultFormat::suffix).toList());
            }
        }
        Map<String, List<String>> args = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> args.put(k, Arrays.asList(v)));
        QueryService.Output out = service.run(query, args, format);
        resp.setHeader("ETag", out.etag());
        resp.setHeader("Cache-Control", "public, no-cache");
        resp.setHeader("Parley-Cache", out.fromCache() ? "hit" : "miss");
        if (out.paging() != null) {
            Paging p = out.paging();
            resp.setHeader("Link", links(req, p));
            resp.setHeader("Parley-Total-Results", Long.toString(p.total()));
        }
        if (out.capped()) {
            resp.setHeader("Parley-Row-Cap", "true");
        }
        if (matches(req.getHeader("If-None-Match"), out.etag())) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.addHeader("Vary", "Accept-Encoding");
        byte[] body = out.body();
        if (out.gzipped() != null && acceptsGzip(req)) {
            // Compressed once, when the answer was computed, and cached so; the compression handler leaves a
            // response that has its Content-Encoding alone.
            resp.setHeader("Content-Encoding", "gzip");
            resp.setHeader("ETag", out.etag().substring(0, out.etag().length() - 1) + "--gzip\"");
            body = out.gzipped();
        }
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The format to send by {@code Accept}, or null after a 406 was sent. */
    private static ResultFormat negotiate(HttpServletRequest req, HttpServletResponse resp, SavedQuery query)
            throws IOException {
        resp.setHeader("Vary", "Accept");
        List<ResultFormat> offered = ResultFormat.forForm(query.form());
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        AcceptList offer = AcceptList.create(offered.stream().map(ResultFormat::mediaType).toArray(String[]::new));
        MediaType chosen;
        try {
            chosen = AcceptList.match(AcceptList.create(accept), offer);
        } catch (RuntimeException e) {
            chosen = null;
        }
        if (chosen == null) {
            ErrorMapping.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the formats in Accept: "
                    + accept + " is offered for " + query.name() + "; offered: " + offered.stream()
                            .map(ResultFormat::mediaType).toList() + " (or use a suffix such as /queries/"
                    + query.name() + ".csv)");
            return null;
        }
        String type = chosen.getContentTypeStr();
        return offered.stream().filter(f -> f.mediaType().equals(type)).findFirst().orElse(offered.get(0));
    }

    /** RFC 8288 links to the first, previous, next and last pages, keeping every other argument. */
    private static String links(HttpServletRequest req, Paging p) {
        List<String> links = new ArrayList<>();
        links.add(link(req, 1, p.pageSize(), "first"));
        if (p.page() > 1) {
            links.add(link(req, Math.min(p.page() - 1, p.lastPage()), p.pageSize(), "prev"));
        }
        if (p.page() < p.lastPage()) {
            links.add(link(req, p.page() + 1, p.pageSize(), "next"));
        }
        links.add(link(req, p.lastPage(), p.pageSize(), "last"));
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest req, long page, int pageSize, String rel) {
        StringBuilder url = new StringBuilder(req.getRequestURL());
        char sep = '?';
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(QueryService.PAGE) || e.getKey().equals(QueryService.PAGE_SIZE)) {
                continue;
            }
            for (String v : e.getValue()) {
                url.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        url.append(sep).append("page=").append(page).append("&pageSize=").append(pageSize);
        return "<" + url + ">; rel=\"" + rel + "\"";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether an If-None-Match header names this entity tag (or is {@code *}); weak tags compare weakly. */
    /** Whether the client takes gzip ({@code Accept-Encoding: gzip}, not with {@code q=0}). */
    static boolean acceptsGzip(HttpServletRequest req) {
        for (java.util.Enumeration<String> e = req.getHeaders("Accept-Encoding"); e.hasMoreElements(); ) {
            for (String coding : e.nextElement().split(",")) {
                String[] parts = coding.strip().split(";");
                if (parts[0].strip().equalsIgnoreCase("gzip")) {
                    return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || (t.startsWith("W/") && t.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }

    private void index(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Cache-Control", "public, no-cache");
        String accept = req.getHeader("Accept");
        MediaType chosen = accept == null ? null : AcceptList.match(AcceptList.create(accept),
                AcceptList.create("application/json", "text/html"));
        if (chosen != null && chosen.getContentTypeStr().equals("text/html")) {
            byte[] body = QueryPages.index(service).getBytes(StandardCharsets.UTF_8);
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(body);
            return;
        }
        byte[] body = JSON.toString(catalogue(service)).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(body);
    }

    /** The saved queries as JSON: name, summary, description, tags, form, columns, formats and parameters. */
    static JsonObject catalogue(QueryService service) {
        JsonArray list = new JsonArray();
        for (SavedQuery q : service.queries().all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("url", "/queries/" + q.name());
            o.put("summary", q.header().summary());
            o.put("description", q.header().description());
            o.put("tags", strings(q.header().tags()));
            o.put("form", q.form());
            o.put("columns", strings(q.columns()));
            o.put("sparql", q.query().toString());
            o.put("formats", strings(ResultFormat.forForm(q.form()).stream().map(ResultFormat::suffix).toList()));
            if (q.header().pagination() > 0) {
                o.put("pagination", q.header().pagination());
            }
            JsonArray params = new JsonArray();
            for (Parameter p : q.parameters()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("variable", "?" + p.variable().getVarName());
                po.put("required", p.mustBeGiven());
                po.put("type", p.kind().name().toLowerCase(java.util.Locale.ROOT));
                po.put("expects", p.typeDescription());
                if (p.datatype() != null) {
                    po.put("datatype", p.datatype().getURI());
                }
                if (p.language() != null) {
                    po.put("language", p.language());
                }
                List<String> allowed = service.allowedValues(q, p);
                if (!allowed.isEmpty()) {
                    po.put("enum", strings(allowed));
                }
                p.defaultValue().ifPresent(d -> po.put("default", d));
                params.add(po);
            }
            o.put("parameters", params);
            list.add(o);
        }
        JsonObject root = new JsonObject();
        root.put("queries", list);
        return root;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
