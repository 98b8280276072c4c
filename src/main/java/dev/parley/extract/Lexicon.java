package dev.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.parley.ParleyException;

/**
 * The extractor's general English word lists ({@code lexicon.txt} beside this class): speech verbs, titles, role
 * nouns, organisation heads and the like. Rules, not names: no person, state or place is named in it.
 * Each section is a list of lines; a line "key: value" is also available as a map entry.
 */
final class Lexicon {
    private static final Lexicon DEFAULT = load("lexicon.txt");

    private final Map<String, List<String>> sections;

    private Lexicon(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Lexicon get() {
        return DEFAULT;
    }

    /** The lines of a section, as written (comments and blank lines dropped). */
    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new ParleyException("The extractor lexicon has no section [" + section + "]");
        }
        return lines;
    }

    /** The "key: value" lines of a section as a map; a line without a colon maps to itself. */
    Map<String, String> map(String section) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines(section)) {
            int colon = line.indexOf(": ");
            if (colon < 0) {
                map.put(line, line);
            } else {
                map.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
            }
        }
        return map;
    }

    private static Lexicon load(String resource) {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ParleyException("Extractor lexicon " + resource + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line; (line = r.readLine()) != null;) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(s.substring(1, s.length() - 1), current);
                } else if (current != null) {
                    current.add(s);
                }
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot read extractor lexicon " + resource + ": " + e.getMessage(), e);
        }
        sections.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new Lexicon(Map.copyOf(sections));
    }
}
