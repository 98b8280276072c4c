package dev.parley.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which JSON fields hold an article's parts in a JSON Lines file: for each part, field names tried in turn.
 * <pre>
 *   JsonFields f = JsonFields.defaults().with("text=body,published=date");
 *   f.names(JsonFields.Part.TEXT);   // [body]
 * </pre>
 * The defaults, from {@code json-fields.txt}, are the names of common news exports.
 */
public final class JsonFields {
    /** The parts of an article a record can give. */
    public enum Part { TITLE, TEXT, PUBLISHED, URL, SOURCE, LANGUAGE;

        /** The part's name as written in {@code --fields} and the defaults file. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Part of(String key) {
            for (Part p : values()) {
                if (p.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown article part \"" + key.strip() + "\" (known: "
                    + String.join(", ", Arrays.stream(values()).map(Part::key).toList()) + ")");
        }
    }

    private static final JsonFields DEFAULTS = readDefaults();

    private final Map<Part, List<String>> names;

    private JsonFields(Map<Part, List<String>> names) {
        EnumMap<Part, List<String>> copy = new EnumMap<>(Part.class);
        names.forEach((p, n) -> copy.put(p, List.copyOf(n)));
        for (Part p : Part.values()) {
            copy.putIfAbsent(p, List.of());
        }
        this.names = copy;
    }

    /** The field names of common exports. */
    public static JsonFields defaults() {
        return DEFAULTS;
    }

    /**
     * These names with some parts' names replaced: {@code part=field[|field...]} pairs separated by commas,
     * e.g. {@code text=body,published=date}. A malformed mapping or an unknown part is an
     * {@link IllegalArgumentException} saying which.
     */
    public JsonFields with(String mapping) {
        Objects.requireNonNull(mapping, "mapping");
        EnumMap<Part, List<String>> out = new EnumMap<>(names);
        for (String pair : mapping.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("\"" + pair.strip() + "\" is not part=field (e.g. text=body)");
            }
            List<String> fields = Arrays.stream(pair.substring(eq + 1).split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("\"" + pair.strip() + "\" names no field");
            }
            out.put(Part.of(pair.substring(0, eq)), fields);
        }
        return new JsonFields(out);
    }

    /** The field names tried for a part, in order. */
    public List<String> names(Part part) {
        return names.get(part);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        names.forEach((p, n) -> sb.append(sb.length() == 0 ? "" : ",").append(p.key()).append('=')
                .append(String.join("|", n)));
        return sb.toString();
    }

    private static JsonFields readDefaults() {
        EnumMap<Part, List<String>> names = new EnumMap<>(Part.class);
        try (InputStream in = JsonFields.class.getResourceAsStream("json-fields.txt")) {
            if (in == null) {
                throw new IllegalStateException("json-fields.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                names.put(Part.of(l.substring(0, colon)), List.of(l.substring(colon + 1).strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JsonFields(names);
    }
}
