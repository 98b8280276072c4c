package dev.parley.server;

import static dev.parley.query.HtmlTables.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

import dev.parley.query.HtmlTables;
import dev.parley.query.Paging;
import dev.parley.query.Parameter;
import dev.parley.query.QueryService;
import dev.parley.query.ResultFormat;
import dev.parley.query.SavedQuery;
import dev.parley.query.Table;

/**
 * The HTML pages of the saved queries, for people: the list at {@code /queries}, and for each run a page with
 * the query's description, a form for its parameters, the results as a table whose data IRIs link to their
 * {@code /id/...} pages, page links, and links to the same results as CSV, JSON and the other formats.
 */
final class QueryPages implements QueryService.HtmlPage {
    static final String STYLE = "<style>body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:80em;"
            + "padding:0 1em;color:#222}table.results{border-collapse:collapse;font-size:.9em}"
            + "table.results td,table.results th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;"
            + "text-align:left}table.results th{background:#f2f2f2}nav a{margin-right:1em}form label{display:"
            + "inline-block;margin:.25em 1em .25em 0}pre{background:#f7f7f7;padding:1em;overflow:auto}"
            + ".muted{color:#666}</style>";

    private final Function<String, String> link;

    /** Pages whose data IRIs under {@code dataBase} link to this server's {@code /id/...} pages. */
    QueryPages(String dataBase) {
        this.link = iri -> iri.startsWith(dataBase) ? "/id/" + iri.substring(dataBase.length()) : iri;
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width\"><title>" + escape(title) + " - parley</title>" + STYLE
                + "</head><body>\n<nav><a href=\"/\">Query page</a><a href=\"/queries\">Saved queries</a>"
                + "<a href=\"/openapi.json\">API (OpenAPI)</a><a href=\"/report/\">Report</a></nav>\n";
    }

    static String index(QueryService service) {
        StringBuilder sb = new StringBuilder(head("Saved queries"));
        sb.append("<h1>Saved queries</h1>\n<p>Each runs on the whole store; change a parameter and press Run. "
                + "The same results come as CSV, JSON and other formats by adding a suffix, for example "
                + "<code>/queries/actors.csv</code>.</p>\n<dl>\n");
        for (SavedQuery q : service.queries().all()) {
            sb.append("<dt><a href=\"/queries/").append(escape(q.name())).append(".html\">").append(escape(q.name()))
                    .append("</a> &mdash; ").append(escape(q.header().summary())).append("</dt><dd>")
                    .append(escape(q.header().description()));
            if (!q.parameters().isEmpty()) {
                sb.append(" <span class=\"muted\">Parameters: ").append(escape(String.join(", ", q.parameters()
                        .stream().map(p -> p.name() + (p.mustBeGiven() ? " (required)" : "")).toList())))
                        .append("</span>");
            }
            sb.append("</dd>\n");
        }
        return sb.append("</dl>\n</body></html>\n").toString();
    }

    @Override
    public String render(SavedQuery q, Map<String, String> arguments, Table table, Paging paging, boolean capped) {
        String title = q.header().summary().isEmpty() ? q.name() : q.header().summary();
        StringBuilder sb = new StringBuilder(head(title));
        sb.append("<h1>").append(escape(title)).append("</h1>\n");
        if (!q.header().description().isEmpty()) {
            sb.append("<p>").append(escape(q.header().description())).append("</p>\n");
        }
        form(sb, q, arguments, paging);
        String base = "/queries/" + q.name();
        String query = queryString(arguments, paging == null ? 0 : paging.page(), paging == null ? 0
                : paging.pageSize());
        sb.append("<p class=\"muted\">Also as: ");
        for (ResultFormat f : ResultFormat.forForm(q.form())) {
            if (f != ResultFormat.HTML) {
                sb.append("<a href=\"").append(escape(base + "." + f.suffix() + query)).append("\">")
                        .append(f.suffix()).append("</a> ");
            }
        }
        sb.append("</p>\n");
        if (paging != null) {
            sb.append("<p>").append(paging.total()).append(" results; page ").append(paging.page()).append(" of ")
                    .append(paging.lastPage()).append("</p>\n");
            pager(sb, base, arguments, paging);
        } else if (!table.isAsk() && !table.isGraph()) {
            sb.append("<p>").append(table.rows().size()).append(" results").append(capped
                    ? " (cut at the server's row cap: page through them with pageSize)" : "").append("</p>\n");
        }
        sb.append(HtmlTables.table(table, q.query().getPrefixMapping(), link));
        if (paging != null) {
            pager(sb, base, arguments, paging);
        }
        sb.append("<details><summary>SPARQL</summary><pre>").append(escape(q.query().toString()))
                .append("</pre></details>\n</body></html>\n");
        return sb.toString();
    }

