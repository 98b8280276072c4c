package dev.parley.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data file of this package in {@code [section]} blocks of lines; {@code #} starts a comment line.
 * <pre>
 *   Map&lt;String, List&lt;String&gt;&gt; s = SectionFile.read("page-metadata.txt");
 * </pre>
 */
final class SectionFile {
    private SectionFile() {}

    /** Each section's non-blank lines, stripped, in file order. */
    static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = SectionFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = out.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": a line before any [section]: " + l);
                } else {
                    current.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** Each section's words (its lines split at white space). */
    static Map<String, List<String>> words(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        read(resource).forEach((k, lines) -> out.put(k, lines.stream()
                .flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))).toList()));
        return out;
    }
}
