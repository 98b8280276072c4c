package dev.parley.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request (method, path, status, milliseconds) on the logger {@code dev.parley.access}; off unless
 * asked for, since per-request logging costs throughput.
 */
final class AccessLog implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("dev.parley.access");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long t0 = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            HttpServletRequest req = (HttpServletRequest) request;
            int status = ((HttpServletResponse) response).getStatus();
            LOG.info("{} {} {} {} ms", req.getMethod(), req.getRequestURI(), status,
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
