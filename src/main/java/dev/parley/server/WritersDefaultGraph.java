package dev.parley.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

import dev.parley.store.ArticleStore;

/**
 * The default graph, the same for readers and writers, over SPARQL and the Graph Store Protocol alike, on a
 * store whose default graph for queries is the union of its named graphs (parley's store):
 * <ul>
 *   <li><b>read</b>, it is that union: in queries, in an update's {@code WHERE}, and in a Graph Store
 *       {@code GET ?default} (on {@code /parley/get} and {@code /parley/data}), which would otherwise return the
 *       store's real default graph, which no query sees;</li>
 *   <li><b>written or managed</b>, it is the named graph {@link ArticleStore#EDITS_GRAPH}, which is part of the
 *       union: {@code INSERT DATA}, {@code DELETE DATA}, templates without {@code GRAPH} (and no {@code WITH}),
 *       {@code DELETE WHERE}, {@code LOAD} without {@code INTO}, {@code CLEAR}/{@code DROP DEFAULT},
 *       {@code ADD}/{@code COPY}/{@code MOVE} from or to {@code DEFAULT}, and Graph Store {@code PUT},
 *       {@code POST}, {@code DELETE ?default}.</li>
 * </ul>
 * So a triple written without a graph is seen by every reader, and deleting without a graph removes only what
 * was so written; to change an article's graph, name it. On a store without a union default graph nothing is
 * changed: there the default graph is one graph for all.
 */
final class WritersDefaultGraph {
    static final Node EDITS = NodeFactory.createURI(ArticleStore.EDITS_GRAPH);
    /** Jena's name, in a Graph Store request, for the union of the named graphs. */
    private static final String UNION = Quad.unionGraph.getURI();
    private static final String BASE = "http://server/unset-base/";

    private WritersDefaultGraph() {}

    /** Whether the store reads its named graphs' union as the default graph, so that this applies. */
    static boolean applies(DatasetGraph dsg) {
        return dsg.getContext().isTrue(TDB2.symUnionDefaultGraph);
    }

    /** The update with every write or management of the default graph addressed to the edits graph. */
    static UpdateRequest rewrite(UpdateRequest request) {
        UpdateRequest out = new UpdateRequest();
        out.setPrefixMapping(request.getPrefixMapping());
        for (Update u : request) {
            out.add(rewrite(u));
        }
        return out;
    }

    private static Update rewrite(Update u) {
        return switch (u) {
            case UpdateDataInsert d -> new UpdateDataInsert(new QuadDataAcc(edits(d.getQuads())));
            case UpdateDataDelete d -> new UpdateDataDelete(new QuadDataAcc(edits(d.getQuads())));
            case UpdateDeleteWhere d -> new UpdateDeleteWhere(new QuadAcc(edits(d.getQuads())));
            case UpdateModify m when m.getWithIRI() == null -> modify(m);
            case UpdateLoad l when l.getDest() == null -> new UpdateLoad(l.getSource(), EDITS, l.isSilent());
            case UpdateClear c when c.isDefault() -> new UpdateClear(EDITS, c.isSilent());
            case UpdateDrop d when d.isDefault() -> new UpdateDrop(EDITS, d.isSilent());
            case UpdateAdd a -> new UpdateAdd(edits(a.getSrc()), edits(a.getDest()), a.isSilent());
            case UpdateCopy c -> new UpdateCopy(edits(c.getSrc()), edits(c.getDest()), c.isSilent());
            case UpdateMove m -> new UpdateMove(edits(m.getSrc()), edits(m.getDest()), m.isSilent());
            default -> u;
        };
    }

    private static UpdateModify modify(UpdateModify m) {
        UpdateModify out = new UpdateModify();
        m.getUsing().forEach(out::addUsing);
        m.getUsingNamed().forEach(out::addUsingNamed);
        edits(m.getDeleteQuads()).forEach(out.getDeleteAcc()::addQuad);
        edits(m.getInsertQuads()).forEach(out.getInsertAcc()::addQuad);
        out.setHasDeleteClause(m.hasDeleteClause());
        out.setHasInsertClause(m.hasInsertClause());
        out.setElement(m.getWherePattern());
        return out;
    }

    private static List<Quad> edits(List<Quad> quads) {
        List<Quad> out = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            out.add(q.isDefaultGraph() ? Quad.create(EDITS, q.getSubject(), q.getPredicate(), q.getObject()) : q);
        }
        return out;
    }

    private static Target edits(Target t) {
        return t.isDefault() ? Target.create(EDITS) : t;
    }

    /** Fuseki's update operation, with the request rewritten as above before Fuseki parses and runs it. */
    static final class UpdateOperation extends SPARQL_Update {
        @Override
        protected void execute(HttpAction action, InputStream input) {
            byte[] text;
            try {
                text = input.readAllBytes();
            } catch (IOException e) {
                ServletOps.errorBadRequest("The update could not be read: " + e.getMessage());
                return;
            }
            UpdateRequest request;
            try {
                request = UpdateFactory.create(new String(text, StandardCharsets.UTF_8), BASE, Syntax.syntaxARQ);
            } catch (QueryParseException e) {
                super.execute(action, new ByteArrayInputStream(text)); // Fuseki reports the syntax error
                return;
            }
            super.execute(action, new ByteArrayInputStream(rewrite(request).toString()
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * On the Graph Store endpoints: {@code ?default} becomes {@code ?graph=} the union for a read, the edits graph
     * for a write.
     */
    static final class GraphStoreFilter implements Filter {
        private final DatasetGraph dsg;

        GraphStoreFilter(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            if (req.getParameter("default") == null || req.getParameter("graph") != null) {
                chain.doFilter(request, response);
                return;
            }
            if (req.getMethod().equals("DELETE") && req.getRequestURI().endsWith("/data")
                    && !dsg.calculateRead(() -> dsg.containsGraph(EDITS))) {
                // The default graph always exists: deleting it when nothing was written there is done (not 404).
                // Only on the write endpoint, behind its password: the read endpoint answers 405 as before.
                ((HttpServletResponse) response).setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            boolean read = req.getMethod().equals("GET") || req.getMethod().equals("HEAD");
            chain.doFilter(new Named(req, read ? UNION : ArticleStore.EDITS_GRAPH), response);
        }
    }

    private static final class Named extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        Named(HttpServletRequest req, String graph) {
            super(req);
            Map<String, String[]> m = new LinkedHashMap<>(req.getParameterMap());
            m.remove("default");
            m.put("graph", new String[] {graph});
            this.params = Collections.unmodifiableMap(m);
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String getQueryString() {
            return "graph=" + java.net.URLEncoder.encode(getParameter("graph"), StandardCharsets.UTF_8);
        }
    }
}
