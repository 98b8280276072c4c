package dev.parley.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The limits that keep the server up, each answering with its own status and message: a cap on the rows a
 * SELECT returns (the query's own LIMIT when smaller; the response says {@code Parley-Row-Cap}), a cap on the
 * size of a request (413, or 414 for a query string), and {@code SERVICE} refused unless its endpoint is on an
 * allow-list.
 */
final class Limits {
    private Limits() {}

    /** The query operation, with a row cap applied to every SELECT. */
    static final class CappedQuery extends SPARQL_QueryDataset {
        private final long rowCap;

        CappedQuery(long rowCap) {
            this.rowCap = rowCap;
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

    /** Refuses request bodies and query strings over the cap, before any work is done. */
    static final class RequestSize implements Filter {
        private final long maxBytes;

        RequestSize(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            HttpServletResponse resp = (HttpServletResponse) response;
            String qs = req.getQueryString();
            if (qs != null && qs.length() > maxBytes) {
                resp.sendError(414, "The query string is over the limit of " + maxBytes + " bytes; send it with POST");
                return;
            }
            if (req.getContentLengthLong() > maxBytes) {
                resp.sendError(413, "The request body is over the limit of " + maxBytes + " bytes");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * SERVICE in the dataset's context: off when the allow-list is empty; otherwise on, for the listed endpoints
     * only (exact IRIs), through a link at the head of the service executor chains that refuses the others.
     */
    static void service(Context context, Set<String> allowed) {
        // Jena's own switch stays off without an allow-list, as a second lock behind the refusing link below.
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addBulkLink((opService, input, execCxt, chain) -> {
            check(opService, allowed);
            return chain.createExecution(opService, input, execCxt);
        });
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            check(opOriginal, allowed);
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    private static void check(OpService op, Set<String> allowed) {
        String target = op.getService().isURI() ? op.getService().getURI() : String.valueOf(op.getService());
        if (!allowed.contains(target)) {
            throw new QueryDeniedException("SERVICE <" + target + "> is not on this server's allow-list"
                    + (allowed.isEmpty() ? " (it has none: SERVICE is off; see --allow-service)" : ""));
        }
    }
}
