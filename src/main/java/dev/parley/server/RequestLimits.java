package dev.parley.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The size limits of a request, held in front of every servlet, whatever the way the request arrives: the query
 * string (414), the header fields (431) and the body (413). A body is read here, counted as it streams in, and
 * refused the moment it passes the limit, whether it came with {@code Content-Length} (refused before a byte is
 * read), chunked, as a form or as multipart; what is under the limit is handed on whole, with a
 * {@code Content-Length}. A body still compressed here (an encoding the compression handler in front did not
 * undo) is refused with 415, so that nothing behind inflates it past the limit.
 * <p>
 * Jetty's own parser holds the request line and the header fields together to {@link #parserHeaderBytes()}; the
 * two limits are then told apart here.
 */
final class RequestLimits extends Handler.Wrapper {
    private final long maxBodyBytes;
    private final int maxHeaderBytes;

    RequestLimits(long maxBodyBytes, int maxHeaderBytes) {
        if (maxBodyBytes < 1 || maxHeaderBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBodyBytes + ", " + maxHeaderBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /** The most bytes of request line and header fields Jetty's parser takes before it refuses (414 or 431). */
    int parserHeaderBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 1, maxBodyBytes + maxHeaderBytes + 8_192);
    }

    String bodyMessage() {
        return "The request body is over the limit of " + maxBodyBytes + " bytes";
    }

    String urlMessage() {
        return "The request URL is over the limit of " + maxBodyBytes + " bytes; send the query with POST";
    }

    String headerMessage() {
        return "The request header fields are over the limit of " + maxHeaderBytes + " bytes";
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String query = request.getHttpURI().getQuery();
        if (query != null && query.length() > maxBodyBytes) {
            Response.writeError(request, response, callback, 414, urlMessage());
            return true;
        }
        if (headerBytes(request.getHeaders()) > maxHeaderBytes) {
            Response.writeError(request, response, callback, 431, headerMessage());
            return true;
        }
        long length = request.getLength();
        if (length > maxBodyBytes) {
            Response.writeError(request, response, callback, 413, bodyMessage());
            return true;
        }
        boolean hasBody = length > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!hasBody) {
            return super.handle(request, response, callback);
        }
        String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
            Response.writeError(request, response, callback, 415, "Content-Encoding " + encoding
                    + " is not accepted for a request body (send it as it is, or gzip)");
            return true;
        }
        byte[] body;
        try {
            InputStream in = Content.Source.asInputStream(request);
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        } catch (IOException e) {
            Response.writeError(request, response, callback, 400, "The request body could not be read: "
                    + e.getMessage());
            return true;
        }
        if (body.length > maxBodyBytes) {
            Response.writeError(request, response, callback, 413, bodyMessage());
            return true;
        }
        return super.handle(withBody(request, body, request.getHeaders()), response, callback);
    }

    private static long headerBytes(HttpFields fields) {
        long n = 0;
        for (HttpField f : fields) {
            n += f.getName().length() + 4 + (f.getValue() == null ? 0 : f.getValue().length());
        }
        return n;
    }

    /**
     * The request with this body in place of its own and these header fields, told the body's length (and no
     * longer chunked).
     */
    static Request withBody(Request request, byte[] body, HttpFields headers) {
        HttpFields.Mutable fields = HttpFields.build(headers);
        fields.remove(HttpHeader.TRANSFER_ENCODING);
        fields.put(HttpHeader.CONTENT_LENGTH, body.length);
        HttpFields fixed = fields.asImmutable();
        return new Request.Wrapper(request) {
            private final Content.Source source = new ByteBufferContentSource(ByteBuffer.wrap(body));

            @Override
            public HttpFields getHeaders() {
                return fixed;
            }

            @Override
            public long getLength() {
                return body.length;
            }

            @Override
            public Content.Chunk read() {
                return source.read();
            }

            @Override
            public void demand(Runnable demandCallback) {
                source.demand(demandCallback);
            }

            @Override
            public void fail(Throwable failure) {
                source.fail(failure);
            }
        };
    }
}
