package dev.parley.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

import dev.parley.ParleyException;
import dev.parley.ParleyException.BadInputException;
import dev.parley.query.BadParameterException;
import dev.parley.query.DataVersion;
import dev.parley.query.HtmlTables;
import dev.parley.query.Paging;
import dev.parley.query.Parameter;
import dev.parley.query.QueryService;
import dev.parley.query.ResultFormat;
import dev.parley.query.ResultWriting;
import dev.parley.query.SavedQueries;
import dev.parley.query.SavedQuery;
import dev.parley.query.Table;

/**
 * A report on the store, for people: {@code index.html} with every saved query's results as tables and the
 * pictures inline, a CSV file beside each table, {@code summary.md}, and the pictures {@code network.svg} and
 * {@code timeline.svg}. All files are built in memory, from one read of the store, and refer only to each other:
 * the folder needs no network to be read.
 * <pre>
 *   Report report = Report.of(store.datasetGraph(), SavedQueries.load(home.queries()));
 *   report.writeTo(Path.of("report"));                  // or serve report.file("index.html")
 *   Report big = Report.create(dsg, queries).maxRows(200).maxSpeakers(20).build();
 * </pre>
 * How the saved queries are run:
 * <ul>
 * <li>a query without required parameters runs once with its defaults (SELECTs: the first {@code maxRows} rows;
 *     the table says how many there are in all);</li>
 * <li>a query with one required parameter that has no default runs once for each value that parameter takes in
 *     the data (the query's own pattern, with the parameter left open), the {@code maxRuns} values with most
 *     rows first, each with its own table and CSV file ({@code NAME--1.csv}, ...);</li>
 * <li>a query with more than one such parameter, and a query that calls another endpoint with {@code SERVICE}
 *     (which needs the internet and the server's allow-list), is not run; the report says so.</li>
 * </ul>
 */
public final class Report {
    /** The name of the report's main page. */
    public static final String INDEX = "index.html";
    /** What {@code index.html} carries so that a later run knows the folder holds a report. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"parley report\">";
    private static final Pattern OWN_FILE = Pattern.compile(".+\\.(csv|svg|ttl)|index\\.html|summary\\.md");

    private final long version;
    private final Map<String, ReportFile> files;
    private final List<String> notes;

    private Report(long version, Map<String, ReportFile> files, List<String> notes) {
        this.version = version;
        this.files = files;
        this.notes = notes;
    }

    /** A report with the default limits. */
    public static Report of(DatasetGraph dsg, SavedQueries queries) {
        return create(dsg, queries).build();
    }

    public static Builder create(DatasetGraph dsg, SavedQueries queries) {
        return new Builder(dsg, queries);
    }

    /** Builder for {@link Report}: the limits that keep a report of a big store readable. */
    public static final class Builder {
        private final DatasetGraph dsg;
        private final SavedQueries queries;
        private int maxRows = 1_000;
        private int maxRuns = 10;
        private int maxSpeakers = 30;

        private Builder(DatasetGraph dsg, SavedQueries queries) {
            this.dsg = Objects.requireNonNull(dsg, "dsg");
            this.queries = Objects.requireNonNull(queries, "queries");
        }

        /** Most rows in one table (default 1,000); the table says how many there are in all. */
        public Builder maxRows(int maxRows) {
            if (maxRows < 1) {
                throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
            }
            this.maxRows = maxRows;
            return this;
        }

        /** Most runs of a query with a required parameter, one per value (default 10). */
        public Builder maxRuns(int maxRuns) {
            if (maxRuns < 1) {
                throw new IllegalArgumentException("maxRuns must be positive: " + maxRuns);
            }
            this.maxRuns = maxRuns;
            return this;
        }

        /** Most speakers in the network picture, those with most statements (default 30). */
        public Builder maxSpeakers(int maxSpeakers) {
            if (maxSpeakers < 1) {
                throw new IllegalArgumentException("maxSpeakers must be positive: " + maxSpeakers);
            }
            this.maxSpeakers = maxSpeakers;
            return this;
        }

        /** Reads the store (in one read transaction) and makes every file of the report. */
        public Report build() {
            return Txn.calculateRead(dsg, this::buildInTransaction);
        }

