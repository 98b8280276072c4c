package dev.parley.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * The SPARQL query operation of every query endpoint ({@code /sparql}, {@code /parley/query},
 * {@code /parley/sparql}): Fuseki's, with a cap on the rows a SELECT returns (the query's own LIMIT when
 * smaller; the response says {@code Parley-Row-Cap}) and a time limit on parsing (see {@link ParseDeadline}).
 */
final class QueryOperation extends SPARQL_QueryDataset {
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

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > rowCap)) {
            query.setLimit(rowCap);
            action.getResponse().setHeader("Parley-Row-Cap", Long.toString(rowCap));
        }
    }
}