    private static void form(StringBuilder sb, SavedQuery q, Map<String, String> arguments, Paging paging) {
        if (q.parameters().isEmpty() && !q.query().isSelectType()) {
            return;
        }
        sb.append("<form method=\"get\" action=\"/queries/").append(escape(q.name())).append(".html\">\n");
        for (Parameter p : q.parameters()) {
            String value = arguments.getOrDefault(p.name(), "");
            sb.append("<label>").append(escape(p.name())).append(p.mustBeGiven() ? " *" : "")
                    .append(" <span class=\"muted\">(").append(escape(p.typeDescription())).append(")</span> ");
            if (!p.allowed().isEmpty()) {
                sb.append("<select name=\"").append(escape(p.name())).append("\">");
                if (!p.required()) {
                    sb.append("<option value=\"\"></option>");
                }
                for (String v : p.allowed()) {
                    sb.append("<option").append(v.equals(value) ? " selected" : "").append(">").append(escape(v))
                            .append("</option>");
                }
                sb.append("</select>");
            } else {
                sb.append("<input name=\"").append(escape(p.name())).append("\" value=\"").append(escape(value))
                        .append("\" size=\"40\"").append(p.mustBeGiven() ? " required" : "").append(">");
            }
            sb.append("</label>\n");
        }
        if (q.query().isSelectType()) {
            sb.append("<label>pageSize <input name=\"pageSize\" type=\"number\" min=\"1\" value=\"")
                    .append(paging == null ? "" : paging.pageSize()).append("\"></label>\n");
        }
        sb.append("<button type=\"submit\">Run</button>\n</form>\n");
    }

    private static void pager(StringBuilder sb, String base, Map<String, String> arguments, Paging p) {
        sb.append("<nav class=\"pages\">");
        pageLink(sb, base, arguments, p, 1, "first", p.page() > 1);
        pageLink(sb, base, arguments, p, p.page() - 1, "previous", p.page() > 1);
        pageLink(sb, base, arguments, p, p.page() + 1, "next", p.page() < p.lastPage());
        pageLink(sb, base, arguments, p, p.lastPage(), "last", p.page() < p.lastPage());
        sb.append("</nav>\n");
    }

    private static void pageLink(StringBuilder sb, String base, Map<String, String> arguments, Paging p, long page,
            String label, boolean active) {
        if (active) {
            sb.append("<a rel=\"").append(label.equals("previous") ? "prev" : label).append("\" href=\"")
                    .append(escape(base + ".html" + queryString(arguments, page, p.pageSize()))).append("\">")
                    .append(label).append("</a>");
        } else {
            sb.append("<span class=\"muted\">").append(label).append("</span> ");
        }
    }

    private static String queryString(Map<String, String> arguments, long page, int pageSize) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : arguments.entrySet()) {
            sb.append(sb.isEmpty() ? '?' : '&').append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        if (page > 0) {
            sb.append(sb.isEmpty() ? '?' : '&').append("page=").append(page).append("&pageSize=").append(pageSize);
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
