package dev.parley.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error responses that Jetty writes itself (a request line or header fields too large for its parser, a
 * servlet's {@code sendError}, a body over the limit): {@code text/plain} with one line of message, as every
 * other error of parley's, never Jetty's HTML page. For the statuses of the size limits the message is parley's
 * own, naming the limit, whoever raised them; for the others it is the message given, or the status's reason.
 */
final class PlainErrors extends ErrorHandler {
    private final Map<Integer, String> messages;

    /** With parley's words for some statuses (e.g. 413 with the size limit), used whatever message came. */
    PlainErrors(Map<Integer, String> messages) {
        this.messages = Map.copyOf(messages);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true; // a message for PUT, DELETE and OPTIONS too, not only GET, POST and HEAD
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String text = messages.get(code);
        if (text == null) {
            text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)), callback);
    }
}
