package dev.parley.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC files for tests, record by record as WARC 1.1 lays them out, plain or gzipped per record (as crawlers
 * write {@code .warc.gz}), and remembers the byte offset at which each record starts.
 * <pre>
 *   WarcFixture w = new WarcFixture(true);
 *   long at = w.response("https://x.example/a", "2025-03-15T12:00:00Z", 200, "text/html", html, null);
 *   w.write(dir.resolve("crawl.warc.gz"));
 * </pre>
 */
public final class WarcFixture {
    private final boolean gzip;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Long> offsets = new ArrayList<>();

    public WarcFixture(boolean gzip) {
        this.gzip = gzip;
    }

    public long warcinfo() {
        return record("warcinfo", null, "2025-03-15T11:00:00Z", "application/warc-fields",
                bytes("software: parley tests\r\nformat: WARC File Format 1.1\r\n"));
    }

    public long request(String uri) {
        return record("request", uri, "2025-03-15T12:00:00Z", "application/http; msgtype=request",
                bytes("GET / HTTP/1.1\r\nHost: " + java.net.URI.create(uri).getHost() + "\r\n\r\n"));
    }

    /** An HTTP response record; {@code encoding} "gzip" compresses the body as a server would, or null. */
    public long response(String uri, String date, int status, String type, byte[] body, String encoding) {
        byte[] payload = body;
        if ("gzip".equals(encoding)) {
            payload = gzipped(body);
        }
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + type
                + "\r\n" + (encoding != null ? "Content-Encoding: " + encoding + "\r\n" : "")
                + "Content-Length: " + payload.length + "\r\n\r\n";
        return record("response", uri, date, "application/http; msgtype=response", concat(bytes(head), payload));
    }

    public long dnsResponse(String uri) {
        return record("response", uri, "2025-03-15T12:00:00Z", "text/dns",
                bytes("veldoria.example. 300 IN A 10.0.0.1\n"));
    }

    public long metadata(String uri) {
        return record("metadata", uri, "2025-03-15T12:00:01Z", "application/warc-fields", bytes("outlinks: none\r\n"));
    }

    public long revisit(String uri) {
        return record("revisit", uri, "2025-03-16T12:00:00Z", "application/http; msgtype=response",
                bytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"));
    }

    public long record(String type, String uri, String date, String contentType, byte[] block) {
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
                + "WARC-Date: " + date + "\r\n" + (uri != null ? "WARC-Target-URI: " + uri + "\r\n" : "")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        byte[] record = concat(concat(bytes(head), block), bytes("\r\n\r\n"));
        long at = out.size();
        offsets.add(at);
        out.writeBytes(gzip ? gzipped(record) : record);
        return at;
    }

    public void write(Path file) {
        try {
            Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small news page with navigation, an article of two paragraphs (one a quotation) and a footer. */
    public static byte[] page(String title, String sentence) {
        return bytes("<html><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a> "
                + "<a href='/world'>World</a></nav><article><p>" + sentence + "</p><p>\"We have full access for the "
                + "first time,\" said Dana Ferro, who leads the mission.</p></article><footer>Copyright Ostmark "
                + "Radio</footer></body></html>");
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] gzipped(byte[] b) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(buf)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }
}
