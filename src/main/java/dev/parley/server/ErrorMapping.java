package dev.parley.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyException.NotFoundException;

/**
 * parley's exceptions as HTTP statuses, in one place: not found 404, bad input 400, a query that asks for what
 * this server refuses (a SERVICE off its allow-list) 422 as Fuseki does, a query over its time limit 503, a request
 * that Jetty refused to read (an {@link HttpException} of 4xx) its status, anything else 500 (logged, with a
 * message that leaks no internals). The body is the message as plain text.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    static int status(RuntimeException e) {
        if (e instanceof NotFoundException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (e instanceof BadInputException) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        if (e instanceof HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
            return h.getCode(); // Jetty refusing what it was sent (parameters it cannot decode, for one)
        }
        if (e instanceof QueryCancelledException) {
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (e instanceof QueryDeniedException) {
            return 422; // as Fuseki answers the same refusal on /sparql
        }
        if (e instanceof QueryExecException) {
            // What the query asked for cannot be done here (a SERVICE not on the allow-list, for one).
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Sends the status for {@code e} with its message (unless the response is already committed). */
    static void send(HttpServletResponse resp, RuntimeException e) throws IOException {
        int status = status(e);
        String message = switch (status) {
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> "The query ran over the server's time limit";
            case HttpServletResponse.SC_INTERNAL_SERVER_ERROR -> "Internal error; the server log has the details";
            default -> e instanceof HttpException h ? h.getReason() : e.getMessage();
        };
        if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            LOG.error("Internal error", e);
        }
        send(resp, status, message);
    }

    static void send(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
