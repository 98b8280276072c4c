package dev.parley.server;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Cross-origin requests from browsers, decided before anything else (authentication included), so that the
 * preflight of an authenticated update is answered (204) instead of being asked for a password it cannot send.
 * <ul>
 *   <li>Any origin may read, anonymously: {@code Access-Control-Allow-Origin: *}, no credentials.</li>
 *   <li>Only the origins configured ({@code --cors-origins}) get their own origin back with
 *       {@code Access-Control-Allow-Credentials: true}: a page there may send the browser's credentials (an
 *       update as a writer). Any other page may still send an {@code Authorization} header it set itself.</li>
 *   <li>Every response says {@code Vary: Origin}, since what it carries depends on it.</li>
 * </ul>
 * The headers are set before the request goes on and set again at the first write of the body, so that a
 * servlet that resets its response (to send an error) keeps them.
 */
final class CorsPolicy extends Handler.Wrapper {
    private static final String METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
    private static final Set<String> REQUEST_HEADERS = Set.of("accept", "accept-language", "content-language",
            "content-type", "authorization", "cache-control", "if-match", "if-none-match", "if-modified-since",
            "x-requested-with");
    private static final String EXPOSED = "Parley-Row-Cap, Fuseki-Request-Id, Content-Disposition, ETag, Link, "
            + "Location, WWW-Authenticate";
    private static final long PREFLIGHT_MAX_AGE_SECONDS = 600;

    private final Set<String> trusted;

    /** With the origins ({@code https://app.example:8443}, no path) whose pages may send credentials. */
    CorsPolicy(java.util.Collection<String> trustedOrigins) {
        this.trusted = Set.copyOf(trustedOrigins);
    }

    /** Checks that {@code origin} is an origin as browsers send it: scheme, host, optional port, no path. */
    static String checkOrigin(String origin) {
        if (!origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
            throw new IllegalArgumentException("not an origin (scheme://host[:port], no path): " + origin);
        }
        return origin;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        List<HttpField> fields = new ArrayList<>();
        fields.add(new HttpField(HttpHeader.VARY, "Origin"));
        if (origin != null) {
            boolean withCredentials = trusted.contains(origin);
            fields.add(new HttpField(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, withCredentials ? origin : "*"));
            if (withCredentials) {
                fields.add(new HttpField(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true"));
            }
            String method = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
            if ("OPTIONS".equals(request.getMethod()) && method != null) {
                preflight(request, response, callback, fields);
                return true;
            }
            fields.add(new HttpField(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED));
        }
        apply(response.getHeaders(), fields);
        return super.handle(request, new Response.Wrapper(request, response) {
            private boolean written;

            @Override
            public void write(boolean last, ByteBuffer content, Callback writeCallback) {
                if (!written) {
                    written = true;
                    apply(getHeaders(), fields);
                }
                super.write(last, content, writeCallback);
            }
        }, callback);
    }

    private static void preflight(Request request, Response response, Callback callback, List<HttpField> fields) {
        HttpFields.Mutable h = response.getHeaders();
        apply(h, fields);
        h.ensureField(new HttpField(HttpHeader.VARY, "Access-Control-Request-Method, Access-Control-Request-Headers"));
        h.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
        String asked = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
        if (asked != null) {
            List<String> allowed = new ArrayList<>();
            for (String name : asked.split(",")) {
                String n = name.strip();
                if (REQUEST_HEADERS.contains(n.toLowerCase(Locale.ROOT))) {
                    allowed.add(n);
                }
            }
            if (!allowed.isEmpty()) {
                h.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", allowed));
            }
        }
        h.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE_SECONDS);
        response.setStatus(204);
        callback.succeeded();
    }

    private static void apply(HttpFields.Mutable headers, List<HttpField> fields) {
        for (HttpField f : fields) {
            if (f.getHeader() == HttpHeader.VARY) {
                headers.ensureField(f);
            } else {
                headers.put(f);
            }
        }
    }
}
