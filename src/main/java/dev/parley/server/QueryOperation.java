package dev.parley.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPARQL query operation of every query endpoint ({@code /sparql}, {@code /parley/query},
 * {@code /parley/sparql}): Fuseki's, with a cap on the rows a SELECT returns (the query's own LIMIT when
 * smaller; when rows were cut, and only then, the response says {@code Parley-Row-Cap}, the log says so and
 * JSON results carry a member saying so, see {@link RowCapNotice}) and a time limit on parsing (see
 * {@link ParseDeadline}).
 */
final class QueryOperation extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(QueryOperation.class);
    /** Request attribute: set when the query's LIMIT was raised or set to one over the cap. */
    private static final String CAPPED = "dev.parley.rowCapped";

    private final long rowCap;
    private final ParseDeadline parseDeadline;

    QueryOperation(long rowCap, ParseDeadline parseDeadline) {
        this.rowCap = rowCap;
        this.parseDeadline = parseDeadline;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (!parseDeadline.parsesInTime(queryString)) {
            action.log.info("[{}] query refused: parsing it took over {} ms", action.id,
                    parseDeadline.budgetMillis());
            ServletOps.error(503, "The query took over " + parseDeadline.budgetMillis()
                    + " ms to parse, half the server's time limit; simplify it");
        }
        super.execute(queryString, action);
    }

    /** A SELECT without a LIMIT under the cap asks for one row more than the cap, to tell whether rows are cut. */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > rowCap)) {
            query.setLimit(rowCap + 1);
            action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
        }
    }

    /**
     * The rows of a capped SELECT, at most the cap; when there were more, the response says so before any row is
     * written: {@code Parley-Row-Cap} and a log line here, a member of JSON results in {@link RowCapNotice}.
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, query, queryLog);
        if (action.getRequest().getAttribute(CAPPED) == null || !result.isRowSet()) {
            return result;
        }
        RowSet rows = result.rowSet();
        List<Binding> kept = new ArrayList<>();
        while (kept.size() < rowCap && rows.hasNext()) {
            kept.add(rows.next());
        }
        if (rows.hasNext()) {
            LOG.info("[{}] SELECT cut to the row cap of {} rows", action.id, rowCap);
            action.getResponse().setHeader("Parley-Row-Cap", Long.toString(rowCap));
            action.getRequest().setAttribute(RowCapNotice.CUT, rowCap);
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
