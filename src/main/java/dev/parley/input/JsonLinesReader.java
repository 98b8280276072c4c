package dev.parley.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonValue;

import dev.parley.ParleyException.BadInputException;

/**
 * A JSON Lines file ({@code .jsonl}, or gzipped {@code .jsonl.gz}): one article per line, read a line at a time.
 * Blank lines are skipped; a line that is not UTF-8, not a JSON object or not an article is an unreadable record
 * at {@code line=N}, and the lines after it are read on. A stream that breaks (a truncated gzip file) ends the
 * file with one unreadable record where it broke.
 */
final class JsonLinesReader implements RecordReader {
    private final Path file;
    private final InputOptions options;
    private InputStream in;
    private BoundedLines lines;
    private long line;
    private boolean done;

    JsonLinesReader(Path file, InputOptions options) {
        this.file = file;
        this.options = options;
    }

    @Override
    public SourceRecord next() {
        while (!done) {
            Locator where = Locator.line(file, line + 1);
            BoundedLines.Line l;
            try {
                if (lines == null) {
                    open();
                }
                l = lines.next();
            } catch (IOException e) {
                done = true;
                return new SourceRecord.Unreadable(line == 0 ? Locator.of(file) : where,
                        "cannot read the file " + (line == 0 ? "" : "past line " + line + " ") + "(" + e + ")");
            }
            if (l == null) {
                done = true;
                return null;
            }
            line++;
            if (l.bytes() == null) {
                return new SourceRecord.Unreadable(where, "the line is " + l.length() + " bytes, over the limit of "
                        + options.maxBytes() + " bytes");
            }
            SourceRecord r = record(where, l.bytes());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The record of one line, or null when the line is blank. */
    private SourceRecord record(Locator where, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new SourceRecord.Unreadable(where, "not UTF-8 text (" + e.getMessage() + ")");
        }
        if (text.isBlank()) {
            return null;
        }
        JsonValue v;
        try {
            v = JSON.parseAny(text);
        } catch (JsonException | IllegalArgumentException e) {
            return new SourceRecord.Unreadable(where, "not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Jena's JSON parser reports some faults (a bad escape, deep nesting) with other exceptions.
            return new SourceRecord.Unreadable(where, "not valid JSON: " + e);
        }
        if (!v.isObject()) {
            return new SourceRecord.Unreadable(where, "not a JSON object");
        }
        try {
            var article = JsonArticle.read(v.getAsObject(), options.fields(), file, line);
            return new SourceRecord.Read(where, article, ArticleDigest.sha256(article));
        } catch (BadInputException e) {
            return new SourceRecord.Unreadable(where, e.getMessage());
        }
    }

    private void open() throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in = raw;
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            try {
                in = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
            } catch (IOException e) {
                raw.close();
                throw e;
            }
        }
        lines = new BoundedLines(in, options.maxBytes());
    }

    @Override
    public void close() {
        done = true;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // Nothing was written; a file that fails to close has been read already.
            }
        }
    }
}
