package dev.parley.server;

import java.util.Locale;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;

import dev.parley.Version;
import dev.parley.query.Parameter;
import dev.parley.query.QueryService;
import dev.parley.query.ResultFormat;
import dev.parley.query.SavedQuery;

/**
 * An OpenAPI 3.1 document of the saved-query API: one operation per saved query, its parameters typed (IRIs as
 * {@code format: iri}, dates as {@code format: date}, allowed values as {@code enum}), paging parameters for
 * SELECT queries, and every response the server gives (200 in each format, 304, 400, 404, 406, 503).
 */
final class OpenApi {
    private OpenApi() {}

    /** Serves the document at {@code /openapi.json}, with this server's address in it. */
    static final class Servlet extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient QueryService service;

        Servlet(QueryService service) {
            this.service = service;
        }

        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws java.io.IOException {
            String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            byte[] body = org.apache.jena.atlas.json.JSON.toString(document(service, server))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            resp.setContentType("application/json; charset=utf-8");
            resp.setHeader("Cache-Control", "public, no-cache");
            resp.getOutputStream().write(body);
        }
    }

    static JsonObject document(QueryService service, String serverUrl) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.1.0");
        JsonObject info = new JsonObject();
        info.put("title", "parley saved queries");
        info.put("version", Version.get());
        info.put("description", "Saved SPARQL queries over parley's knowledge graph of cease-fire and peace "
                + "negotiation news. Parameters are bound as typed RDF terms, never spliced into query text. Results "
                + "come in the format asked by Accept, or by a suffix on the path (/queries/NAME.csv, .json, .tsv, "
                + ".xml, .html, .md, .txt; .ttl, .jsonld, .nt, .rdf for graphs). Responses carry an ETag; "
                + "If-None-Match gives 304 while the data is unchanged.");
        JsonObject license = new JsonObject();
        license.put("name", "Apache-2.0");
        license.put("identifier", "Apache-2.0");
        info.put("license", license);
        doc.put("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.put("url", serverUrl);
        servers.add(server);
        doc.put("servers", servers);
        JsonObject paths = new JsonObject();
        paths.put("/queries", listOperation());
        for (SavedQuery q : service.queries().all()) {
            JsonObject item = new JsonObject();
            item.put("get", operation(service, q));
            paths.put("/queries/" + q.name(), item);
        }
        doc.put("paths", paths);
        return doc;
    }

    private static JsonObject listOperation() {
        JsonObject get = new JsonObject();
        get.put("operationId", "listQueries");
        get.put("summary", "The saved queries, with their parameters");
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.put("description", "The list of saved queries");
        JsonObject content = new JsonObject();
        content.put("application/json", schemaObject("object"));
        content.put("text/html", schemaObject("string"));
        ok.put("content", content);
        responses.put("200", ok);
        get.put("responses", responses);
        JsonObject item = new JsonObject();
        item.put("get", get);
        return item;
    }

    private static JsonObject operation(QueryService service, SavedQuery q) {
        JsonObject op = new JsonObject();
        op.put("operationId", "query_" + q.name().replaceAll("[^A-Za-z0-9]", "_"));
        op.put("summary", q.header().summary().isEmpty() ? q.name() : q.header().summary());
        if (!q.header().description().isEmpty()) {
            op.put("description", q.header().description());
        }
        if (!q.header().tags().isEmpty()) {
            JsonArray tags = new JsonArray();
            q.header().tags().forEach(tags::add);
            op.put("tags", tags);
        }
        JsonArray params = new JsonArray();
        for (Parameter p : q.parameters()) {
            JsonObject param = new JsonObject();
            param.put("name", p.name());
            param.put("in", "query");
            param.put("required", p.mustBeGiven());
            param.put("description", p.typeDescription() + "; binds ?" + p.variable().getVarName());
            JsonObject schema = schema(p);
            java.util.List<String> allowed = service.allowedValues(q, p);
            if (!allowed.isEmpty()) {
                JsonArray values = new JsonArray();
                allowed.forEach(values::add);
                schema.put("enum", values);
            }
            p.defaultValue().ifPresent(d -> schema.put("default", d));
            param.put("schema", schema);
            params.add(param);
        }
        if (q.query().isSelectType()) {
            params.add(pageParameter(QueryService.PAGE, "The page to return, from 1", 0));
            params.add(pageParameter(QueryService.PAGE_SIZE, "Rows per page (default: "
                    + (q.header().pagination() > 0 ? q.header().pagination() + ", from the query" : "all rows, "
                            + "up to the row cap, unless page is given; then " + QueryService.DEFAULT_PAGE_SIZE)
                    + ")", service.rowCap()));
        }
        op.put("parameters", params);
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.put("description", q.form().equals("SELECT") ? "The results; columns: " + String.join(", ", q.columns())
                : "The results");
        JsonObject content = new JsonObject();
        for (ResultFormat f : ResultFormat.forForm(q.form())) {
            content.put(f.mediaType(), schemaObject(f == ResultFormat.JSON || f == ResultFormat.JSONLD ? "object"
                    : "string"));
        }
        ok.put("content", content);
        JsonObject headers = new JsonObject();
        headers.put("ETag", header("A strong entity tag of the body"));
        headers.put("Link", header("RFC 8288 links to the first, prev, next and last pages (paged results)"));
        headers.put("Parley-Total-Results", header("Rows in all pages (paged results)"));
        headers.put("Parley-Cache", header("hit when the server answered from its cache, else miss"));
        ok.put("headers", headers);
        responses.put("200", ok);
        responses.put("304", description("Not modified: the If-None-Match tag is still current"));
        responses.put("400", textResponse("A parameter is missing, unknown, repeated or not of its type; the "
                + "message names it"));
        responses.put("404", textResponse("No such saved query, or an unknown format suffix"));
        responses.put("406", textResponse("None of the formats in Accept is offered"));
        responses.put("503", textResponse("The query ran over the server's time limit"));
        op.put("responses", responses);
        return op;
    }

    private static JsonObject schema(Parameter p) {
        JsonObject s = new JsonObject();
        switch (p.kind()) {
            case IRI -> {
                s.put("type", "string");
                s.put("format", "iri");
            }
            case NUMBER -> s.put("type", "number");
            case TYPED -> typed(s, p.datatype().getURI());
            case STRING, LANGUAGE -> s.put("type", "string");
        }
        return s;
    }

    private static void typed(JsonObject s, String datatype) {
        String local = datatype.startsWith(XSDDatatype.XSD + "#")
                ? datatype.substring(XSDDatatype.XSD.length() + 1).toLowerCase(Locale.ROOT) : "";
        switch (local) {
            case "integer", "int", "long", "short", "byte", "nonnegativeinteger", "positiveinteger",
                    "negativeinteger", "nonpositiveinteger", "unsignedint", "unsignedlong" -> s.put("type", "integer");
            case "decimal", "double", "float" -> s.put("type", "number");
            case "boolean" -> s.put("type", "boolean");
            case "date" -> {
                s.put("type", "string");
                s.put("format", "date");
            }
            case "datetime" -> {
                s.put("type", "string");
                s.put("format", "date-time");
            }
            default -> s.put("type", "string");
        }
    }

    private static JsonObject pageParameter(String name, String description, long maximum) {
        JsonObject param = new JsonObject();
        param.put("name", name);
        param.put("in", "query");
        param.put("required", false);
        param.put("description", description);
        JsonObject schema = new JsonObject();
        schema.put("type", "integer");
        schema.put("minimum", 1);
        if (maximum > 0) {
            schema.put("maximum", maximum);
        }
        param.put("schema", schema);
        return param;
    }

    private static JsonObject header(String description) {
        JsonObject h = new JsonObject();
        h.put("description", description);
        h.put("schema", schemaObject("string").get("schema").getAsObject());
        return h;
    }

    private static JsonObject description(String text) {
        JsonObject o = new JsonObject();
        o.put("description", text);
        return o;
    }

    private static JsonObject textResponse(String text) {
        JsonObject o = description(text);
        JsonObject content = new JsonObject();
        content.put("text/plain", schemaObject("string"));
        o.put("content", content);
        return o;
    }

    /** A media type object whose schema is of the given JSON type. */
    private static JsonObject schemaObject(String type) {
        JsonObject schema = new JsonObject();
        schema.put("type", type);
        JsonObject media = new JsonObject();
        media.put("schema", schema);
        return media;
    }
}
