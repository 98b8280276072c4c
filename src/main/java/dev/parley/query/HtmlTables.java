package dev.parley.query;

import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Results as HTML tables for people: every text escaped, IRIs as links (through a function that may point them
 * at a local page), literals as their words with the datatype or language in a title.
 */
public final class HtmlTables {
    private HtmlTables() {}

    /** A {@code <table>} of the rows (or the ASK answer), IRIs linked to themselves. */
    public static String table(Table table, PrefixMapping prefixes) {
        return table(table, prefixes, Function.identity());
    }

    /** A {@code <table>} of the rows (or the ASK answer), IRIs linked to {@code link.apply(iri)}. */
    public static String table(Table table, PrefixMapping prefixes, Function<String, String> link) {
        if (table.isGraph()) {
            return graph(table.graph(), prefixes, link);
        }
        if (table.isAsk()) {
            return "<p class=\"ask\">" + table.ask() + "</p>\n";
        }
        StringBuilder sb = new StringBuilder("<table class=\"results\">\n<thead><tr>");
        for (Var v : table.vars()) {
            sb.append("<th>").append(escape(v.getVarName())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Binding b : table.rows()) {
            sb.append("<tr>");
            for (Var v : table.vars()) {
                sb.append("<td>").append(cell(b.get(v), prefixes, link)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    static String graph(Graph graph, PrefixMapping prefixes) {
        return graph(graph, prefixes, Function.identity());
    }

    static String graph(Graph graph, PrefixMapping prefixes, Function<String, String> link) {
        StringBuilder sb = new StringBuilder("<table class=\"results\">\n<thead><tr><th>subject</th><th>predicate"
                + "</th><th>object</th></tr></thead>\n<tbody>\n");
        graph.find().forEach((Triple t) -> sb.append("<tr><td>").append(cell(t.getSubject(), prefixes, link))
                .append("</td><td>").append(cell(t.getPredicate(), prefixes, link)).append("</td><td>")
                .append(cell(t.getObject(), prefixes, link)).append("</td></tr>\n"));
        return sb.append("</tbody>\n</table>\n").toString();
    }

    /** One term as HTML. */
    public static String cell(Node n, PrefixMapping prefixes, Function<String, String> link) {
        if (n == null) {
            return "";
        }
        String shown = escape(Terms.display(n, prefixes));
        if (n.isURI()) {
            return "<a href=\"" + escape(link.apply(n.getURI())) + "\" title=\"" + escape(n.getURI()) + "\">" + shown
                    + "</a>";
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String title = !lang.isEmpty() ? "@" + lang : prefixes.shortForm(n.getLiteralDatatypeURI());
            return "<span title=\"" + escape(title) + "\">" + shown + "</span>";
        }
        return shown;
    }

    /** Text made safe for HTML element content and quoted attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
