package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

import dev.parley.ParleyHome;
import dev.parley.model.Article;
import dev.parley.vocab.Parley;

/**
 * Every word list of the extractor is in its lexicon files: no rule compares tokens with words written in Java,
 * no section of the lexicon goes unread, and every class a section names is declared in the ontology.
 */
class TestLexiconUse {
    private static final Path SOURCES = Path.of("src/main/java/dev/parley/extract");
    /** Files whose literals are the keys and values of file formats, not words compared with article text. */
    private static final java.util.Set<String> FORMATS = java.util.Set.of(
            "ArticleReader.java", // the keys of NAME.meta.json
            "Evaluation.java"); // the statement kinds of NAME.expected.tsv
    /** Sections whose "phrase: Class" lines name the parley class each phrase makes. */
    private static final java.util.Set<String> CLASS_SECTIONS = java.util.Set.of(
            "org-heads", "agreement-triggers", "event-triggers");
    /** A string literal that is a lower-case English word or phrase. */
    private static final Pattern WORD = Pattern.compile("\"([a-z][a-z'\u2019-]*(?: [a-z'\u2019-]+)*)\"");
    /** Literals that name a lexicon section or threshold, not a word compared with the text. */
    private static final Pattern SECTION = Pattern.compile(
            "(lines|words|exact|map|threshold|sectionWords|section)\\(\\s*\"[^\"]*\"\\s*\\)");

    @Test
    void noWordListInJava() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (FORMATS.contains(f.getFileName().toString())) {
                    continue;
                }
                String code = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
                for (String statement : code.split(";")) {
                    String problem = wordList(statement);
                    if (problem != null) {
                        found.add(f.getFileName() + ": " + problem + " in: " + statement.strip().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "word lists written in Java instead of the lexicon:\n" + String.join("\n", found));
    }

    /**
     * What makes a statement a word list: two or more lower-case words as literals in a collection
     * ({@code Set.of("a", "b")}, an array) or compared with text ({@code w.equals("a") || w.equals("b")}), or
     * words joined by "|" in a regular expression; null when it is none of these.
     */
    static String wordList(String statement) {
        String s = SECTION.matcher(statement).replaceAll("");
        int compared = count(COMPARED, s);
        int collected = 0;
        Matcher c = COLLECTION.matcher(s);
        while (c.find()) {
            collected = Math.max(collected, count(WORD, c.group(1) != null ? c.group(1) : c.group(2)));
        }
        if (compared >= 2) {
            return compared + " words compared";
        }
        if (collected >= 2) {
            return collected + " words in a collection";
        }
        return ALTERNATION.matcher(s).find() ? "words in a regular expression" : null;
    }

    private static final Pattern COMPARED = Pattern.compile(
            "\\.(?:equals|equalsIgnoreCase|contains|startsWith|endsWith|indexOf)\\(\\s*\"[a-z][a-z'\u2019 -]+\"\\s*\\)");
    /** Arguments of a collection factory ({@code Set.of(...)}, {@code asList(...)}) or an array initialiser. */
    private static final Pattern COLLECTION = Pattern.compile("(?:\\.of|asList)\\(([^()]*)\\)|\\{([^{}]*)\\}");
    private static final Pattern ALTERNATION = Pattern.compile("\"[^\"]*[a-z]{2,}\\|[a-z]{2,}[^\"]*\"");

    private static int count(Pattern p, String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    @Test
    void everySectionIsRead() {
        Lexicon lexicon = Lexicon.get();
        Extractor extractor = Extractor.withoutRegistry();
        extractor.extract(ArticleReader.of("lexicon-check", "Talks\nThe envoy said on Monday that talks go on.\n",
                new Article.Metadata("Talks", java.time.LocalDate.of(2025, 3, 17), null, null, "en")));
        java.util.Set<String> unread = new java.util.TreeSet<>(lexicon.unread());
        assertEquals(List.of(), List.copyOf(unread), "lexicon sections no rule reads");
    }

    @Test
    void everyClassNamedIsInTheOntology() {
        JenaSystem.init();
        Model ontology = RDFDataMgr.loadModel(ParleyHome.get().ontology().resolve("parley.ttl").toString());
        List<String> missing = new ArrayList<>();
        for (String section : CLASS_SECTIONS) {
            for (var e : Lexicon.get().map(section).entrySet()) {
                if (!ontology.contains(ResourceFactory.createResource(Parley.NS + e.getValue()), RDF.type,
                        OWL.Class)) {
                    missing.add("[" + section + "] " + e.getKey() + ": " + e.getValue());
                }
            }
        }
        assertEquals(List.of(), missing, "classes named in the lexicon but not declared in ontology/parley.ttl");
    }
}