        private Report buildInTransaction() {
            long version = DataVersion.current(dsg);
            List<String> notes = new ArrayList<>();
            NetworkPicture.Drawing network = NetworkPicture.draw(dsg, maxSpeakers, 120, 60);
            TimelinePicture.Drawing timeline = TimelinePicture.draw(dsg);
            Summary summary = Summary.count(dsg, timeline);
            List<Section> sections = runQueries(notes);
            Map<String, ReportFile> files = new LinkedHashMap<>();
            files.put(INDEX, null);
            files.put(Summary.FILE, ReportFile.text(Summary.FILE, "text/markdown", summary.markdown(notes)));
            files.put(NetworkPicture.FILE, ReportFile.text(NetworkPicture.FILE, "image/svg+xml", network.svg()));
            files.put(TimelinePicture.FILE, ReportFile.text(TimelinePicture.FILE, "image/svg+xml", timeline.svg()));
            for (Section s : sections) {
                for (Section.Run r : s.runs()) {
                    files.put(r.dataFile().name(), r.dataFile());
                }
            }
            files.put(INDEX, ReportFile.text(INDEX, "text/html", ReportPage.render(summary, network, timeline,
                    sections, notes)));
            return new Report(version, java.util.Collections.unmodifiableMap(files), List.copyOf(notes));
        }

        private List<Section> runQueries(List<String> notes) {
            QueryService service = QueryService.create(dsg, queries).rowCap(maxRows).build();
            Set<String> names = new HashSet<>(List.of(INDEX, Summary.FILE, NetworkPicture.FILE,
                    TimelinePicture.FILE));
            List<Section> sections = new ArrayList<>();
            for (SavedQuery q : queries.all()) {
                String base = q.name().replace('/', '.');
                List<Parameter> open = q.parameters().stream().filter(Parameter::mustBeGiven).toList();
                if (callsService(q.query())) {
                    String why = "Not run: it calls another endpoint with SERVICE, which needs the internet and an "
                            + "allow-list entry on the server (parley serve --allow-service ...).";
                    sections.add(new Section(q, why, List.of()));
                    notes.add(q.name() + ": " + why);
                    continue;
                }
                if (open.size() > 1) {
                    String why = "Not run: it needs " + open.size() + " parameters without defaults ("
                            + String.join(", ", open.stream().map(Parameter::name).toList())
                            + "); run it on the server's /queries page or with parley query.";
                    sections.add(new Section(q, why, List.of()));
                    notes.add(q.name() + ": " + why);
                    continue;
                }
                try {
                    if (open.isEmpty()) {
                        sections.add(new Section(q, null, List.of(run(service, q, null, null,
                                unique(names, base)))));
                    } else {
                        Parameter p = open.get(0);
                        List<Section.Run> runs = new ArrayList<>();
                        List<Value> values = values(q, p);
                        for (Value v : values) {
                            runs.add(run(service, q, p, v, unique(names, base + "--" + (runs.size() + 1))));
                        }
                        String why = values.isEmpty() ? "Not run: the data has no value for its parameter "
                                + p.name() + "." : null;
                        sections.add(new Section(q, why, runs));
                    }
                } catch (RuntimeException e) {
                    String why = "Failed: " + e.getMessage();
                    sections.add(new Section(q, why, List.of()));
                    notes.add(q.name() + ": " + why);
                }
            }
            return sections;
        }

        private Section.Run run(QueryService service, SavedQuery q, Parameter p, Value v, String fileBase) {
            Map<String, List<String>> args = new LinkedHashMap<>();
            if (p != null) {
                args.put(p.name(), List.of(v.value()));
            }
            if (q.query().isSelectType()) {
                args.put(QueryService.PAGE, List.of("1"));
                args.put(QueryService.PAGE_SIZE, List.of(Integer.toString(maxRows)));
            }
            QueryService.Result result = service.evaluate(q, args);
            Table table = result.table();
            var prefixes = q.query().getPrefixMapping();
            ReportFile data = table.isGraph()
                    ? new ReportFile(fileBase + ".ttl", "text/turtle; charset=utf-8",
                            ResultWriting.write(table, ResultFormat.TURTLE, prefixes))
                    : new ReportFile(fileBase + ".csv", "text/csv; charset=utf-8",
                            ResultWriting.write(table, ResultFormat.CSV, prefixes));
            Paging paging = result.paging();
            long total = paging != null ? paging.total() : table.rows().size();
            return new Section.Run(v == null ? null : p.name() + " = " + v.label(),
                    v == null || v.label().equals(v.value()) ? null : v.value(),
                    HtmlTables.table(table, prefixes), table.isGraph() || table.isAsk() ? -1 : table.rows().size(),
                    total, data);
        }

