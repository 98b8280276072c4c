package dev.parley.server;

import java.util.Map;

import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * What stands between Jetty's connector and Fuseki's servlets, set on the Jetty server that Fuseki has built
 * (before it starts): the parser's limit on the request line and header fields, the error pages (plain text, see
 * {@link PlainErrors}; the server's, for what its parser refuses, and the servlets'), and the handlers that see every
 * request before any servlet does, outermost first:
 * <pre>
 *   CorsPolicy → CompressionHandler → CompressionThreshold → RequestLimits → BodyCharset → Fuseki's servlets
 * </pre>
 * Compression (Jetty's handler, gzip): a response over {@link #COMPRESS_ABOVE_BYTES} goes gzipped to a client
 * that accepts it; a gzipped request body is inflated on its way in, in front of the size limit, so that the
 * limit counts what the servlets will read.
 */
final class JettyEdge {
    /** Below this, a response fits in a packet or two and compressing it saves little. */
    static final int COMPRESS_ABOVE_BYTES = 2_048;

    private JettyEdge() {}

    static void install(Server server, CorsPolicy cors, RequestLimits limits, long maxFormBytes) {
        for (Connector c : server.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(limits.parserHeaderBytes());
            }
        }
        PlainErrors errors = new PlainErrors(Map.of(413, limits.bodyMessage(), 414, limits.urlMessage(),
                431, limits.headerMessage()));
        server.setErrorHandler(errors);
        Handler context = server.getHandler();
        if (context instanceof ServletContextHandler servlets) {
            servlets.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxFormBytes));
            servlets.setErrorHandler(errors);
        }
        BodyCharset charset = new BodyCharset();
        charset.setHandler(context);
        limits.setHandler(charset);
        CompressionThreshold threshold = new CompressionThreshold(COMPRESS_ABOVE_BYTES);
        threshold.setHandler(limits);
        CompressionHandler compression = new CompressionHandler(threshold);
        GzipCompression gzip = new GzipCompression();
        gzip.setMinCompressSize(COMPRESS_ABOVE_BYTES);
        compression.putCompression(gzip);
        cors.setHandler(compression);
        server.setHandler(cors);
    }
}
