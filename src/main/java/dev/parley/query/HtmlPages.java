package dev.parley.query;

import java.util.Map;

/** A plain, self-contained HTML page around a saved query's result (the server and the report use their own). */
final class HtmlPages {
    private HtmlPages() {}

    static String standalone(SavedQuery q, Map<String, String> arguments, Table table, Paging paging,
            boolean capped) {
        String title = HtmlTables.escape(q.header().summary().isEmpty() ? q.name() : q.header().summary());
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1>\n" + HtmlTables.table(table, q.query().getPrefixMapping())
                + "</body></html>\n";
    }
}
