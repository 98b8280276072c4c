package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.params.provider.Arguments;

import dev.parley.model.Article;

/**
 * Cases for testing one stage alone, read from a data file under {@code src/test/resources/stages/}:
 * <pre>
 *   == a speaker after the quotation
 *   @ published 2025-03-17
 *   &gt; “We will not stop,” said Aldo Vance.
 *   = DIRECT "We will not stop" by Aldo Vance
 *   ! REPORTED "We will not stop" by Aldo Vance
 * </pre>
 * {@code ==} starts a case and names it; {@code >} lines are the article, one paragraph each (the first line is
 * the headline, so a case whose text starts with a paragraph of its own begins with a headline line);
 * {@code @ published} gives the publication date (2025-03-17 if not given, {@code none} for an article without
 * one); {@code =} lines are facts the stage must find and {@code !} lines facts it must not ({@code ! NAME "Air" ...}:
 * no fact that starts so). Each stage's test
 * renders what its layer holds as the same kind of fact lines and checks them with {@link #check}. Lines starting
 * with {@code #} are comments.
 */
final class StageFixtures {
    private StageFixtures() {}

    /** One case: its name, the article, the facts expected and the facts forbidden. */
    record Case(String name, Article article, List<String> expected, List<String> forbidden) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The cases of {@code src/test/resources/stages/FILE}. */
    /** The cases of {@code folder/NAME.txt} for each name, as test arguments named "NAME: case". */
    static List<Arguments> named(String folder, List<String> names) {
        List<Arguments> out = new ArrayList<>();
        for (String name : names) {
            for (Case c : read(folder + "/" + name + ".txt")) {
                out.add(Arguments.of(name + ": " + c.name(), c));
            }
        }
        return out;
    }

    static List<Case> read(String file) {
        Path path = Path.of("src/test/resources/stages").resolve(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> out = new ArrayList<>();
        Draft d = null;
        for (String line : lines) {
            if (line.startsWith("== ")) {
                if (d != null) {
                    out.add(d.build());
                }
                d = new Draft(line.substring(3).strip());
            } else if (line.isBlank() || line.startsWith("#")) {
                continue;
            } else if (d == null) {
                throw new IllegalArgumentException(path + ": a line before the first '== name': " + line);
            } else if (line.startsWith("> ")) {
                d.text.add(line.substring(2));
            } else if (line.startsWith("@ published ")) {
                String date = line.substring(12).strip();
                d.published = date.equals("none") ? null : LocalDate.parse(date);
            } else if (line.startsWith("= ")) {
                d.expected.add(line.substring(2).strip());
            } else if (line.startsWith("! ")) {
                d.forbidden.add(line.substring(2).strip());
            } else {
                throw new IllegalArgumentException(path + ": cannot read line: " + line);
            }
        }
        if (d != null) {
            out.add(d.build());
        }
        return out;
    }

    /** Checks a case against the facts a stage found (rendered as fact lines), naming every miss. */
    static void check(Case c, Set<String> found) {
        List<String> problems = new ArrayList<>();
        for (String e : c.expected()) {
            if (!found.contains(e)) {
                problems.add("missing: " + e);
            }
        }
        for (String f : c.forbidden()) {
            String prefix = f.endsWith(" ...") ? f.substring(0, f.length() - 3) : null;
            if (prefix == null ? found.contains(f) : found.stream().anyMatch(x -> x.startsWith(prefix))) {
                problems.add("found, but must not be: " + f);
            }
        }
        assertTrue(problems.isEmpty(), () -> c.name() + ": " + String.join("; ", problems) + "\n  found: "
                + String.join("\n         ", new TreeSet<>(found)));
    }

    /** The facts as a sorted set, for {@link #check}. */
    static <T> Set<String> facts(List<T> items, Function<T, String> render) {
        Set<String> out = new TreeSet<>();
        for (T t : items) {
            out.add(render.apply(t));
        }
        return out;
    }

    private static final class Draft {
        final String name;
        final List<String> text = new ArrayList<>();
        final List<String> expected = new ArrayList<>();
        final List<String> forbidden = new ArrayList<>();
        LocalDate published = LocalDate.of(2025, 3, 17);

        Draft(String name) {
            this.name = name;
        }

        Case build() {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("case '" + name + "' has no '>' text line");
            }
            String body = String.join("\n", text) + "\n";
            Article a = ArticleReader.of("fixture", body,
                    new Article.Metadata(text.get(0), published, null, null, "en"));
            return new Case(name, a, List.copyOf(expected), List.copyOf(forbidden));
        }
    }
}
