package dev.parley.query;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;

import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyException.NotFoundException;

/**
 * Runs saved queries on a dataset: checks and binds the caller's arguments, pages, writes the results in the
 * asked format, and caches what it wrote per version of the data.
 * <pre>
 *   QueryService service = QueryService.create(dsg, SavedQueries.load(dir)).build();
 *   QueryService.Output out = service.run("quotes-by", Map.of("speaker", List.of(iri)), ResultFormat.CSV);
 * </pre>
 * Arguments are bound as RDF terms into a copy of the parsed query ({@link QueryTransformOps#syntaxSubstitute}),
 * never spliced into its text. {@code page} and {@code pageSize} are reserved argument names.
 * <p>
 * The cache: a result is kept under (data version, query, arguments, page, page size, format). A TDB2 store's
 * version changes with every committed write, so a load makes every earlier entry unreachable at once; datasets
 * without a version are never cached.
 */
public final class QueryService {
    /** Reserved argument: the page to return, from 1. */
    public static final String PAGE = "page";
    /** Reserved argument: rows per page. */
    public static final String PAGE_SIZE = "pageSize";
    /** Page size when a caller pages a query whose header has no {@code pagination}. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    private static final int MAX_ENUMERATION = 1_000;

    private final DatasetGraph dsg;
    private final SavedQueries queries;
    private final long rowCap;
    private final HtmlPage htmlPage;
    private final int gzipAbove;
    private final Cache<Key, Output> cache;
    private final boolean versioned;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** How a whole HTML page is made around a result (the server's page links IRIs to its own pages). */
    @FunctionalInterface
    public interface HtmlPage {
        /** The page for one run: the query, its arguments, the result and its paging (null when not paged). */
        String render(SavedQuery query, Map<String, String> arguments, Table table, Paging paging, boolean capped);
    }

    /**
     * What a run produced.
     *
     * @param body      the bytes to send
     * @param format    their format
     * @param etag      a strong entity tag of the body (quoted)
     * @param fromCache whether the body came from the cache
     * @param paging    where the page sits, or null when the result is not paged
     * @param capped    whether the row cap cut the result short
     * @param version   the data version the result was computed at ({@link DataVersion#NONE} when none)
     * @param gzipped   the body gzipped, made once with the body and cached with it; null when the body is under
     *                  the service's {@link Builder#gzipAbove} size
     */
    public record Output(byte[] body, ResultFormat format, String etag, boolean fromCache, Paging paging,
            boolean capped, long version, byte[] gzipped) {
        Output cached() {
            return new Output(body, format, etag, true, paging, capped, version, gzipped);
        }
    }

    private record Key(long version, String query, SortedMap<String, String> arguments, int page, int pageSize,
            ResultFormat format) {}

    private QueryService(Builder b) {
        this.dsg = b.dsg;
        this.queries = b.queries;
        this.rowCap = b.rowCap;
        this.htmlPage = b.htmlPage;
        this.gzipAbove = b.gzipAbove;
        this.versioned = DataVersion.isVersioned(dsg);
        this.cache = Caffeine.newBuilder().maximumWeight(b.cacheBytes)
                .weigher((Key k, Output o) -> o.body().length + (o.gzipped() == null ? 0 : o.gzipped().length) + 200)
                .build();
    }

    public static Builder create(DatasetGraph dsg, SavedQueries queries) {
        return new Builder(dsg, queries);
    }

    /** Builder for {@link QueryService}. */
    public static final class Builder {
        private final DatasetGraph dsg;
        private final SavedQueries queries;
        private long rowCap = 10_000;
        private long cacheBytes = 64L << 20;
        private HtmlPage htmlPage = HtmlPages::standalone;
        private int gzipAbove = Integer.MAX_VALUE;

        private Builder(DatasetGraph dsg, SavedQueries queries) {
            this.dsg = Objects.requireNonNull(dsg, "dsg");
            this.queries = Objects.requireNonNull(queries, "queries");
        }

        /** Most rows one response holds (default 10,000); also the largest page size. */
        public Builder rowCap(long rowCap) {
            if (rowCap < 1) {
                throw new IllegalArgumentException("row cap must be positive: " + rowCap);
            }
            this.rowCap = rowCap;
            return this;
        }

