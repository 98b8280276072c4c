package dev.parley.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The input formats, told apart by how a file's name ends.
 * <pre>
 *   InputFormat.find(Path.of("feed.jsonl.gz"));   // Optional[JSON_LINES]
 * </pre>
 */
public enum InputFormat {
    /** {@code NAME.txt}, its first line the headline, with an optional {@code NAME.meta.json}. */
    TEXT(true, TextFileReader::new, ".txt"),
    /** One article per line as a JSON object; gzipped or not. */
    JSON_LINES(false, JsonLinesReader::new, ".jsonl", ".jsonl.gz"),
    /** A saved web page. */
    HTML(true, HtmlFileReader::new, ".html", ".htm"),
    /** A web archive: each HTML response record is an article; gzipped per record or not. */
    WARC(false, WarcFileReader::new, ".warc", ".warc.gz");

    private final boolean singleRecord;
    private final BiFunction<Path, InputOptions, RecordReader> reader;
    private final List<String> suffixes;

    InputFormat(boolean singleRecord, BiFunction<Path, InputOptions, RecordReader> reader, String... suffixes) {
        this.singleRecord = singleRecord;
        this.reader = reader;
        this.suffixes = List.of(suffixes);
    }

    /** The format of a file by its name, or empty when it is none of them. */
    public static Optional<InputFormat> find(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.suffixes.stream().anyMatch(name::endsWith)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a file named explicitly: by its name, else text (whose reader then says what is wrong). */
    public static InputFormat of(Path file) {
        return find(file).orElse(TEXT);
    }

    /** Whether every file of this format is one article. */
    public boolean singleRecord() {
        return singleRecord;
    }

    /** How file names of this format end. */
    public List<String> suffixes() {
        return suffixes;
    }

    /** The file's name without this format's suffix (its stem, for article names). */
    public String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String s : suffixes) {
            if (lower.endsWith(s)) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return name;
    }

    /** Opens a reader of the file's records; faults of the file are records of the reader, not exceptions. */
    RecordReader open(Path file, InputOptions options) {
        return reader.apply(file, options);
    }

    /** Every suffix of every format, for messages: {@code *.txt, *.jsonl, ...}. */
    public static String patterns() {
        StringBuilder sb = new StringBuilder();
        for (InputFormat f : values()) {
            for (String s : f.suffixes) {
                sb.append(sb.length() == 0 ? "" : ", ").append('*').append(s);
            }
        }
        return sb.toString();
    }
}
