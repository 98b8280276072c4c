package dev.parley.server;

import java.util.Set;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * {@code SERVICE} refused unless its endpoint is on an allow-list. The other limits that keep the server up are
 * {@link RequestLimits} (sizes), {@link ParseDeadline} and the query timeout (time), and {@link QueryOperation}
 * (rows).
 */
final class Limits {
    private Limits() {}

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
