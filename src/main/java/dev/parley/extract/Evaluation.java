package dev.parley.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.parley.ParleyException;

/**
 * Precision and recall of the extractor's statements against hand-written expectations: for each
 * {@code NAME.txt} in a folder, {@code NAME.expected.tsv} lists {@code kind, speaker, text}.
 * <pre>
 *   Evaluation e = Evaluation.run(extractor, Path.of("src/test/resources/articles"));
 *   System.out.print(e.table());
 * </pre>
 * A direct quote counts when its words equal the expected words (trailing commas aside) and its speaker's label
 * is the expected one; a reported statement counts when its clause contains the expected phrase and its speaker
 * is right. A statement with the right words and the wrong speaker counts against precision and recall both.
 */
public final class Evaluation {
    /** Counts for one kind of statement. */
    public record Score(int expected, int found, int correct) {
        public double precision() {
            return found == 0 ? (expected == 0 ? 1 : 0) : (double) correct / found;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(expected + o.expected, found + o.found, correct + o.correct);
        }
    }

    /** The scores for one article, and what went wrong. */
    public record ArticleScore(String name, Score direct, Score reported, List<String> misses) {
        public ArticleScore {
            misses = List.copyOf(misses);
        }
    }

    private record Expected(String kind, String speaker, String text) {}

    private final List<ArticleScore> articles;

    private Evaluation(List<ArticleScore> articles) {
        this.articles = List.copyOf(articles);
    }

    public List<ArticleScore> articles() {
        return articles;
    }

    public Score direct() {
        return articles.stream().map(ArticleScore::direct).reduce(new Score(0, 0, 0), Score::plus);
    }

    public Score reported() {
        return articles.stream().map(ArticleScore::reported).reduce(new Score(0, 0, 0), Score::plus);
    }

    /** Evaluates every article in {@code dir} that has an expected-statements file. */
    public static Evaluation run(Extractor extractor, Path dir) {
        List<ArticleScore> scores = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Path tsv = dir.resolve(name + ".expected.tsv");
                if (Files.exists(tsv)) {
                    scores.add(score(name, extractor.analyse(ArticleReader.read(txt)).statements(), read(tsv)));
                }
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot read " + dir + ": " + e.getMessage(), e);
        }
        if (scores.isEmpty()) {
            throw new ParleyException.BadInputException("No NAME.txt with NAME.expected.tsv in " + dir);
        }
        return new Evaluation(scores);
    }

    private static List<Expected> read(Path tsv) throws IOException {
        List<Expected> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 3 || !(f[0].equals("direct") || f[0].equals("reported"))) {
                throw new ParleyException.BadInputException(tsv + " line " + (i + 1)
                        + ": expected three tab-separated fields: direct|reported, speaker, text");
            }
            rows.add(new Expected(f[0], f[1], f[2]));
        }
        return rows;
    }

    private static ArticleScore score(String name, List<Extractor.FoundStatement> found, List<Expected> expected) {
        List<String> misses = new ArrayList<>();
        Score[] scores = new Score[2];
        String[] kinds = {"direct", "reported"};
        for (int k = 0; k < 2; k++) {
            String kind = kinds[k];
            List<Expected> exp = expected.stream().filter(e -> e.kind.equals(kind)).toList();
            List<Extractor.FoundStatement> got = found.stream().filter(f -> f.kind().equals(kind)).toList();
            boolean[] used = new boolean[got.size()];
            int correct = 0;
            for (Expected e : exp) {
                int match = -1;
                for (int j = 0; j < got.size() && match < 0; j++) {
                    if (!used[j] && textMatches(kind, got.get(j).text(), e.text) && sameSpeaker(got.get(j), e.speaker)) {
                        match = j;
                    }
                }
                if (match >= 0) {
                    used[match] = true;
                    correct++;
                } else {
                    String wrong = "";
                    for (Extractor.FoundStatement f : got) {
                        if (textMatches(kind, f.text(), e.text)) {
                            wrong = " (found with speaker " + f.speakerLabel() + ")";
                        }
                    }
                    misses.add("missed " + kind + " [" + e.speaker + "] " + e.text + wrong);
                }
            }
            for (int j = 0; j < got.size(); j++) {
                if (!used[j]) {
                    misses.add("extra  " + kind + " [" + got.get(j).speakerLabel() + "] " + got.get(j).text());
                }
            }
            scores[k] = new Score(exp.size(), got.size(), correct);
        }
        return new ArticleScore(name, scores[0], scores[1], misses);
    }

    private static boolean textMatches(String kind, String found, String expected) {
        String f = norm(found);
        String e = norm(expected);
        return kind.equals("direct") ? f.equals(e) : f.contains(e);
    }

    static String norm(String s) {
        String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** The expected name is the speaker's label or one of its registered aliases ("Kovač" for "Kovac"). */
    private static boolean sameSpeaker(Extractor.FoundStatement found, String expected) {
        String key = speakerKey(expected);
        if (speakerKey(found.speakerLabel()).equals(key)) {
            return true;
        }
        return found.speakerAliases().stream().anyMatch(a -> speakerKey(a).equals(key));
    }

    private static String speakerKey(String s) {
        String k = EntityRegistry.norm(s).toLowerCase(Locale.ROOT).strip();
        k = k.replaceFirst("^(the|a|an) ", "");
        return k;
    }

    /** A plain-text table: one row per article, then the totals. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-45s %21s   %21s%n", "", "direct quotes", "reported speech"));
        sb.append(String.format("%-45s %5s %5s %5s %5s   %5s %5s %5s %5s%n", "article", "exp", "P", "R", "F1",
                "exp", "P", "R", "F1"));
        for (ArticleScore a : articles) {
            sb.append(row(a.name(), a.direct(), a.reported()));
        }
        sb.append(row("TOTAL", direct(), reported()));
        return sb.toString();
    }

    /** The misses and extras, article by article. */
    public String details() {
        StringBuilder sb = new StringBuilder();
        for (ArticleScore a : articles) {
            if (!a.misses().isEmpty()) {
                sb.append(a.name()).append('\n');
                a.misses().forEach(m -> sb.append("  ").append(m).append('\n'));
            }
        }
        return sb.toString();
    }

    private static String row(String name, Score d, Score r) {
        return String.format(Locale.ROOT, "%-45s %5d %5.2f %5.2f %5.2f   %5d %5.2f %5.2f %5.2f%n", name, d.expected(),
                d.precision(), d.recall(), d.f1(), r.expected(), r.precision(), r.recall(), r.f1());
    }
}
