package dev.parley.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, each at most a given number of bytes: a longer line is skipped to its end without
 * being held, so that one runaway line cannot fill memory. Lines end at {@code \n}; a {@code \r} before it is
 * dropped. Splitting bytes (not characters) is safe for UTF-8, whose multi-byte sequences never hold {@code \n}.
 */
final class BoundedLines {
    /** One line: its bytes, or null when it was longer than the limit (then {@code length} says how long). */
    record Line(byte[] bytes, long length) {}

    private final InputStream in;
    private final long max;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);

    BoundedLines(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        buf.reset();
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (length < max) {
                buf.write(b);
            } else if (length == max) {
                buf.reset();
            }
            length++;
            b = in.read();
        }
        if (length > max) {
            return new Line(null, length);
        }
        byte[] bytes = buf.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(bytes, length);
    }
}
