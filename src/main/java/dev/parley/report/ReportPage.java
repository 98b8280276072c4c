package dev.parley.report;

import static dev.parley.query.HtmlTables.escape;

import java.util.List;

import dev.parley.query.SavedQuery;

/**
 * The report's {@code index.html}: the summary, the two pictures inline (as SVG, so their labels are text in
 * the page), and a section per saved query with its tables and links to their CSV files. One style sheet in the
 * page, no script, nothing fetched from anywhere.
 */
final class ReportPage {
    private static final String STYLE = "<style>body{font-family:system-ui,sans-serif;margin:1.5em auto;"
            + "max-width:90em;padding:0 1em;color:#222}table{border-collapse:collapse;font-size:.9em}"
            + "td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}"
            + "th{background:#f2f2f2}.muted{color:#666}.note{background:#fff8e1;border-left:4px solid #f0c040;"
            + "padding:.5em 1em}figure{margin:1em 0}.picture{overflow:auto;border:1px solid #ddd}"
            + "figcaption{color:#444;font-size:.9em;margin-top:.4em}nav a{margin-right:1em}"
            + "section.query{margin-top:2em}</style>";

    private ReportPage() {}

    static String render(Summary summary, NetworkPicture.Drawing network, TimelinePicture.Drawing timeline,
            List<Report.Section> sections, List<String> notes) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">").append(Report.GENERATOR)
                .append("<meta name=\"viewport\" content=\"width=device-width\"><title>parley report</title>")
                .append(STYLE).append("</head><body>\n");
        sb.append("<h1>parley report</h1>\n<p class=\"muted\">What the articles in the store say: who said what, "
                + "when, about whom; then every saved query's results. Every file this page refers to is in the "
                + "same folder; nothing is fetched from the network.</p>\n");
        sb.append("<nav><a href=\"#summary\">Summary</a><a href=\"#network\">Who said what</a>"
                + "<a href=\"#timeline\">Timeline</a><a href=\"#queries\">Saved queries</a>"
                + "<a href=\"summary.md\">summary.md</a></nav>\n");

        sb.append("<section id=\"summary\"><h2>Summary</h2>\n<table class=\"summary\"><tbody>\n");
        for (String[] row : summary.rows()) {
            sb.append("<tr><th>").append(escape(row[0])).append("</th><td>").append(escape(row[1]))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n<h3>Top speakers</h3>\n");
        if (summary.topSpeakers().isEmpty()) {
            sb.append("<p>No statements yet.</p>\n");
        } else {
            sb.append("<table class=\"speakers\"><thead><tr><th>speaker</th><th>statements</th><th>direct quotes"
                    + "</th><th>reported speech</th></tr></thead><tbody>\n");
            for (Summary.TopSpeaker s : summary.topSpeakers()) {
                sb.append("<tr><td><a href=\"").append(escape(s.iri())).append("\">").append(escape(s.label()))
                        .append("</a></td><td>").append(s.statements()).append("</td><td>").append(s.direct())
                        .append("</td><td>").append(s.reported()).append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("</section>\n");

        figure(sb, "network", "Who said what about whom", network.svg(), network.caption(), NetworkPicture.FILE);
        figure(sb, "timeline", "Timeline", timeline.svg(), timeline.caption(), TimelinePicture.FILE);

        sb.append("<section id=\"queries\"><h2>Saved queries</h2>\n<p>Each saved query in <code>queries/</code>, "
                + "run on the whole store. A query with a required parameter is run once for each value it takes "
                + "in the data (the values with most results first).</p>\n<ul>\n");
        for (Report.Section s : sections) {
            sb.append("<li><a href=\"#").append(escape(id(s.query()))).append("\">").append(escape(s.query().name()))
                    .append("</a> &mdash; ").append(escape(s.query().header().summary())).append("</li>\n");
        }
        sb.append("</ul>\n");
        for (Report.Section s : sections) {
            section(sb, s);
        }
        sb.append("</section>\n");
        if (!notes.isEmpty()) {
            sb.append("<section id=\"notes\"><h2>Notes</h2><ul>\n");
            for (String n : notes) {
                sb.append("<li>").append(escape(n)).append("</li>\n");
            }
            sb.append("</ul></section>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void figure(StringBuilder sb, String id, String title, String svg, String caption, String file) {
        sb.append("<section id=\"").append(id).append("\"><h2>").append(escape(title)).append("</h2>\n<figure id=\"")
                .append(id).append("-figure\"><div class=\"picture\">\n").append(svg).append("</div>\n<figcaption>")
                .append(escape(caption)).append(" <a href=\"").append(file).append("\">").append(file)
                .append("</a></figcaption></figure></section>\n");
    }

    private static String id(SavedQuery q) {
        return "q-" + q.name().replace('/', '.');
    }

    private static void section(StringBuilder sb, Report.Section s) {
        SavedQuery q = s.query();
        String title = q.header().summary().isEmpty() ? q.name() : q.header().summary();
        sb.append("<section class=\"query\" id=\"").append(escape(id(q))).append("\"><h3>").append(escape(title))
                .append(" <span class=\"muted\">(").append(escape(q.name())).append(")</span></h3>\n");
        if (!q.header().description().isEmpty()) {
            sb.append("<p>").append(escape(q.header().description())).append("</p>\n");
        }
        if (s.note() != null) {
            sb.append("<p class=\"note\">").append(escape(s.note())).append("</p>\n");
        }
        for (Report.Section.Run r : s.runs()) {
            if (r.heading() != null) {
                sb.append("<h4>").append(escape(r.heading())).append(r.value() == null ? ""
                        : " <span class=\"muted\">" + escape(r.value()) + "</span>").append("</h4>\n");
            }
            sb.append("<p class=\"muted\">");
            if (r.shown() >= 0) {
                sb.append(r.total()).append(r.total() == 1 ? " row" : " rows");
                if (r.shown() < r.total()) {
                    sb.append(" (the first ").append(r.shown()).append(" shown here and in the file)");
                }
                sb.append(" &middot; ");
            }
            String file = r.dataFile().name();
            sb.append("<a class=\"data\" href=\"").append(escape(file)).append("\">").append(escape(file))
                    .append("</a></p>\n").append(r.html());
        }
        sb.append("</section>\n");
    }
}
