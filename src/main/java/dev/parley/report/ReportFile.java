package dev.parley.report;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a report.
 *
 * @param name      its file name (no folders: a report is one flat folder)
 * @param mediaType its media type, with the charset for text
 * @param bytes     its content
 */
public record ReportFile(String name, String mediaType, byte[] bytes) {
    public ReportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("a report file name is one plain file name: " + name);
        }
    }

    /** A UTF-8 text file; the media type is given without the charset. */
    static ReportFile text(String name, String mediaType, String text) {
        return new ReportFile(name, mediaType + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
