package dev.parley.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Writes a {@link Table} in a {@link ResultFormat}: the SPARQL result formats by Jena's writers, RDF by Jena's,
 * and the formats for people (Markdown, a text table, an HTML table) here.
 */
public final class ResultWriting {
    private ResultWriting() {}

    /** The table in the format, as bytes (UTF-8 for text); HTML as a bare {@code <table>}. */
    public static byte[] write(Table table, ResultFormat format, PrefixMapping prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (table.isGraph()) {
            switch (format) {
                case TURTLE -> write(out, table, Lang.TURTLE);
                case JSONLD -> write(out, table, Lang.JSONLD);
                case NTRIPLES -> write(out, table, Lang.NTRIPLES);
                case RDFXML -> write(out, table, Lang.RDFXML);
                case HTML -> out.writeBytes(HtmlTables.graph(table.graph(), prefixes).getBytes(StandardCharsets.UTF_8));
                default -> throw new IllegalArgumentException(format + " cannot carry a graph");
            }
            return out.toByteArray();
        }
        switch (format) {
            case JSON -> sparql(out, table, ResultSetLang.RS_JSON);
            case XML -> sparql(out, table, ResultSetLang.RS_XML);
            case CSV -> sparql(out, table, ResultSetLang.RS_CSV);
            case TSV -> sparql(out, table, ResultSetLang.RS_TSV);
            case MARKDOWN -> out.writeBytes(markdown(table, prefixes).getBytes(StandardCharsets.UTF_8));
            case TEXT -> out.writeBytes(text(table, prefixes).getBytes(StandardCharsets.UTF_8));
            case HTML -> out.writeBytes(HtmlTables.table(table, prefixes).getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(format + " cannot carry a table");
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Table table, Lang lang) {
        RDFDataMgr.write(out, table.graph(), lang);
    }

    private static void sparql(ByteArrayOutputStream out, Table table, Lang lang) {
        if (table.isAsk()) {
            ResultSetMgr.write(out, table.ask().booleanValue(), lang);
        } else {
            ResultSetMgr.write(out, ResultSet.adapt(rowSet(table)), lang);
        }
    }

    static RowSet rowSet(Table table) {
        return RowSetStream.create(table.vars(), table.rows().iterator());
    }

    private static String text(Table table, PrefixMapping prefixes) {
        if (table.isAsk()) {
            return table.ask() + "\n";
        }
        return ResultSetFormatter.asText(ResultSet.adapt(rowSet(table)), new Prologue(prefixes));
    }

    /** A GitHub-flavoured Markdown table, terms shortened by the query's prefixes. */
    static String markdown(Table table, PrefixMapping prefixes) {
        if (table.isAsk()) {
            return table.ask() + "\n";
        }
        StringBuilder sb = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (Var v : table.vars()) {
            names.add(v.getVarName());
        }
        sb.append("| ").append(String.join(" | ", names)).append(" |\n");
        sb.append("|").append("---|".repeat(names.size())).append('\n');
        for (Binding b : table.rows()) {
            sb.append('|');
            for (Var v : table.vars()) {
                Node n = b.get(v);
                String cell = n == null ? "" : Terms.display(n, prefixes);
                sb.append(' ').append(cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ")
                        .replace("\n", " ")).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
