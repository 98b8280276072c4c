package dev.parley.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Says in the results themselves that the row cap cut a SELECT short, where clients look (none tried reads a
 * response header): SPARQL JSON results get one more top-level member, which the format allows,
 * <pre>
 *   { "parley": { "rowCap": 10000, "truncated": true }, "head": ..., "results": ... }
 * </pre>
 * {@link QueryOperation} marks the request when it cut rows (and sends {@code Parley-Row-Cap}); this filter, on
 * the query endpoints, writes the member ahead of the results when they are JSON. Other formats have the header
 * only.
 */
final class RowCapNotice implements Filter {
    /** Request attribute: the row cap (a Long), set when the rows of the answer were cut to it. */
    static final String CUT = "dev.parley.rowCapCut";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            private ServletOutputStream stream;

            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                if (stream == null) {
                    Object cap = req.getAttribute(CUT);
                    String type = getContentType();
                    boolean json = type != null && type.startsWith("application/sparql-results+json");
                    stream = cap != null && json ? new Member(super.getOutputStream(), "{ \"parley\": { \"rowCap\": "
                            + cap + ", \"truncated\": true },") : super.getOutputStream();
                }
                return stream;
            }
        });
    }

    /** Writes the results with {@code prefix} in place of their opening brace. */
    private static final class Member extends ServletOutputStream {
        private final ServletOutputStream out;
        private final byte[] prefix;
        private boolean opened;

        Member(ServletOutputStream out, String prefix) {
            this.out = out;
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void write(int b) throws IOException {
            if (!opened && b == '{') {
                opened = true;
                out.write(prefix);
            } else if (opened || !Character.isWhitespace(b)) {
                opened = true; // not JSON as expected: pass it on untouched
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int i = off;
            while (!opened && i < off + len) {
                write(b[i++]);
            }
            if (i < off + len) {
                out.write(b, i, off + len - i);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
