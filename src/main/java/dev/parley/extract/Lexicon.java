package dev.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.parley.ParleyException;

/**
 * The extractor's general English word lists: speech verbs, titles, role nouns, determiners, clause starters,
 * date words, event triggers and the like, and the thresholds the rules use. Rules, not names: no person, state
 * or place is named in them (names live in {@code data/entities.ttl}).
 * <pre>
 *   Lexicon lex = Lexicon.get();
 *   Set&lt;String&gt; titles = lex.words("person-titles");
 *   int window = lex.threshold("attribution-window");
 * </pre>
 * The lists are text files beside this class: {@code lexicon.txt} and the files its {@code [files]} section
 * names. One entry per line; {@code #} starts a comment; {@code [name]} starts a list; a line {@code key: value}
 * is also a map entry. A section name is unique across the files. The lexicon remembers which sections were
 * asked for, so that a test can find a list no rule reads ({@link #unread()}).
 */
final class Lexicon {
    private static final String MAIN = "lexicon.txt";
    private static final Lexicon DEFAULT = load(MAIN);

    private final Map<String, List<String>> sections;
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    private Lexicon(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** The word lists shipped with parley. */
    static Lexicon get() {
        return DEFAULT;
    }

    /** The lines of a section, as written (comments and blank lines dropped). */
    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new ParleyException("The extractor lexicon has no section [" + section + "]");
        }
        read.add(section);
        return lines;
    }

    /** The entries of a section as a set of lower-case words or phrases. */
    Set<String> words(String section) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(section)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    /** The entries of a section as a set, exactly as written (for capitalised words). */
    Set<String> exact(String section) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(lines(section)));
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
        return Collections.unmodifiableMap(map);
    }

    /** A named whole number from the {@code [thresholds]} section ("attribution-window: 14"). */
    int threshold(String name) {
        String v = map("thresholds").get(name);
        if (v == null) {
            throw new ParleyException("The extractor lexicon has no threshold " + name + " in [thresholds]");
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ParleyException("Threshold " + name + " in the extractor lexicon is not a whole number: " + v);
        }
    }

    /** Every section name, sorted. */
    Set<String> sections() {
        return Collections.unmodifiableSet(new TreeSet<>(sections.keySet()));
    }

    /** Sections no rule has asked for so far in this process. */
    Set<String> unread() {
        Set<String> out = new TreeSet<>(sections.keySet());
        out.removeAll(read);
        return out;
    }

    private static Lexicon load(String main) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        read(main, sections);
        for (String file : sections.getOrDefault("files", List.of())) {
            read(file, sections);
        }
        sections.replaceAll((k, v) -> Collections.unmodifiableList(v));
        Lexicon lexicon = new Lexicon(Collections.unmodifiableMap(sections));
        lexicon.read.add("files");
        return lexicon;
    }

    private static void read(String resource, Map<String, List<String>> sections) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ParleyException("Extractor lexicon " + resource + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            int n = 0;
            for (String line; (line = r.readLine()) != null;) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    String name = s.substring(1, s.length() - 1);
                    if (sections.containsKey(name)) {
                        throw new ParleyException(resource + ":" + n + ": section [" + name + "] is defined twice");
                    }
                    current = new ArrayList<>();
                    sections.put(name, current);
                } else if (current == null) {
                    throw new ParleyException(resource + ":" + n + ": an entry before any [section]");
                } else {
                    current.add(s);
                }
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot read extractor lexicon " + resource + ": " + e.getMessage(), e);
        }
    }
}
