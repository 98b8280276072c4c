package dev.parley.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The records of many input files in turn, one file open at a time.
 * <pre>
 *   try (InputRecords in = new InputRecords(files, InputOptions.defaults())) {
 *       for (SourceRecord r = in.next(); r != null; r = in.next()) { ... }
 *   }
 * </pre>
 */
public final class InputRecords implements RecordReader {
    private final List<Path> files;
    private final InputOptions options;
    private int index;
    private RecordReader current;

    public InputRecords(List<Path> files, InputOptions options) {
        this.files = List.copyOf(files);
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public SourceRecord next() {
        while (true) {
            if (current == null) {
                if (index >= files.size()) {
                    return null;
                }
                current = RecordReader.open(files.get(index++), options);
            }
            SourceRecord r = current.next();
            if (r != null) {
                return r;
            }
            current.close();
            current = null;
        }
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
        index = files.size();
    }
}
