package dev.parley.input;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one article came from: a file and, for a file of many articles, its place in it ({@code line=12} in
 * JSON Lines, {@code offset=4096} in a WARC file). Its text form is what load records keep as the source:
 * <pre>
 *   Locator.parse("/data/feed.jsonl#line=12").file();   // /data/feed.jsonl
 *   new Locator(Path.of("/data/x.txt"), null).toString(); // /data/x.txt, as records of .txt articles always were
 * </pre>
 *
 * @param file     the file, absolute and normalised
 * @param position {@code line=N} or {@code offset=N}, or null when the file is one article
 */
public record Locator(Path file, String position) {
    private static final Pattern POSITION = Pattern.compile("#((?:line|offset)=\\d+)$");

    public Locator {
        Objects.requireNonNull(file, "file");
        file = file.toAbsolutePath().normalize();
        if (position != null && !position.matches("(line|offset)=\\d+")) {
            throw new IllegalArgumentException("position must be line=N or offset=N: " + position);
        }
    }

    /** The locator of a whole file. */
    public static Locator of(Path file) {
        return new Locator(file, null);
    }

    /** The locator of line {@code n} (from 1) of a file. */
    public static Locator line(Path file, long n) {
        return new Locator(file, "line=" + n);
    }

    /** The locator of the record at byte {@code offset} of a file. */
    public static Locator offset(Path file, long offset) {
        return new Locator(file, "offset=" + offset);
    }

    /** Reads a locator's text form back; a path with no {@code #line=}/{@code #offset=} is a whole file. */
    public static Locator parse(String text) {
        Matcher m = POSITION.matcher(text);
        if (m.find()) {
            return new Locator(Path.of(text.substring(0, m.start())), m.group(1));
        }
        return new Locator(Path.of(text), null);
    }

    @Override
    public String toString() {
        return position == null ? file.toString() : file + "#" + position;
    }
}
