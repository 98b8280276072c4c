package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyHome;
import dev.parley.model.Article;
import dev.parley.model.DataContract;
import dev.parley.vocab.Nif;
import dev.parley.vocab.Parley;

/**
 * Odd inputs, in memory through {@link ArticleReader#of} and on disk through {@link ArticleReader#read}: each is
 * either refused with a {@link BadInputException} that names the file, or extracted into a graph whose text spans
 * agree with the text (UTF-16 offsets) and which conforms to the data contract.
 */
class TestExtractorRobustness {
    private static final String SEED_HEADLINE = "Trump Announces Plans to Discuss Cease-Fire with Putin on Tuesday";
    private static final String SPEECH = "On Sunday, Trump said that he will call Putin on Tuesday.\n"
            + "\u201CWe\u2019ll discuss land,\u201D Trump told reporters. Zelenskyy said that Ukraine wants a "
            + "30-day cease-fire.\n";

    private static Extractor extractor;
    private static DataContract contract;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        ParleyHome home = ParleyHome.get();
        extractor = Extractor.forHome(home);
        contract = DataContract.load(home.ontology().resolve("shapes.ttl"));
    }

    // ---- Refused input -------------------------------------------------------------------------------------------

    @Test
    void emptyAndBlankTextAreRefused() {
        for (String text : List.of("", " ", "\n", "\r\n\t  \u2003\n")) {
            assertThrows(BadInputException.class, () -> extractor.extract(ArticleReader.of("empty", text, null)),
                    "text " + escape(text));
        }
    }

    @Test
    void emptyAndBlankFilesAreRefusedNamingTheFile() throws IOException {
        assertRefusedNaming(write("empty.txt", new byte[0]), "empty.txt");
        assertRefusedNaming(write("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8)), "blank.txt");
    }

    @Test
    void binaryFileWithNulBytesIsRefused() throws IOException {
        byte[] bytes = "Trump said \0\0\0 that \0 talks will go on.".getBytes(StandardCharsets.UTF_8);
        assertRefusedNaming(write("binary.txt", bytes), "binary.txt");
    }

    @Test
    void binaryTextWithNulCharactersIsRefusedInMemory() {
        String text = "Trump said \0\0\0 that \0 talks will go on.";
        assertThrows(BadInputException.class, () -> extractor.extract(ArticleReader.of("binary", text, null)),
                "NUL characters are binary content, not an article, in memory as on disk");
    }

    @Test
    void nonUtf8FileIsRefusedNamingTheFile() throws IOException {
        byte[] latin1 = "Caf\u00E9 talks in K\u00F6ln: \u201Cno deal\u201D".getBytes(StandardCharsets.ISO_8859_1);
        assertRefusedNaming(write("latin1.txt", latin1), "latin1.txt");
        byte[] broken = {'T', 'a', 'l', 'k', 's', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, '\n'};
        assertRefusedNaming(write("broken.txt", broken), "broken.txt");
    }

    @Test
    void oversizeFileIsRefusedNamingTheFile() throws IOException {
        Path txt = write("big.txt", (SPEECH + SPEECH).getBytes(StandardCharsets.UTF_8));
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleReader.read(txt, 100));
        assertTrue(e.getMessage().contains("big.txt"), "message names the file: " + e.getMessage());
        // The same file within the limit is read.
        assertEquals(SPEECH + SPEECH, ArticleReader.read(txt, 10_000).text());
    }

    @Test
    void malformedOrMistypedMetadataIsRefusedNamingTheMetadataFile() throws IOException {
        List<String> metas = List.of(
                "this is not JSON",
                "{\"title\": \"x\", ",
                "[\"title\", \"x\"]",
                "{\"title\": \"Talks\", \"published\": \"last Sunday\"}",
                "{\"title\": \"Talks\", \"published\": \"2025-02-30\"}",
                "{\"title\": \"Talks\", \"published\": 20250317}",
                "{\"title\": 42, \"published\": \"2025-03-17\"}",
                "{\"title\": \"Talks\", \"published\": \"2025-03-17\", \"author\": \"someone\"}");
        for (String meta : metas) {
            write("meta.txt", SPEECH.getBytes(StandardCharsets.UTF_8));
            write("meta.meta.json", meta.getBytes(StandardCharsets.UTF_8));
            BadInputException e = assertThrows(BadInputException.class, () -> ArticleReader.read(dir.resolve(
                    "meta.txt")), "metadata " + meta);
            assertTrue(e.getMessage().contains("meta.meta.json"), "message names the metadata file: "
                    + e.getMessage());
        }
    }

    // ---- Odd but usable text -------------------------------------------------------------------------------------

    @Test
    void oneWord() {
        checked("one-word", "Ceasefire");
        checked("one-word-newline", "Ceasefire\n");
    }

    @Test
    void noPunctuation() {
        checked("no-punctuation", "Trump said he will talk with Putin on Tuesday about a cease fire in Ukraine and "
                + "Zelenskyy told reporters that Russia must stop the war the envoy said the talks in Jeddah went "
                + "well and NATO said nothing");
    }

    @Test
    void headlineOnly() {
        Graph g = checked("headline-only", SEED_HEADLINE);
        assertEquals(SEED_HEADLINE, title(g));
    }

    @Test
    void onlyQuotationMarks() {
        checked("only-quotes", "\u201C\u201D\u201C\u201D\"\"''\u2018\u2019\u00AB\u00BB\u201E\u201C\u201A\u2018"
                + "\u2039\u203A\u300C\u300D");
        checked("only-quotes-lines", "\u201C\n\u201D\n\"\n\"\n\u2018\n\u2019\n\u00AB\n\u00BB\n");
        checked("only-opening", "\u201C\u201C\u201C\u201C\u201C");
        checked("only-closing", "\u201D\u201D\u201D\u201D");
        checked("quoted-nothing", "\u201C\u201D Trump said. \u201C \u201D, Putin said. \"\", Zelenskyy said.");
    }

    @Test
    void unbalancedQuotationMarks() {
        checked("unbalanced-open", "Talks\n\u201CWe will never agree to this, Trump said on Sunday. Putin said "
                + "that he will wait.\nZelenskyy told reporters that \u201Cnothing is agreed.");
        checked("unbalanced-close", "Talks\nWe will never agree to this,\u201D Trump said.\u201D Putin said.\u201D");
        checked("mixed-marks", "Talks\n\u201CWe will never agree,\" Trump said. \"Ukraine must decide\u201D, "
                + "Zelenskyy said. \u2018Maybe,\u201D the envoy said.");
        checked("nested", "Talks\n\u201CWe said \u2018no\u2019 and \u201Cno\u201D again,\u201D Trump said.");
    }

    @Test
    void rightToLeftScripts() {
        checked("arabic", "\u0645\u062D\u0627\u062F\u062B\u0627\u062A \u0648\u0642\u0641 \u0625\u0637\u0644\u0627"
                + "\u0642 \u0627\u0644\u0646\u0627\u0631\n\u0642\u0627\u0644 \u062A\u0631\u0627\u0645\u0628 "
                + "\u00AB\u0633\u0646\u062A\u062D\u062F\u062B \u064A\u0648\u0645 \u0627\u0644\u062B\u0644\u0627"
                + "\u062B\u0627\u0621\u00BB. Trump said that \u201C\u0627\u0644\u0633\u0644\u0627\u0645\u201D is "
                + "near.");
        checked("hebrew", "\u05E9\u05D9\u05D7\u05D5\u05EA \u05E2\u05DC \u05D4\u05E4\u05E1\u05E7\u05EA "
                + "\u05D0\u05E9\n\u201C\u05E0\u05D3\u05D1\u05E8 \u05D1\u05D9\u05D5\u05DD \u05E9\u05DC\u05D9\u05E9"
                + "\u05D9,\u201D Putin said. \u202B\u05E9\u05DC\u05D5\u05DD\u202C Zelenskyy said that "
                + "\u05DE\u05DC\u05D7\u05DE\u05D4 must end.");
    }

    @Test
    void emojiOffsetsAreUtf16Units() {
        String text = "\uD83D\uDD4A\uFE0F Peace talks \uD83C\uDDFA\uD83C\uDDE6\n"
                + "\uD83D\uDE00 On Sunday, Trump said that he will call Putin \uD83D\uDCDE on Tuesday.\n"
                + "\u201C\uD83D\uDE4F We\u2019ll discuss land \uD83C\uDF3E,\u201D Trump told reporters. "
                + "\uD83D\uDE80\uD83D\uDE80 Zelenskyy \uD83C\uDDFA\uD83C\uDDE6 said that Ukraine wants a 30-day "
                + "cease-fire \uD83D\uDD25.\n";
        Graph g = checked("emoji", text, LocalDate.of(2025, 3, 17));
        assertTrue(statements(g) > 0, "statements are still found among emoji");
    }

    @Test
    void emojiRightAfterACapitalLetterIsNotCutInHalf() {
        // A one-letter capitalised token directly followed by a character outside the BMP.
        checked("emoji-after-capital", "Talks\nK\uD83D\uDE00 said.\nTrump met Q\uD835\uDD18 today.");
    }

    @Test
    void crlfLineEndings() {
        String text = SEED_HEADLINE + "\r\n" + SPEECH.replace("\n", "\r\n") + "\r\n\r\n";
        Graph g = checked("crlf", text, LocalDate.of(2025, 3, 17));
        assertTrue(statements(g) > 0, "statements are found in CRLF text");
        assertFalse(title(g).contains("\r"), "the headline has no CR");
    }

    @Test
    void crlfFile() throws IOException {
        String text = SEED_HEADLINE + "\r\n" + SPEECH.replace("\n", "\r\n");
        Article a = ArticleReader.read(write("crlf-file.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, a.text(), "the text is kept exactly as read");
        checked(a);
    }

    @Test
    void nonBreakingSpaces() {
        String text = "Talks\u00A0in\u00A0Jeddah\nOn\u00A0Sunday, Trump\u00A0said that he\u00A0will call Putin on "
                + "Tuesday.\n\u201CWe\u2019ll\u00A0discuss\u00A0land,\u201D\u00A0Trump told\u00A0reporters. "
                + "Donald\u00A0Trump and Vladimir\u00A0Putin will talk about a 30\u00A0day cease-fire.\u00A0\n";
        Graph g = checked("nbsp", text, LocalDate.of(2025, 3, 17));
        assertTrue(statements(g) > 0, "statements are found in text with non-breaking spaces");
    }

    @Test
    void megabyteOfNewsLikeTextCompletesWithValidOffsets() {
        String text = newsLikeText(1_000_000, new Random(20250317));
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length >= 1_000_000, "at least 1 MB of UTF-8");
        Article a = ArticleReader.of("megabyte", text, new Article.Metadata("Talks", LocalDate.of(2025, 3, 17),
                null, null, "en"));
        Graph g = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extractor.extract(a),
                "extracting 1 MB takes less than two minutes");
        assertSpansAgreeWithText(g, text);
        assertTrue(statements(g) > 1000, "statements are found throughout: " + statements(g));
    }

    @Test
    void megabyteFileIsReadWhole() throws IOException {
        // Reading only: the extraction of a megabyte is the test above.
        String text = newsLikeText(1_000_000, new Random(7));
        Path txt = write("megabyte.txt", text.getBytes(StandardCharsets.UTF_8));
        Article a = ArticleReader.read(txt);
        assertEquals(text, a.text(), "the text is read whole and unchanged");
        assertEquals("Cease-fire talks continue", a.metadata().title(), "the headline is the title");
    }

    @Test
    void runOnSentenceOfSpeechVerbsCompletesInTime() {
        // One 20,000-character sentence: "Trump said that Trump said that ...". Linear work takes well under a
        // second; the time limit only catches work that grows much faster than the sentence.
        String text = "Talks\n" + "Trump said that ".repeat(1250);
        Article a = ArticleReader.of("run-on", text, null);
        Graph g = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(a),
                "a 20,000-character run-on sentence of speech verbs is extracted in less than 10 seconds");
        assertSpansAgreeWithText(g, text);
    }

    @Test
    void dataContractHoldsForAGeneratedArticleOfSomeSize() {
        // The contract's offset checks run a regular expression over the whole text per span, so this one is
        // kept to 20,000 characters; the megabyte test checks the same offsets in Java.
        String text = newsLikeText(20_000, new Random(11));
        checked("twenty-thousand", text, LocalDate.of(2025, 3, 17));
    }

    // ---- Metadata ------------------------------------------------------------------------------------------------

    @Test
    void withoutPublishedNoDateIsGuessedButTheDateTextIsKept() throws IOException {
        String text = "Talks go on\n" + SPEECH + "Ukraine executed drone strikes over the weekend. The ministry "
                + "reported on Sunday that it had intercepted 31 drones. Talks were held on March 11 in Jeddah.\n";
        write("undated.txt", text.getBytes(StandardCharsets.UTF_8));
        write("undated.meta.json", "{\"title\": \"Talks go on\", \"source\": \"test\", \"language\": \"en\"}"
                .getBytes(StandardCharsets.UTF_8));
        Article fromFile = ArticleReader.read(dir.resolve("undated.txt"));
        assertEquals(null, fromFile.published());
        Article inMemory = ArticleReader.of("undated-in-memory", text, new Article.Metadata("Talks go on", null,
                null, null, "en"));
        for (Article a : List.of(fromFile, inMemory)) {
            Model m = ModelFactory.createModelForGraph(checked(a));
            assertEquals(List.of(), m.listStatements(null, Parley.date, (Resource) null).toList(),
                    "no parley:date without a publication date");
            assertEquals(List.of(), m.listStatements(null, Parley.dateFrom, (Resource) null).toList(),
                    "no parley:dateFrom without a publication date");
            assertEquals(List.of(), m.listStatements(null, Parley.dateTo, (Resource) null).toList(),
                    "no parley:dateTo without a publication date");
            List<String> dateTexts = m.listObjectsOfProperty(Parley.dateText).mapWith(n -> n.asLiteral().getString())
                    .toList();
            assertTrue(dateTexts.contains("On Sunday"), "parley:dateText \"On Sunday\" is kept; has " + dateTexts);
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static void assertRefusedNaming(Path txt, String name) {
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleReader.read(txt), name);
        assertTrue(e.getMessage().contains(name), "message names the file: " + e.getMessage());
    }

    private static Graph checked(String name, String text) {
        return checked(name, text, null);
    }

    private static Graph checked(String name, String text, LocalDate published) {
        Article.Metadata meta = published == null ? null
                : new Article.Metadata(name, published, null, null, "en");
        return checked(ArticleReader.of(name, text, meta));
    }

    /** Extracts, then checks the spans against the text and the graph against the data contract. */
    private static Graph checked(Article a) {
        Graph g = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(a), a.name());
        assertSpansAgreeWithText(g, a.text());
        assertEquals(List.of(), violations(contract, g), a.name() + ": violations of the data contract");
        return g;
    }

    /** Every span: 0 <= begin <= end <= length, anchorOf = text.substring(begin, end), and the article's text. */
    static void assertSpansAgreeWithText(Graph g, String text) {
        Model m = ModelFactory.createModelForGraph(g);
        List<String> wrong = new ArrayList<>();
        for (Statement st : m.listStatements(null, Nif.beginIndex, (Resource) null).toList()) {
            Resource span = st.getSubject();
            int b = st.getInt();
            int e = span.getRequiredProperty(Nif.endIndex).getInt();
            String anchor = span.getRequiredProperty(Nif.anchorOf).getString();
            Resource article = span.getRequiredProperty(Nif.referenceContext).getResource();
            if (!text.equals(article.getRequiredProperty(Nif.isString).getString())) {
                wrong.add(span + ": its article's nif:isString is not the text");
            } else if (b < 0 || b > e || e > text.length()) {
                wrong.add(span + ": offsets " + b + "," + e + " outside 0.." + text.length());
            } else if (!text.substring(b, e).equals(anchor)) {
                wrong.add(span + ": anchorOf \"" + printable(anchor) + "\" but the text reads \""
                        + printable(text.substring(b, e)) + "\"");
            } else if (splitsSurrogatePair(text, b) || splitsSurrogatePair(text, e)) {
                wrong.add(span + ": offsets " + b + "," + e + " split a surrogate pair, so anchorOf \""
                        + printable(anchor) + "\" is not well-formed Unicode");
            }
        }
        assertEquals(List.of(), wrong, "spans that disagree with the text");
    }

    /** The data contract's violations, each readable even when it quotes half a surrogate pair. */
    static List<String> violations(DataContract contract, Graph g) {
        return contract.validate(g).violations().stream().map(v -> printable(v.toString())).toList();
    }

    /** True when offset {@code i} falls between the two UTF-16 units of one character. */
    static boolean splitsSurrogatePair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    /** The string with unpaired surrogates and control characters written as {@code \\uXXXX}. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired || Character.isISOControl(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int statements(Graph g) {
        return ModelFactory.createModelForGraph(g).listSubjectsWithProperty(RDF.type, Parley.Statement).toList()
                .size();
    }

    private static String title(Graph g) {
        Model m = ModelFactory.createModelForGraph(g);
        return m.listObjectsOfProperty(org.apache.jena.vocabulary.DCTerms.title).next().asLiteral().getString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
        return sb.append('"').toString();
    }

    /** News-style paragraphs (quotes, reported speech, dates, numbers, names) until the text has {@code size} chars. */
    static String newsLikeText(int size, Random random) {
        String[] people = {"Donald Trump", "Trump", "Vladimir Putin", "Putin", "Volodymyr Zelenskyy", "Zelenskyy",
            "Steve Witkoff", "Alexander Grushko", "Keir Starmer", "the envoy", "a senior official", "He", "She"};
        String[] places = {"Jeddah", "Moscow", "Kyiv", "Geneva", "Riyadh", "Istanbul", "Donetsk", "Kherson"};
        String[] states = {"Russia", "Ukraine", "the United States", "France", "Britain", "Saudi Arabia", "Turkey"};
        String[] days = {"on Sunday", "on Monday", "on Tuesday", "last week", "over the weekend", "on March 11",
            "next month", "yesterday"};
        String[] templates = {
            "\u201CWe will not accept any deal that ignores our borders,\u201D %1$s said %4$s.",
            "%1$s told reporters in %2$s that the talks with %3$s would continue %4$s.",
            "The Russian Defense Ministry reported %4$s that it had intercepted %5$d Ukrainian drones.",
            "Officials from %3$s met in %2$s %4$s to discuss a %5$d-day cease-fire.",
            "%1$s said that %3$s had agreed to a %5$d-day truce, adding that \u201Cmuch remains to be done.\u201D",
            "\u201CThe security guarantees must include %3$s,\u201D %1$s wrote on social media. \u201CNothing "
                + "less will do.\u201D",
            "According to %1$s, %3$s will seek guarantees %4$s.",
            "%1$s declined to comment on the \u201Ccoalition of the willing\u201D summit in %2$s.",
            "%3$s resumed supplying weapons and sharing intelligence with Ukraine %4$s.",
            "It was, %1$s said, a \u201Cvery good chance\u201D of ending the war in %2$s."};
        StringBuilder sb = new StringBuilder("Cease-fire talks continue\n");
        while (sb.length() < size) {
            int sentences = 1 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                String t = templates[random.nextInt(templates.length)];
                String s = String.format(t, people[random.nextInt(people.length)],
                        places[random.nextInt(places.length)], states[random.nextInt(states.length)],
                        days[random.nextInt(days.length)], 1 + random.nextInt(90));
                sb.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length()).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        return sb.toString();
    }
}
