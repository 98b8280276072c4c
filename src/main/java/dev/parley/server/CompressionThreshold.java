package dev.parley.server;

import java.nio.ByteBuffer;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Makes Jetty's compression threshold hold for responses of unknown length. The compression handler in front
 * leaves a response uncompressed when it knows it is small: by its {@code Content-Length}, or by a first write
 * that is also the last. Fuseki flushes its results once written, so a small answer reaches it as a write that
 * is not the last, and would be compressed however small. Here the first bytes of a response are held until
 * there are {@code threshold} of them or the response ends, then handed on in one write.
 */
final class CompressionThreshold extends Handler.Wrapper {
    private final int threshold;

    CompressionThreshold(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Holding holding = new Holding(request, response, threshold);
        // A handler that completes without a last write still has what was held sent.
        return super.handle(request, holding, new Callback() {
            @Override
            public void succeeded() {
                if (holding.holds()) {
                    holding.write(true, BufferUtil.EMPTY_BUFFER, callback);
                } else {
                    callback.succeeded();
                }
            }

            @Override
            public void failed(Throwable x) {
                callback.failed(x);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        });
    }

    private static final class Holding extends Response.Wrapper {
        private final int threshold;
        private ByteBuffer held;
        private boolean passing;

        Holding(Request request, Response wrapped, int threshold) {
            super(request, wrapped);
            this.threshold = threshold;
        }

        boolean holds() {
            return !passing && held != null;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (passing) {
                super.write(last, content, callback);
                return;
            }
            int have = held == null ? 0 : held.position();
            int n = BufferUtil.length(content);
            if (!last && have + n < threshold) {
                if (held == null) {
                    held = ByteBuffer.allocate(threshold);
                }
                if (n > 0) {
                    held.put(content); // consumed: the writer takes its bytes as written
                }
                callback.succeeded();
                return;
            }
            passing = true;
            if (held == null) {
                super.write(last, content, callback);
                return;
            }
            ByteBuffer all = ByteBuffer.allocate(have + n);
            all.put(held.flip());
            if (n > 0) {
                all.put(content);
            }
            held = null;
            super.write(last, all.flip(), callback);
        }
    }
}
