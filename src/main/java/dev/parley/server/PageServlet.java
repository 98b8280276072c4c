package dev.parley.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The query page at {@code /} and what it loads: parley's own page and script, and YASGUI's self-contained
 * build from its webjar on the class path ({@code /webjars/yasgui/...}), so that the page works with no network.
 * Only the files named here are served: no path from the request reaches the class path.
 */
final class PageServlet extends HttpServlet implements Filter {
    private static final long serialVersionUID = 1L;
    private static final String YASGUI = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"/dev/parley/server/index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"/dev/parley/server/index.html", "text/html; charset=utf-8"},
            "/parley-page.js", new String[] {"/dev/parley/server/parley-page.js", "text/javascript; charset=utf-8"},
            "/webjars/yasgui/yasgui.min.js", new String[] {YASGUI + "yasgui.min.js", "text/javascript; charset=utf-8"},
            "/webjars/yasgui/yasgui.min.css", new String[] {YASGUI + "yasgui.min.css", "text/css; charset=utf-8"});

    /** As a filter on every path: serves the page's files, passes everything else on. */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if ("GET".equals(req.getMethod()) && FILES.containsKey(path)) {
            doGet(req, (HttpServletResponse) response);
        } else {
            chain.doFilter(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String[] file = FILES.get(path);
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + path);
            return;
        }
        try (InputStream in = PageServlet.class.getResourceAsStream(file[0])) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Missing resource " + file[0]);
                return;
            }
            resp.setContentType(file[1]);
            resp.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
