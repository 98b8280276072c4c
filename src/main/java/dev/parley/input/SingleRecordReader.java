package dev.parley.input;

import java.nio.file.Path;

/** A file that holds one article: its one record, read on the first {@link #next}, then null. */
abstract class SingleRecordReader implements RecordReader {
    protected final Path file;
    protected final InputOptions options;
    private boolean done;

    SingleRecordReader(Path file, InputOptions options) {
        this.file = file;
        this.options = options;
    }

    @Override
    public final SourceRecord next() {
        if (done) {
            return null;
        }
        done = true;
        return read(Locator.of(file));
    }

    /** The file's record, or its fault as an unreadable record. */
    abstract SourceRecord read(Locator where);

    @Override
    public void close() {}
}