        /** Bytes of results the cache may hold (default 64 MB); 0 turns caching off. */
        public Builder cacheBytes(long cacheBytes) {
            if (cacheBytes < 0) {
                throw new IllegalArgumentException("cache size must not be negative: " + cacheBytes);
            }
            this.cacheBytes = cacheBytes;
            return this;
        }

        /**
         * Bodies of at least this many bytes are also kept gzipped ({@link Output#gzipped}), compressed once when
         * computed, not at every response (default: never).
         */
        public Builder gzipAbove(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("gzip threshold must be positive: " + bytes);
            }
            this.gzipAbove = bytes;
            return this;
        }

        public Builder htmlPage(HtmlPage htmlPage) {
            this.htmlPage = Objects.requireNonNull(htmlPage, "htmlPage");
            return this;
        }

        public QueryService build() {
            return new QueryService(this);
        }
    }

    public SavedQueries queries() {
        return queries;
    }

    /** Most rows one response holds; also the largest page size. */
    public long rowCap() {
        return rowCap;
    }

    /** Results served from the cache so far. */
    public long cacheHits() {
        return hits.get();
    }

    /** Results computed so far. */
    public long cacheMisses() {
        return misses.get();
    }

    /**
     * Runs a saved query.
     *
     * @param name      the saved query's name
     * @param arguments the caller's arguments by name, each with exactly one value; {@code page} and
     *                  {@code pageSize} page the results
     * @param format    the format to write; must carry the query's form
     * @throws NotFoundException   for an unknown query
     * @throws BadInputException   for a missing, unknown, repeated or ill-typed argument, a bad page, or a format
     *                             that cannot carry the query's results (the message says which)
     */
    public Output run(String name, Map<String, List<String>> arguments, ResultFormat format) {
        SavedQuery q = queries.get(name).orElseThrow(() -> new NotFoundException("No saved query \"" + name
                + "\"; the saved queries are: " + String.join(", ", queries.all().stream().map(SavedQuery::name)
                        .toList())));
        return run(q, arguments, format);
    }

    /** Runs a saved query that need not be in this service's catalogue (an ad hoc one); as {@link #run(String,
     * Map, ResultFormat)}. */
    public Output run(SavedQuery q, Map<String, List<String>> arguments, ResultFormat format) {
        Objects.requireNonNull(format, "format");
        if (!format.carries(q.form())) {
            throw new BadInputException("The format " + format.suffix() + " cannot carry the results of a " + q.form()
                    + " query; use one of " + ResultFormat.forForm(q.form()).stream().map(ResultFormat::suffix)
                            .toList());
        }
        Call call = prepare(q, arguments);
        return Txn.calculateRead(dsg, () -> {
            long version = DataVersion.current(dsg);
            checkEnumeratedFromData(q, call.arguments(), version);
            Key key = new Key(version, q.name() + "\u0000" + q.file(), new TreeMap<>(call.arguments()),
                    call.paged() ? call.page() : 0, call.paged() ? call.pageSize() : 0, format);
            if (versioned && version != DataVersion.NONE) {
                Output hit = cache.getIfPresent(key);
                if (hit != null) {
                    hits.incrementAndGet();
                    return hit.cached();
                }
            }
            misses.incrementAndGet();
            Result r = evaluate(q, call);
            byte[] body = format == ResultFormat.HTML
                    ? htmlPage.render(q, r.arguments(), r.table(), r.paging(), r.capped())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : ResultWriting.write(r.table(), format, q.query().getPrefixMapping());
            Output out = new Output(body, format, etag(body), false, r.paging(), r.capped(), version,
                    body.length >= gzipAbove ? gzip(body) : null);
            if (versioned && version != DataVersion.NONE) {
                cache.put(key, out);
            }
            return out;
        });
    }

    /** A call's arguments, checked and bound: what a run needs besides the query. */
    private record Call(Map<Var, Node> binding, Map<String, String> arguments, boolean paged, int page,
            int pageSize) {}

    /**
     * The result of one run, before it is written in any format.
     *
     * @param table     the rows, the ASK answer or the graph
     * @param arguments the parameter values the run used (the caller's, or defaults), by name
     * @param paging    where the page sits, or null when the result is not paged
     * @param capped    whether the row cap cut the result short
     */
    public record Result(Table table, Map<String, String> arguments, Paging paging, boolean capped) {}

    /**
     * Runs a saved query and returns its result unwritten and uncached (for callers that write it themselves,
     * such as the report); arguments are checked and bound as by {@link #run(SavedQuery, Map, ResultFormat)}.
     */
    public Result evaluate(SavedQuery q, Map<String, List<String>> arguments) {
        Call call = prepare(q, arguments);
        return Txn.calculateRead(dsg, () -> {
            checkEnumeratedFromData(q, call.arguments(), DataVersion.current(dsg));
            return evaluate(q, call);
        });
    }

    /** Checks the caller's arguments against the query's parameters and paging, and binds them. */
    private Call prepare(SavedQuery q, Map<String, List<String>> arguments) {
        SortedMap<String, String> given = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : arguments.entrySet()) {
            List<String> values = e.getValue();
            if (values.size() != 1) {
                throw new BadParameterException(e.getKey(), "Parameter \"" + e.getKey() + "\" is given "
                        + values.size() + " times; give it once");
            }
            given.put(e.getKey(), values.get(0));
        }
        Integer page = pageArgument(given.remove(PAGE), PAGE);
        Integer pageSize = pageArgument(given.remove(PAGE_SIZE), PAGE_SIZE);
        if ((page != null || pageSize != null || q.header().pagination() > 0) && !q.query().isSelectType()) {
            throw new BadInputException("Only SELECT queries can be paged; " + q.name() + " is a " + q.form());
        }
        boolean paged = page != null || pageSize != null || q.header().pagination() > 0;
        // A size the caller did not ask for (the header's, or the default) is cut to the cap rather than refused.
        int size = pageSize != null ? pageSize : (int) Math.min(rowCap, q.header().pagination() > 0
                ? q.header().pagination() : DEFAULT_PAGE_SIZE);
        if (size > rowCap) {
            throw new BadParameterException(PAGE_SIZE, "Parameter \"pageSize\" (a whole number from 1 to " + rowCap
                    + "): " + size + " is over the limit of " + rowCap);
        }
        for (String arg : given.keySet()) {
            if (q.parameter(arg).isEmpty()) {
                throw new BadParameterException(arg, "Unknown parameter \"" + Parameter.abbreviate(arg) + "\" for "
                        + q.name() + "; its parameters are: " + (q.parameters().isEmpty() ? "none"
                                : String.join(", ", q.parameters().stream().map(Parameter::name).toList()))
                        + (paged || q.query().isSelectType() ? " (and page, pageSize)" : ""));
            }
        }
        Map<Var, Node> binding = new LinkedHashMap<>();
        Map<String, String> effective = new LinkedHashMap<>();
        for (Parameter p : q.parameters()) {
            String value = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue().orElse(null);
            if (value == null) {
                if (p.required()) {
                    throw new BadParameterException(p, "required, and not given");
                }
                continue;
            }
            binding.put(p.variable(), p.bind(value));
            effective.put(p.name(), value);
        }
        return new Call(binding, effective, paged, page != null ? page : 1, size);
    }

    private static Integer pageArgument(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(name, "Parameter \"" + name + "\" (a whole number from 1): \""
                + Parameter.abbreviate(value) + "\" is not one");
    }

    /** Runs the bound query (inside the caller's read transaction): rows, page and cap, unwritten. */
    private Result evaluate(SavedQuery q, Call call) {
        Map<Var, Node> binding = call.binding();
        boolean paged = call.paged();
        int page = call.page();
        int size = call.pageSize();
        Query bound = QueryTransformOps.syntaxSubstitute(q.query(), binding);
        Table table;
        Paging paging = null;
        boolean capped = false;
        if (bound.isSelectType()) {
            Query run = bound.cloneQuery();
            long limit;
            if (paged) {
                long total = count(bound);
                paging = Paging.of(page, size, total);
                long start = (long) (page - 1) * size;
                long base = bound.hasOffset() ? bound.getOffset() : 0;
                long room = bound.hasLimit() ? Math.max(0, bound.getLimit() - start) : Long.MAX_VALUE;
                limit = Math.min(size, room);
                run.setOffset(base + start);
            } else {
                limit = bound.hasLimit() ? Math.min(bound.getLimit(), rowCap + 1) : rowCap + 1;
            }
            run.setLimit(limit);
            List<Binding> rows = new ArrayList<>();
            List<Var> vars;
            try (QueryExec exec = QueryExec.dataset(dsg).query(run).build()) {
                RowSet rs = exec.select();
                vars = rs.getResultVars();
                rs.forEachRemaining(rows::add);
            }
            if (!paged && rows.size() > rowCap) {
                rows = rows.subList(0, (int) rowCap);
                capped = true;
            }
            List<Var> columns = vars.stream().filter(v -> !binding.containsKey(v)).toList();
            table = Table.select(columns, rows);
        } else if (bound.isAskType()) {
            try (QueryExec exec = QueryExec.dataset(dsg).query(bound).build()) {
                table = Table.ask(exec.ask());
            }
        } else {
            try (QueryExec exec = QueryExec.dataset(dsg).query(bound).build()) {
                table = Table.graph(bound.isConstructType() ? exec.construct() : exec.describe());
            }
        }
        return new Result(table, call.arguments(), paging, capped);
    }

    /** The number of rows of a SELECT: the query as a sub-query of {@code SELECT (COUNT(*) AS ?count)}. */
    private long count(Query bound) {
        Query inner = bound.cloneQuery();
        if (!inner.hasLimit() && !inner.hasOffset() && inner.getOrderBy() != null) {
            inner.getOrderBy().clear();
        }
        Query count = new Query();
        count.setQuerySelectType();
        count.setQueryPattern(new ElementSubQuery(inner));
        Expr agg = count.allocAggregate(AggregatorFactory.createCount(false));
        Var n = Var.alloc("count");
        count.addResultVar(n, agg);
        try (QueryExec exec = QueryExec.dataset(dsg).query(count).build()) {
            RowSet rs = exec.select();
            Node value = rs.hasNext() ? rs.next().get(n) : null;
            return value == null ? 0 : ((Number) value.getLiteralValue()).longValue();
        }
    }

    /** The values a parameter accepts: from the data where its header says so, else its header's list (empty: any). */
    public List<String> allowedValues(SavedQuery q, Parameter p) {
        return valuesFromData(q, p).orElse(p.allowed());
    }

    /** Allowed values of a parameter whose header says to take them from the data; empty when not so declared. */
    public Optional<List<String>> valuesFromData(SavedQuery q, Parameter p) {
        if (!q.header().enumerateFromData().contains(p.name())) {
            return Optional.empty();
        }
        return Optional.of(Txn.calculateRead(dsg, () -> enumerate(q, p, DataVersion.current(dsg))));
    }

    private final Cache<String, List<String>> enumerations = Caffeine.newBuilder().maximumSize(1_000).build();

    private List<String> enumerate(SavedQuery q, Parameter p, long version) {
        String key = version + "\u0000" + q.name() + "\u0000" + q.file() + "\u0000" + p.name();
        List<String> known = versioned ? enumerations.getIfPresent(key) : null;
        if (known != null) {
            return known;
        }
        Query e = new Query();
        e.setQuerySelectType();
        e.setPrefixMapping(q.query().getPrefixMapping());
        e.setQueryPattern(q.query().getQueryPattern());
        e.addResultVar(p.variable());
        e.setDistinct(true);
        e.addOrderBy(p.variable(), Query.ORDER_ASCENDING);
        e.setLimit(MAX_ENUMERATION + 1);
        List<String> values = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(e).build()) {
            exec.select().forEachRemaining(b -> {
                Node n = b.get(p.variable());
                if (n != null) {
                    values.add(n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                }
            });
        }
        List<String> out = List.copyOf(values);
        if (versioned) {
            enumerations.put(key, out);
        }
        return out;
    }

    private void checkEnumeratedFromData(SavedQuery q, Map<String, String> effective, long version) {
        for (String name : q.header().enumerateFromData()) {
            String value = effective.get(name);
            if (value == null) {
                continue;
            }
            List<String> values = enumerate(q, q.parameter(name).orElseThrow(), version);
            if (values.size() <= MAX_ENUMERATION && !values.contains(value)) {
                throw new BadParameterException(q.parameter(name).orElseThrow(), "\"" + Parameter.abbreviate(value)
                        + "\" is not one of the values in the data (GET /queries lists them)");
            }
        }
    }

    /** A strong entity tag for a body: the first 128 bits of its SHA-256, quoted. */
    private static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    public static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