        /** The values a parameter takes in the data: the query's pattern with it left open, most rows first. */
        private List<Value> values(SavedQuery q, Parameter p) {
            Query e = new Query();
            e.setQuerySelectType();
            e.setPrefixMapping(q.query().getPrefixMapping());
            e.setQueryPattern(q.query().getQueryPattern());
            e.addResultVar(p.variable());
            Var n = Var.alloc("n");
            Expr count = e.allocAggregate(AggregatorFactory.createCount(false));
            e.addResultVar(n, count);
            e.addGroupBy(p.variable());
            e.addOrderBy(n, Query.ORDER_DESCENDING);
            e.addOrderBy(p.variable(), Query.ORDER_ASCENDING);
            e.setLimit(maxRuns * 4L);
            List<Value> values = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(e).build()) {
                exec.select().forEachRemaining(b -> {
                    Node node = b.get(p.variable());
                    if (node == null || values.size() >= maxRuns) {
                        return;
                    }
                    String value = node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm()
                            : null;
                    if (value == null) {
                        return;
                    }
                    try {
                        p.bind(value);
                    } catch (BadParameterException notOfItsType) {
                        return;
                    }
                    values.add(new Value(value, node.isURI() ? label(node).orElse(value) : value));
                });
            }
            return values;
        }

        private Optional<String> label(Node iri) {
            try (QueryExec exec = QueryExec.dataset(dsg)
                    .query("SELECT ?l WHERE { ?x <" + RDFS.label.getURI() + "> ?l } ORDER BY ?l LIMIT 1")
                    .substitution("x", iri).build()) {
                var rows = exec.select();
                return rows.hasNext() ? Optional.ofNullable(rows.next().get("l")).map(Node::getLiteralLexicalForm)
                        : Optional.empty();
            }
        }
    }

    /** A value of a parameter found in the data, and how to show it. */
    record Value(String value, String label) {}

    /** One saved query in the report: its runs, or why it has none. */
    record Section(SavedQuery query, String note, List<Run> runs) {
        Section {
            runs = List.copyOf(runs);
        }

        /**
         * One run: its parameter in words (null for a query without one), the parameter's value when the words
         * are its label rather than the value itself (else null), the table as HTML, the rows shown
         * ({@code -1} for a graph or a yes/no answer), the rows in all, and the data file beside it.
         */
        record Run(String heading, String value, String html, int shown, long total, ReportFile dataFile) {}
    }

    private static boolean callsService(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    found[0] = true;
                }
            });
        }
        return found[0];
    }

    private static String unique(Set<String> taken, String base) {
        String name = base;
        for (int i = 2; taken.contains(name + ".csv") || taken.contains(name + ".ttl"); i++) {
            name = base + "-" + i;
        }
        taken.add(name + ".csv");
        taken.add(name + ".ttl");
        return name;
    }

    /** The version of the store's data the report was built from ({@link DataVersion#NONE} when unknown). */
    public long version() {
        return version;
    }

    /** The file names, {@code index.html} first. */
    public Collection<String> names() {
        return files.keySet();
    }

    /** The file of that name, if the report has one; the only way to a file's content. */
    public Optional<ReportFile> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** What the report could not do (queries not run, and why), for the person who asked for it. */
    public List<String> notes() {
        return notes;
    }

    /**
     * Writes the report's files into {@code dir}, creating it if needed. A folder that already holds files is
     * used only when it holds an earlier report (an {@code index.html} written by this class); the earlier
     * report's own files ({@code index.html}, {@code summary.md}, {@code *.csv}, {@code *.svg}, {@code *.ttl})
     * are removed first, anything else is left alone.
     *
     * @return the files written, in order
     * @throws BadInputException when {@code dir} is a file, or a non-empty folder that holds no report
     * @throws ParleyException when the folder cannot be written
     */
    public List<Path> writeTo(Path dir) {
        Objects.requireNonNull(dir, "dir");
        checkFolder(dir);
        try {
            if (Files.isDirectory(dir) && !isEmpty(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path old : s.filter(p -> Files.isRegularFile(p)
                            && OWN_FILE.matcher(p.getFileName().toString()).matches()).toList()) {
                        Files.delete(old);
                    }
                }
            }
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (ReportFile f : files.values()) {
                Path target = dir.resolve(f.name());
                Files.write(target, f.bytes());
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new ParleyException("Cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that a report may be written to {@code dir}: it is absent, an empty folder, or a folder that holds an
     * earlier report. Callers may check before the work of building a report.
     *
     * @throws BadInputException when it is a file, or a non-empty folder that holds no report
     */
    public static void checkFolder(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new BadInputException("The report folder " + dir + " is a file");
            }
            if (Files.isDirectory(dir) && !isEmpty(dir) && !holdsReport(dir)) {
                throw new BadInputException("The folder " + dir + " is not empty and holds no earlier parley "
                        + "report (no index.html written by parley report); choose another folder or empty it");
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot read the report folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Whether the folder holds a report: its index.html says it was written by this class. */
    static boolean holdsReport(Path dir) throws IOException {
        Path index = dir.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return false;
        }
        byte[] head;
        try (var in = Files.newInputStream(index)) {
            head = in.readNBytes(4_096);
        }
        return new String(head, StandardCharsets.UTF_8).contains(GENERATOR);
    }
}
