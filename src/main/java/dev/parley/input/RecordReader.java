package dev.parley.input;

import java.nio.file.Path;

/**
 * Streams the records of one input file, one at a time, holding no more than the record at hand.
 * <pre>
 *   try (RecordReader r = RecordReader.open(Path.of("feed.jsonl"), InputOptions.defaults())) {
 *       for (SourceRecord rec = r.next(); rec != null; rec = r.next()) { ... }
 *   }
 * </pre>
 * A fault of the file or of one record (cannot be opened, broken line, page with no article) is an
 * {@link SourceRecord.Unreadable} record; a reader throws only for faults of the program.
 */
public interface RecordReader extends AutoCloseable {
    /** A reader for the file, chosen by its name ({@link InputFormat#of}). */
    static RecordReader open(Path file, InputOptions options) {
        return InputFormat.of(file).open(file, options);
    }

    /** The next record, or null after the last. */
    SourceRecord next();

    /** Releases the file. */
    @Override
    void close();
}
