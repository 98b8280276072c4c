package dev.parley.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * HEAD on a SPARQL query endpoint, answered as the GET would be, status and headers alike, without the body
 * (Jetty sends none for a HEAD, whatever is written). Fuseki's query operation knows only GET, POST and QUERY and
 * answers 405, though its OPTIONS lists HEAD; the request is handed on as a GET.
 */
final class HeadAsGet implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if ("HEAD".equals(req.getMethod())) {
            chain.doFilter(new HttpServletRequestWrapper(req) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
