package dev.parley.server;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import dev.parley.query.DataVersion;
import dev.parley.query.QueryService;
import dev.parley.query.SavedQueries;
import dev.parley.report.Report;
import dev.parley.report.ReportFile;

/**
 * The report at {@code /report/} ({@code index.html}) and {@code /report/NAME} (its other files), the same files
 * {@code parley report} writes, built in memory from the store.
 * <p>
 * The report is kept until the store's data version changes: each request reads the version in a read
 * transaction, and a different version (any load) rebuilds the report within that same transaction. Only the
 * report's own files are served, looked up by exact name; no path from the request reaches the file system.
 */
final class ReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;
    private final transient SavedQueries queries;
    private transient Report current;
    /** Entity tags of the current report's files, computed once per file rather than per request. */
    private transient Map<String, String> etags = new ConcurrentHashMap<>();

    ReportServlet(DatasetGraph dsg, SavedQueries queries) {
        this.dsg = dsg;
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String path = req.getPathInfo();
            if (path == null) {
                resp.sendRedirect(req.getRequestURI() + "/");
                return;
            }
            String name = path.equals("/") ? Report.INDEX : path.substring(1);
            Report report = report();
            Map<String, String> tags = etagsOf(report);
            ReportFile file = report.file(name).orElse(null);
            if (file == null) {
                ErrorMapping.send(resp, HttpServletResponse.SC_NOT_FOUND, "The report has no file \"" + name
                        + "\"; start at /report/");
                return;
            }
            String etag = tags.computeIfAbsent(name, n -> QueryService.etag(file.bytes()));
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", "public, no-cache");
            if (SavedQueryServlet.matches(req.getHeader("If-None-Match"), etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            resp.setContentType(file.mediaType());
            resp.setContentLength(file.bytes().length);
            resp.getOutputStream().write(file.bytes());
        } catch (RuntimeException e) {
            ErrorMapping.send(resp, e);
        }
    }

    /** The entity tags kept for this report, or a fresh map when a newer report has replaced it meanwhile. */
    private synchronized Map<String, String> etagsOf(Report report) {
        return report == current ? etags : new ConcurrentHashMap<>();
    }

    /** The report of the data as it is now: the kept one while the data version is unchanged, else a new one. */
    synchronized Report report() {
        return Txn.calculateRead(dsg, () -> {
            long version = DataVersion.current(dsg);
            if (current == null || version == DataVersion.NONE || current.version() != version) {
                current = Report.of(dsg, queries);
                etags = new ConcurrentHashMap<>();
            }
            return current;
        });
    }
}
