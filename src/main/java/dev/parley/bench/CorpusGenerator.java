package dev.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import dev.parley.ParleyException;
import dev.parley.extract.ArticleReader;
import dev.parley.model.Article;

/**
 * Invented news articles about cease-fire and peace talks, as many as asked for, to measure the extractor at a scale
 * no hand-written corpus reaches.
 * <pre>
 *   List&lt;Article&gt; corpus = CorpusGenerator.generate(10_000, 42L);
 *   CorpusGenerator.write(Path.of("/tmp/corpus"), 1_000, 42L);   // bench-00001.txt, bench-00001.meta.json, ...
 * </pre>
 * Every article has 350–600 words: a headline line, then one paragraph per line, with curly quotes, curly
 * apostrophes and dashes. States (and their demonyms: Veldoria, Veldorian), people, cities and news outlets are built
 * from syllables, so the registry knows none of them and the extractor must find every name from the text alone.
 * Statements take the shapes news writing uses: {@code “…,” X said}, {@code said X}, {@code X said: “…”}, quotes
 * split around their attribution, reported speech with and without "that", {@code according to X},
 * {@code X told reporters on Monday that …}, {@code declined to comment on …}; around them, talks, strikes,
 * interceptions with counts, summits, truces with durations and security guarantees, dated "on Monday",
 * "last week" or "March 3".
 * <p>
 * Deterministic: the same count and seed give the same articles, character for character. Article {@code i} depends
 * only on the seed and the articles before it, so a smaller corpus is a prefix of a larger one with the same seed.
 * The articles of one corpus are pairwise distinct. The word lists below are the generator's grammar, not data about
 * the world, so they live with the code that combines them.
 */
public final class CorpusGenerator {
    /** The most articles one call generates. */
    public static final int MAX_ARTICLES = 1_000_000;
    /** Fewest words in an article, headline included. */
    public static final int MIN_WORDS = 350;
    /** Most words in an article, headline included. */
    public static final int MAX_WORDS = 600;

    /** The kind of a statement, as in the evaluation corpus's {@code NAME.expected.tsv}. */
    public enum Kind {
        /** Words between quotation marks. */
        DIRECT,
        /** Reported speech: a speech verb with its content clause, no quotation marks. */
        REPORTED
    }

    /**
     * One statement the generator wrote, as the extractor should find it.
     *
     * @param kind    direct quote or reported speech
     * @param speaker the speaker's canonical name ("Anna Kovac", "Veldorian Foreign Ministry", "Tallis Herald")
     * @param text    for a direct quote, exactly the characters between the quotation marks; for reported speech,
     *                3–8 consecutive words from inside the content clause that occur only once in the article
     * @param shape   how it was written, for telling which shapes an extractor misses: the statement's shape and
     *                how the speaker was named there, e.g. {@code “…,” X said; X = Demonym Title Name}
     */
    public record Attribution(Kind kind, String speaker, String text, String shape) {
        public Attribution {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(shape, "shape");
        }
    }

    /** An article with the statements the generator meant it to contain, in article order. */
    public record GeneratedArticle(Article article, List<Attribution> attributions) {
        public GeneratedArticle {
            Objects.requireNonNull(article, "article");
            attributions = List.copyOf(attributions);
        }
    }

    private CorpusGenerator() {}

    /**
     * {@code n} distinct articles, named {@code bench-00001} and on, built in memory (about 6 KB of heap an article;
     * {@link #write} streams a large corpus to disk instead). Ten thousand take a second or two.
     *
     * @throws IllegalArgumentException unless {@code 1 <= n <= }{@value #MAX_ARTICLES}
     */
    public static List<Article> generate(int n, long seed) {
        checkCount(n);
        Sequence sequence = new Sequence(seed);
        List<Article> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            articles.add(sequence.next().article());
        }
        return articles;
    }

    /** As {@link #generate}, with each article's intended statements (speaker and words) for scoring. */
    public static List<GeneratedArticle> generateWithTruth(int n, long seed) {
        checkCount(n);
        Sequence sequence = new Sequence(seed);
        List<GeneratedArticle> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            articles.add(sequence.next());
        }
        return articles;
    }

    /**
     * Writes {@code n} articles into {@code dir} (created if missing) as {@code NAME.txt} and {@code NAME.meta.json},
     * one article at a time, so the corpus need not fit in memory. Files of the same names are overwritten; nothing
     * else in {@code dir} is touched.
     *
     * @throws IllegalArgumentException unless {@code 1 <= n <= }{@value #MAX_ARTICLES}
     * @throws ParleyException          when a file cannot be written
     */
    public static void write(Path dir, int n, long seed) {
        Objects.requireNonNull(dir, "dir");
        checkCount(n);
        try {
            Files.createDirectories(dir);
            Sequence sequence = new Sequence(seed);
            for (int i = 0; i < n; i++) {
                Article article = sequence.next().article();
                Files.writeString(dir.resolve(article.name() + ".txt"), article.text(), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(article.name() + ".meta.json"), metadataJson(article.metadata()),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot write the corpus to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The name of the article at a 1-based index: {@code bench-00001}, ..., {@code bench-1000000}. */
    public static String name(int index) {
        return String.format(Locale.ROOT, "bench-%05d", index);
    }

    private static void checkCount(int n) {
        if (n < 1 || n > MAX_ARTICLES) {
            throw new IllegalArgumentException("The number of articles must be between 1 and " + MAX_ARTICLES
                    + ", got " + n);
        }
    }

    /** The {@code .meta.json} sidecar that {@link ArticleReader#read} reads back into the same metadata. */
    static String metadataJson(Article.Metadata meta) {
        return "{\n"
                + "  \"title\": " + jsonString(meta.title()) + ",\n"
                + "  \"published\": " + jsonString(meta.published().toString()) + ",\n"
                + "  \"source\": " + jsonString(meta.source()) + ",\n"
                + "  \"url\": " + jsonString(meta.url()) + ",\n"
                + "  \"language\": " + jsonString(meta.language()) + "\n"
                + "}\n";
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Words as a reader counts them: runs of non-space characters. */
    static int countWords(CharSequence s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }

    /** The articles of one corpus, in order: each from its own split of the seed, redrawn if it repeats one. */
    private static final class Sequence {
        private final SplittableRandom root;
        private final Set<Long> seen = new HashSet<>();
        private int index;

        Sequence(long seed) {
            this.root = new SplittableRandom(seed);
        }

        GeneratedArticle next() {
            index++;
            while (true) {
                GeneratedArticle article = new Draft(root.split(), index).build();
                if (seen.add(fingerprint(article.article().text()))) {
                    return article;
                }
            }
        }

        /** 64-bit FNV-1a over the UTF-16 units: equal texts collide, and distinct ones practically never do. */
        private static long fingerprint(String text) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }
    }

    // ---- Grammar -------------------------------------------------------------------------------------------------

    private static final String[] STATE_ONSETS = {"Vel", "Nor", "Kal", "Dar", "Mir", "Tor", "Sel", "Bren", "Ost",
        "Val", "Kes", "Lor", "Tar", "Hal", "Ver", "Zan", "Mar", "Cor", "Fen", "Gal", "Ryn", "Sar", "Vor", "Bel", "Dra",
        "Esk", "Har", "Lun", "Pel", "Quen", "Rav", "Sol", "Tev", "Ulm", "Wen", "Zel", "Ard", "Bor", "Cal", "Ister"};
    private static final String[] STATE_MIDDLES = {"do", "ne", "ri", "to", "la", "mo", "se", "ka", "de", "ro", "li",
        "ma", "sa", "te", "ga", "ve"};
    /** State-name endings, each with the demonym ending that replaces it: Veldoria, Veldorian. */
    private static final String[][] STATE_ENDINGS = {{"ria", "rian"}, {"via", "vian"}, {"nia", "nian"},
        {"dia", "dian"}, {"lia", "lian"}, {"ra", "ran"}, {"na", "nan"}, {"va", "van"}, {"stan", "stani"},
        {"neth", "nethi"}, {"mel", "melese"}};
    private static final String[] CITY_ONSETS = {"Tal", "Kel", "Bras", "Cor", "Ves", "Ren", "Ard", "Mol", "Sten",
        "Quar", "Lis", "Ost", "Har", "Brin", "Dov", "Fal", "Gren", "Hol", "Jor", "Lenn", "Nes", "Pol", "Rask", "Sorr",
        "Tam", "Vard", "Wes", "Yar", "Ebb", "Kir"};
    private static final String[] CITY_ENDINGS = {"lis", "der", "sk", "ven", "holm", "ford", "mar", "grad", "ton",
        "vik", "stad", "brun", "haven", "wick", "dal", "ov", "ane", "berg", "mouth", "lin"};
    private static final String[] FEMALE_ONSETS = {"A", "Mi", "Ka", "E", "I", "Lo", "Ma", "Se", "Ta", "Ve", "Ro",
        "Da", "Ni", "Sa", "Li", "Ye", "Ha", "Gre"};
    private static final String[] FEMALE_MIDDLES = {"li", "ne", "ri", "lo", "ve", "la", "ren", "", "", "mi"};
    private static final String[] FEMALE_ENDINGS = {"na", "ra", "ta", "ssa", "lie", "ka", "nne", "da", "ya"};
    private static final String[] MALE_ONSETS = {"Jo", "Pe", "Ta", "Lu", "Ma", "Os", "Vi", "Ste", "Ar", "Bo", "Da",
        "Ke", "To", "Ni", "Ra", "Gu", "He", "Ul"};
    private static final String[] MALE_ENDINGS = {"nas", "rek", "mas", "kas", "vid", "lo", "rin", "ran", "dor",
        "gen", "mir", "ven", "sten", "bert", "rik", "las"};
    private static final String[] SURNAME_ONSETS = {"Ko", "E", "Hol", "Bran", "Vo", "Ek", "Ru", "No", "Dor", "Stra",
        "Ly", "Kar", "Sol", "Ve", "Tor", "Am", "Od", "Var", "Ne", "Ba", "Gri", "Fal", "Lin", "Mo", "Pa", "Sa", "Ur",
        "Ha", "Je", "Wi"};
    private static final String[] SURNAME_MIDDLES = {"", "", "", "ra", "le", "vi", "da", "ste", "ne", "ko", "mi"};
    private static final String[] SURNAME_ENDINGS = {"vac", "ge", "dahl", "dt", "sk", "vak", "ner", "sen", "lin",
        "ova", "berg", "sel", "ga", "ny", "ros", "mar", "ten", "vo", "nik", "holm", "ssen", "rup"};

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] SMALL = {"two", "three", "four", "five", "six", "seven", "nine", "ten"};
    private static final String[] ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh"};
    /** Durations that take "a" (no "an 80-hour"). */
    private static final String[] DURATIONS = {"24-hour", "36-hour", "48-hour", "72-hour", "96-hour", "7-day",
        "10-day", "14-day", "30-day", "60-day", "90-day"};
    private static final String[] TRUCES = {"truce", "cease-fire", "ceasefire", "truce", "cease-fire"};
    private static final String[] LEADER_TITLES = {"Foreign Minister", "Defence Minister", "President",
        "Foreign Minister", "Prime Minister"};
    private static final String[] OUTLET_HEADS = {"Herald", "Courier", "Gazette", "Tribune", "Chronicle"};
    private static final String[] SOURCE_HEADS = {"Herald", "Wire Service", "Courier", "Gazette", "Times"};
    private static final String[] LANDMARKS = {"ridge", "river crossing", "coastal road", "dam", "airfield",
        "border villages", "salt flats", "mountain pass"};

    /** Direct quotes, without final punctuation. */
    private static final String[] QUOTES = {
        "We have moved further in {n} days than in the previous {n} months",
        "Nobody should mistake a good atmosphere for an agreement",
        "The text on the demarcation line is still full of brackets",
        "Our soldiers will not leave the {landmark} until the prisoners are home",
        "A {dur} {truce} is a beginning, not an end",
        "We want guarantees that are written down, not promised",
        "Every day without a cease-fire costs lives in {town}",
        "We’re not going to negotiate in public",
        "The {Bd} side has kept its word for {n} days — now it must do so for a month",
        "There is no military solution to this war, and everyone in {venue} knows it",
        "If the guns fall silent on {day}, we will be back at the table the day after",
        "We came to {venue} to make peace, not to make speeches",
        "Security guarantees are not a favour, they are a condition",
        "Nobody in this government will sign a text like that",
        "The outstanding questions are few, but they are hard ones",
        "What we need is a cease-fire that holds for more than a weekend",
        "I am more hopeful tonight than I was on {day}",
        "Both sides want the truce to survive, but neither wants to be the first to say so",
        "We will match them kilometre for kilometre",
        "The people of {capA} have waited long enough",
        "More than {N} prisoners are still waiting to go home, and we will not forget a single one of them",
        "Our air defences shot down {nn} drones last night — that is not how a partner behaves",
        "We are ready to sign a {dur} {truce} tomorrow if {B} is ready too",
        "The map is the hardest part, and we have not finished it",
        "Monitors must be on the ground before the first gun is moved",
        "I have not seen a text I could put my name to",
        "This is the closest we have come since {year}",
        "The talks are progressing, slowly but genuinely",
        "We are not leaving — we are repositioning",
        "No one should expect a signing ceremony this week",
        "A truce that nobody monitors is a truce that nobody keeps",
        "We have asked {M} for guarantees, and {M} has listened",
        "The shelling of {town} on {day} told us everything about their intentions",
        "Our delegation will stay in {venue} for as long as it takes",
        "We did not start this war, but we are prepared to end it",
        "It’s a good text, but it’s not yet a text anyone can sign",
    };

    /** Second halves of split quotes, after “…,” X said, — lower case, without final punctuation. */
    private static final String[] CONTINUATIONS = {
        "but not at any price",
        "and we will not be the ones to walk away from the table",
        "but the details matter more than the headlines",
        "and that is what we told the {Md} mediators",
        "but trust has to be earned on the ground",
        "so the next {n} days will be decisive",
        "but the shelling of {town} has to stop first",
        "and {B} knows exactly what it has to do",
        "but a {dur} pause is not the same as peace",
    };

    /** Content clauses of reported speech, past tense, without "that" and without final punctuation. */
    private static final String[] CLAUSES = {
        "a deal to halt fighting along the border was closer than at any point since {year}",
        "the {Bd} delegation had been serious and constructive during {n} days of talks",
        "{B} would not accept international monitors drawn from countries that had armed {A}",
        "a prisoner exchange could take place within {n} days of a signed text",
        "the {dur} {truce} would take effect at midnight on {day}",
        "the government wanted written security guarantees before any withdrawal from {town}",
        "{N} soldiers were still being held in camps on either side of the front line",
        "negotiators had agreed on the sequencing of a withdrawal from the {landmark} near {town}",
        "the two sides remained divided over the route of the demarcation line",
        "a {dur} {truce} could be signed in {venue} as early as {day}",
        "the draft offered {A} security guarantees from {M} and two other states",
        "the talks had been suspended for a day after overnight strikes on {town}",
        "{Ad} forces had begun pulling heavy weapons back {km} kilometres from the front",
        "observers from {M} would begin patrolling the buffer zone on {date}",
        "the cabinet would meet on {day} to decide whether to sign the text",
        "the {Md} proposal contained nothing either side had not already accepted in principle",
        "{nofN} drones launched overnight had been intercepted over {town}",
        "the number of cease-fire violations had fallen by half since {date}",
        "a summit of the two presidents in {venue} was possible before the end of {month}",
        "{B} had moved artillery closer to {town} in breach of the {truce}",
        "the exchange of {N} prisoners had been arranged through the {Md} mediators",
        "the government would not sign any text that left {town} on the wrong side of the line",
    };

    /** What a speaker declines to comment on. */
    private static final String[] TOPICS = {
        "the timing of the prisoner exchange",
        "reports that {B} had asked for a larger observer mission",
        "the contents of the {Md} proposal",
        "how many {Ad} soldiers were still being held",
        "whether {capA} would accept monitors from {M}",
        "the cost of the security guarantees under discussion",
        "the fate of the {landmark} near {town}",
    };

    /** Sentences of narrative: events and background, no speech. */
    private static final String[] EVENTS = {
        "Overnight, {Bd} drones and missiles struck {town}, damaging a power station and {nn} apartment buildings "
                + "— the heaviest attack on the city since {month}.",
        "Air defences intercepted {nofN} drones launched at {town} overnight, and falling debris damaged a school.",
        "If the {truce} holds, the presidents of both countries are expected to meet at a summit in {venue} on "
                + "{date}.",
        "Last week, {N} prisoners were exchanged at a river crossing near {town}, the largest swap since the war "
                + "began {n} years ago.",
        "The proposed {dur} {truce} would start at midnight on {day} and could be turned into a longer cease-fire "
                + "if both sides kept to it.",
        "{A} wants security guarantees from {M} and its partners before it withdraws from the {landmark} near "
                + "{town}.",
        "About {N} soldiers from both sides are believed to be held in camps on either side of the border.",
        "Negotiators have spent much of the past week on the sequencing of a withdrawal from the {landmark}.",
        "The talks in {venue} are the {ordinal} round since the war began, and the first to last more than "
                + "{n} days.",
        "Shelling near {town} continued into {day} evening, with {nn} people wounded in the town centre.",
        "A previous {dur} {truce}, agreed on {date}, collapsed within hours when artillery fire resumed near "
                + "{town}.",
        "Convoys carrying food and medicine reached {town} on {day} for the first time in {n} weeks.",
        "The {landmark} near {town} has changed hands {n} times since the fighting began.",
        "Delegations from {A} and {B} met face to face in {venue} on {day} — the first direct meeting in "
                + "{n} months.",
        "{Md} diplomats have shuttled between {capA} and {capB} since {month}, carrying drafts of the "
                + "security guarantees.",
        "Relief agencies estimate that {N} families have fled the area around {town} since {date}.",
    };

    private static final String[] HEADLINES = {
        "{A} and {B} resume truce talks in {venue}",
        "{A} and {B} agree {dur} {truce} as talks resume in {venue}",
        "{Md} mediator shuttles between {A} and {B} as {truce} deadline nears",
        "{A} seeks security guarantees as talks with {B} enter {ordinal} day",
        "{Bd} strikes on {town} cast shadow over {venue} talks",
        "{A}–{B} cease-fire talks resume in {venue} after {n}-week pause",
        "Negotiators in {venue} edge towards {dur} {truce} — but {town} is still burning",
        "{A} and {B} swap {N} prisoners ahead of {venue} talks",
        "{venue} talks: {A} and {B} close in on {dur} {truce}",
        "Guarantees, not guns: {A} sets terms for {B} {truce}",
        "{A} and {B} inch towards a {truce} in {venue} as shelling of {town} goes on",
    };

    private static final String[] CLOSINGS = {
        "The talks are due to continue on {day}.",
        "A further round of talks is scheduled for {date} in {venue}.",
        "Negotiators are due back in {venue} on {day} — the {ordinal} round since {month}.",
        "Diplomats expect a summit in {venue} on {date} if the {truce} holds.",
        "The {Md} mediators plan to return to {capB} on {day}.",
    };

    // ---- One article ---------------------------------------------------------------------------------------------

    /** A state and its demonym. */
    private record State(String name, String demonym) {}

    /** One way to name a person: the words, and a label of their shape ("Demonym Title Name"). */
    private record Form(String shape, String text) {}

    /**
     * A person and the ways to introduce them: {@code before} forms work anywhere ("Veldorian Foreign Minister Anna
     * Kovac"), {@code appositive} forms only before a verb (they end with a comma), {@code end} forms only at the end
     * of a sentence ("said Anna Kovac, the Veldorian foreign minister."). {@code role} is the noun that can stand for
     * them later ("the envoy said"), or null.
     */
    private record Person(String first, String last, boolean female, String role, List<Form> before,
            List<Form> appositive, List<Form> end) {
        String full() {
            return first + " " + last;
        }

        String pronoun() {
            return female ? "she" : "he";
        }
    }

    /** A statement noted while writing; a reported one gets its phrase once the whole text is known. */
    private record Pending(Kind kind, String speaker, String text, String shape) {}

    /** One article being written: its cast, its paragraphs and whom it has introduced. */
    private static final class Draft {
        private static final int LEADER_A = 0;
        private static final int LEADER_B = 1;
        private static final int MEDIATOR = 2;
        private static final int SPOKESPERSON = 3;
        /** A consonant before a doubled consonant: "Ulmmolia", "Holssen". */
        private static final Pattern CLUSTER = Pattern.compile("[^aeiouy]([^aeiouy])\\1");

        private final SplittableRandom rnd;
        private final int index;
        private final State a;
        private final State b;
        private final State m;
        private final String venue;
        private final String capA;
        private final String capB;
        private final String town;
        private final String outlet;
        private final String source;
        private final String orgA;
        private final String orgB;
        private final Person[] people;
        private final LocalDate published;

        private final List<String> paragraphs = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>();
        /** Templates already used in this article, so that no sentence repeats. */
        private final Set<String> usedTemplates = new HashSet<>();
        /** Bit {@code p} set once person {@code p} has been introduced by full name. */
        private int introduced;
        /** The shape of the last reference made to a person, for {@link Attribution#shape}. */
        private String reference;
        private int words;

        Draft(SplittableRandom rnd, int index) {
            this.rnd = rnd;
            this.index = index;
            Set<String> used = new HashSet<>();
            a = state(used);
            b = state(used);
            m = state(used);
            venue = city(used);
            capA = city(used);
            capB = city(used);
            town = city(used);
            outlet = city(used) + " " + pick(OUTLET_HEADS);
            source = "The " + city(used) + " " + pick(SOURCE_HEADS);
            orgA = a.demonym() + " Foreign Ministry";
            orgB = b.demonym() + " Defence Ministry";
            people = new Person[] {leader(a, used), leader(b, used), mediator(used), spokesperson(used)};
            published = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(366 + 365 + 365));
        }

        GeneratedArticle build() {
            String headline = fill(pick(HEADLINES));
            words = countWords(headline);
            add(lead());
            int target = 380 + rnd.nextInt(120);
            String closing = fill(pick(CLOSINGS));
            int reserve = countWords(closing);
            for (int tries = 0; words < target && tries < 40; tries++) {
                int savedIntroduced = introduced;
                int savedPending = pending.size();
                String p = body();
                if (words + countWords(p) + reserve > MAX_WORDS) {
                    // Undo what the paragraph did: its introductions and statements never happened.
                    introduced = savedIntroduced;
                    pending.subList(savedPending, pending.size()).clear();
                    break;
                }
                add(p);
            }
            while (words + reserve < MIN_WORDS) {
                add(event() + " " + event());
            }
            add(closing);

            StringBuilder text = new StringBuilder(words * 7).append(headline).append('\n');
            paragraphs.forEach(p -> text.append(p).append('\n'));
            String body = text.toString();
            Article.Metadata meta = new Article.Metadata(headline, published, source,
                    "https://example.org/bench/" + index, "en");
            return new GeneratedArticle(ArticleReader.of(name(index), body, meta), attributions(body));
        }

        private void add(String paragraph) {
            paragraphs.add(paragraph);
            words += countWords(paragraph);
        }

        /** Direct quotes as written; for reported speech, a phrase of the clause that occurs once in the text. */
        private List<Attribution> attributions(String text) {
            List<Attribution> out = new ArrayList<>();
            for (Pending p : pending) {
                String words = p.kind() == Kind.DIRECT ? p.text() : uniquePhrase(p.text(), text);
                if (words != null) {
                    out.add(new Attribution(p.kind(), p.speaker(), words, p.shape()));
                }
            }
            return out;
        }

        /**
         * Words of the clause that occur once in the text. The clause's first word is left out (a clause that opens
         * a sentence is capitalised there), so a phrase found once is found in the clause itself.
         */
        private String uniquePhrase(String clause, String text) {
            String[] w = clause.split(" ");
            int len = Math.min(w.length - 1, 4 + rnd.nextInt(3));
            int starts = w.length - len;
            int first = rnd.nextInt(starts);
            for (int k = 0; k < starts; k++) {
                int s = 1 + (first + k) % starts;
                String phrase = String.join(" ", Arrays.copyOfRange(w, s, s + len)).replaceAll("[,;:.]+$", "");
                int at = text.indexOf(phrase);
                if (countWords(phrase) >= 3 && at >= 0 && text.indexOf(phrase, at + 1) < 0) {
                    return phrase;
                }
            }
            return null;
        }

        // ---- Paragraphs ------------------------------------------------------------------------------------------

        private String lead() {
            return switch (rnd.nextInt(4)) {
                case 0 -> {
                    String clause = clause(false);
                    String p = fill("{A} and {B} resumed cease-fire talks in {venue} on {day}, with ")
                            + subject(LEADER_A, false, false) + " saying " + clause + ".";
                    reported(LEADER_A, clause, "with X saying …");
                    yield p;
                }
                case 1 -> fill("Negotiators from {A} and {B} met in {venue} on {day} for a {ordinal} round of talks "
                        + "on a {dur} {truce}, days after {Bd} strikes on {town} killed {nn} civilians.");
                case 2 -> fill("{A} and {B} agreed on {day} to a {dur} {truce}, the first pause in the fighting "
                        + "since {month}, after {n} days of talks in {venue} brokered by {M}.");
                default -> {
                    String clause = clause(true);
                    String p = capitalise(clause) + ", " + subject(LEADER_A, false, false) + " said on "
                            + pick(DAYS) + fill(", as talks with {B} resumed in {venue}.");
                    reported(LEADER_A, clause, "…, X said");
                    yield p;
                }
            };
        }

        private String body() {
            int r = rnd.nextInt(20);
            if (r < 8) {
                return quoteParagraph();
            } else if (r < 12) {
                return reportedParagraph();
            } else if (r < 14) {
                return organisationParagraph();
            } else if (r < 15) {
                return declinedParagraph();
            }
            return event() + (rnd.nextBoolean() ? " " + event() : "");
        }

        private String quoteParagraph() {
            int p = speaker();
            String q1 = quote();
            String after = after();
            return switch (rnd.nextInt(6)) {
                case 0, 1 -> {
                    String s = "“" + q1 + ",” " + subject(p, false, true) + " said" + after + ".";
                    direct(p, q1 + ",", "“…,” X said");
                    if (rnd.nextBoolean()) {
                        String q2 = quote() + ".";
                        s += " “" + q2 + "”";
                        direct(p, q2, "“…,” X said. “…”");
                    }
                    yield s;
                }
                case 2 -> {
                    String s = "“" + q1 + ",” said " + ending(p) + after + ".";
                    direct(p, q1 + ",", "“…,” said X");
                    yield s;
                }
                case 3 -> {
                    String q = q1 + ". " + quote() + ".";
                    String s = subject(p, true, true) + " said" + after + ": “" + q + "”";
                    direct(p, q, "X said: “…”");
                    yield s;
                }
                case 4 -> {
                    String q2 = fill(pickFresh(CONTINUATIONS)) + ".";
                    if (rnd.nextBoolean()) {
                        q2 += " " + quote() + ".";
                    }
                    String s = "“" + q1 + ",” " + subject(p, false, false) + " said, “" + q2 + "”";
                    direct(p, q1 + ",", "“…,” X said, “…”");
                    direct(p, q2, "“…,” X said, “…”");
                    yield s;
                }
                default -> {
                    String clause = clause(false);
                    String s = subject(p, true, true) + " said" + (after.isEmpty() ? " " : after + " that ") + clause
                            + ". “" + q1 + ",” " + people[p].pronoun() + " added.";
                    reported(p, clause, after.isEmpty() ? "X said …" : "X said that …");
                    reference = "pronoun";
                    direct(p, q1 + ",", "“…,” she added");
                    yield s;
                }
            };
        }

        private String reportedParagraph() {
            int p = speaker();
            String s;
            String clause;
            String shape;
            switch (rnd.nextInt(8)) {
                case 0 -> {
                    clause = clause(false);
                    s = subject(p, true, true) + " said that " + clause + ".";
                    shape = "X said that …";
                }
                case 1 -> {
                    clause = clause(false);
                    s = subject(p, true, true) + " said " + clause + ".";
                    shape = "X said …";
                }
                case 2 -> {
                    clause = clause(false);
                    s = subject(p, true, true) + " told reporters in " + venue + " on " + pick(DAYS) + " that "
                            + clause + ".";
                    shape = "X told reporters on Monday that …";
                }
                case 3 -> {
                    clause = clause(false);
                    String verb = pick(new String[] {"warned", "insisted", "noted", "confirmed"});
                    s = subject(p, true, true) + " " + verb + " that " + clause + ".";
                    shape = "X " + verb + " that …";
                }
                case 4 -> {
                    clause = clause(false);
                    s = "According to " + ending(p) + ", " + clause + ".";
                    shape = "according to X, …";
                }
                case 5 -> {
                    clause = clause(true);
                    s = capitalise(clause) + ", " + subject(p, false, false) + " said on " + pick(DAYS) + ".";
                    shape = "…, X said";
                }
                case 6 -> {
                    clause = clause(true);
                    s = capitalise(clause) + ", according to " + ending(p) + ".";
                    shape = "…, according to X";
                }
                default -> {
                    clause = clause(false);
                    s = subject(p, true, true) + " told the " + outlet + " that " + clause + ".";
                    shape = "X told the Outlet that …";
                }
            }
            reported(p, clause, shape);
            if (rnd.nextInt(3) == 0) {
                String more = clause(false);
                if (rnd.nextBoolean()) {
                    s += " " + subject(p, true, false) + " added that " + more + ".";
                } else {
                    s += " " + capitalise(people[p].pronoun()) + " added that " + more + ".";
                    reference = "pronoun";
                }
                reported(p, more, "X added that …");
            }
            return s;
        }

        private String organisationParagraph() {
            String clause = clause(false);
            String speaker;
            String shape;
            String s;
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    speaker = orgA;
                    s = "The " + orgA + " said in a statement that " + clause + ".";
                    shape = "X said in a statement that …; X = Ministry";
                }
                case 1 -> {
                    speaker = orgB;
                    s = "In a statement on " + pick(DAYS) + ", the " + orgB + " said " + clause + ".";
                    shape = "In a statement, X said …; X = Ministry";
                }
                case 2 -> {
                    speaker = orgB;
                    s = "The " + orgB + " said " + clause + ".";
                    shape = "X said …; X = Ministry";
                }
                default -> {
                    speaker = outlet;
                    s = "The " + outlet + " reported on " + pick(DAYS) + " that " + clause + ".";
                    shape = "X reported that …; X = Outlet";
                }
            }
            pending.add(new Pending(Kind.REPORTED, speaker, clause, shape));
            return s + (rnd.nextBoolean() ? " " + event() : "");
        }

        private String declinedParagraph() {
            int p = speaker();
            String topic = fill(pickFresh(TOPICS));
            String s;
            if (rnd.nextBoolean()) {
                s = subject(p, true, true) + " declined to comment on " + topic + ".";
            } else {
                int other = p == LEADER_A ? LEADER_B : LEADER_A;
                String who = (introduced & (1 << other)) != 0 ? people[other].last() : b.name();
                s = "Asked about " + who + "’s remarks, " + subject(p, false, false) + " declined to comment on "
                        + topic + ".";
            }
            reported(p, topic, "X declined to comment on …");
            return s + " " + event();
        }

        // ---- Speakers --------------------------------------------------------------------------------------------

        private int speaker() {
            int r = rnd.nextInt(10);
            return r < 3 ? LEADER_A : r < 6 ? LEADER_B : r < 8 ? MEDIATOR : SPOKESPERSON;
        }

        /**
         * The person as the subject of a clause: introduced the first time, by surname (now and then by role noun)
         * afterwards. Appositive forms, which end with a comma, only where a verb follows at once.
         */
        private String subject(int p, boolean sentenceStart, boolean appositiveAllowed) {
            Person person = people[p];
            String s;
            if ((introduced & (1 << p)) != 0) {
                if (person.role() != null && rnd.nextInt(5) == 0) {
                    s = "the " + person.role();
                    reference = "the role";
                } else {
                    s = person.last();
                    reference = "Surname";
                }
            } else {
                introduced |= 1 << p;
                List<Form> forms = new ArrayList<>(person.before());
                if (appositiveAllowed || rnd.nextBoolean()) {
                    forms.addAll(person.appositive());
                }
                Form form = forms.get(rnd.nextInt(forms.size()));
                s = form.text();
                reference = form.shape();
            }
            return sentenceStart ? capitalise(s) : s;
        }

        /** The person at the end of a sentence: "said Anna Kovac, the Veldorian foreign minister." */
        private String ending(int p) {
            Person person = people[p];
            if ((introduced & (1 << p)) != 0) {
                reference = "Surname";
                return person.last();
            }
            introduced |= 1 << p;
            List<Form> forms = new ArrayList<>(person.before());
            forms.addAll(person.end());
            Form form = forms.get(rnd.nextInt(forms.size()));
            reference = form.shape();
            return form.text();
        }

        private String after() {
            return switch (rnd.nextInt(8)) {
                case 0 -> " after the first session";
                case 1 -> " on " + pick(DAYS);
                case 2 -> " at a news conference in " + venue;
                case 3 -> " in an interview with the " + outlet;
                case 4 -> " late on " + pick(DAYS);
                default -> "";
            };
        }

        private void direct(int p, String words, String shape) {
            pending.add(new Pending(Kind.DIRECT, people[p].full(), words, shape + "; X = " + reference));
        }

        private void reported(int p, String clause, String shape) {
            pending.add(new Pending(Kind.REPORTED, people[p].full(), clause, shape + "; X = " + reference));
        }

        // ---- Cast ------------------------------------------------------------------------------------------------

        private State state(Set<String> used) {
            while (true) {
                String onset = pick(STATE_ONSETS);
                String middle = pick(STATE_MIDDLES);
                String[] ending = STATE_ENDINGS[rnd.nextInt(STATE_ENDINGS.length)];
                String name = onset + middle + ending[0];
                // Distinct onsets keep one state's demonym from resembling another's name.
                if (!stutters(name) && !used.contains(onset) && used.add(name)) {
                    used.add(onset);
                    return new State(name, onset + middle + ending[1]);
                }
            }
        }

        private String city(Set<String> used) {
            while (true) {
                String name = pick(CITY_ONSETS) + pick(CITY_ENDINGS);
                if (!stutters(name) && used.add(name)) {
                    return name;
                }
            }
        }

        private String[] personName(Set<String> used, boolean female) {
            while (true) {
                String first = female ? pick(FEMALE_ONSETS) + pick(FEMALE_MIDDLES) + pick(FEMALE_ENDINGS)
                        : pick(MALE_ONSETS) + pick(MALE_ENDINGS);
                String last = pick(SURNAME_ONSETS) + pick(SURNAME_MIDDLES) + pick(SURNAME_ENDINGS);
                if (last.length() >= 4 && !stutters(first) && !stutters(last) && !used.contains(first)
                        && !used.contains(last)) {
                    used.add(first);
                    used.add(last);
                    return new String[] {first, last};
                }
            }
        }

        /** "Ulmmolia", "Kaka", "Serennne": a doubled letter at a syllable joint, or a repeated syllable. */
        private static boolean stutters(String name) {
            String s = name.toLowerCase(Locale.ROOT);
            for (int i = 2; i < s.length(); i++) {
                if (s.charAt(i) == s.charAt(i - 1) && s.charAt(i) == s.charAt(i - 2)) {
                    return true;
                }
            }
            return s.length() >= 4 && s.substring(0, 2).equals(s.substring(2, 4)) || CLUSTER.matcher(s).find();
        }

        private Person leader(State s, Set<String> used) {
            boolean female = rnd.nextBoolean();
            String[] n = personName(used, female);
            String full = n[0] + " " + n[1];
            String title = pick(LEADER_TITLES);
            String lower = title.toLowerCase(Locale.ROOT);
            return new Person(n[0], n[1], female, null,
                    List.of(new Form("Demonym Title Name", s.demonym() + " " + title + " " + full),
                            new Form("State’s Title Name", s.name() + "’s " + title + " " + full)),
                    List.of(new Form("Name, the demonym title,", full + ", the " + s.demonym() + " " + lower + ","),
                            new Form("State’s Title, Name,", s.name() + "’s " + title + ", " + full + ",")),
                    List.of(new Form("Name, the demonym title", full + ", the " + s.demonym() + " " + lower)));
        }

        private Person mediator(Set<String> used) {
            boolean female = rnd.nextBoolean();
            String[] n = personName(used, female);
            String full = n[0] + " " + n[1];
            boolean envoy = rnd.nextBoolean();
            String role = envoy ? "envoy" : "mediator";
            List<Form> before = new ArrayList<>();
            before.add(new Form("Demonym role Name", m.demonym() + " " + role + " " + full));
            List<Form> appositive = new ArrayList<>();
            appositive.add(new Form("Name, the demonym role,", full + ", the " + m.demonym() + " " + role + ","));
            if (envoy) {
                before.add(new Form("Special Envoy Name", "Special Envoy " + full));
            } else {
                appositive.add(new Form("Name, a former foreign minister of State who …,", full
                        + ", a former foreign minister of " + m.name() + " who has led the mediation since "
                        + pick(MONTHS) + ","));
                appositive.add(new Form("the mediator, Name,", "the mediator, " + full + ","));
            }
            return new Person(n[0], n[1], female, role, before, appositive,
                    List.of(new Form("Name, the demonym role", full + ", the " + m.demonym() + " " + role)));
        }

        private Person spokesperson(Set<String> used) {
            boolean female = rnd.nextBoolean();
            String[] n = personName(used, female);
            String full = n[0] + " " + n[1];
            String role = female ? "spokeswoman" : "spokesman";
            String ministry = rnd.nextBoolean() ? orgA : orgB;
            return new Person(n[0], n[1], female, null,
                    List.of(new Form("Ministry spokeswoman Name", ministry + " " + role + " " + full)),
                    List.of(new Form("a spokeswoman for the Ministry, Name,", "a " + role + " for the " + ministry
                                    + ", " + full + ","),
                            new Form("Name, a spokeswoman for the Ministry,", full + ", a " + role + " for the "
                                    + ministry + ",")),
                    List.of(new Form("Name, a spokeswoman for the Ministry", full + ", a " + role + " for the "
                            + ministry)));
        }

        // ---- Words -----------------------------------------------------------------------------------------------

        private String quote() {
            return fill(pickFresh(QUOTES));
        }

        /** A content clause; one that may open a sentence does not start with a figure. */
        private String clause(boolean opensSentence) {
            while (true) {
                String clause = fill(pickFresh(CLAUSES));
                if (!opensSentence || !Character.isDigit(clause.charAt(0))) {
                    return clause;
                }
            }
        }

        private String event() {
            return fill(pickFresh(EVENTS));
        }

        private String pick(String[] options) {
            return options[rnd.nextInt(options.length)];
        }

        /** A template this article has not used yet, while there are some left. */
        private String pickFresh(String[] templates) {
            for (int tries = 0; tries < 16; tries++) {
                String t = pick(templates);
                if (usedTemplates.add(t)) {
                    return t;
                }
            }
            return pick(templates);
        }

        /** The template with each {slot} filled; every slot is drawn afresh. */
        private String fill(String template) {
            int open = template.indexOf('{');
            if (open < 0) {
                return template;
            }
            StringBuilder sb = new StringBuilder(template.length() + 32);
            int from = 0;
            while (open >= 0) {
                int close = template.indexOf('}', open);
                sb.append(template, from, open).append(slot(template.substring(open + 1, close)));
                from = close + 1;
                open = template.indexOf('{', from);
            }
            return sb.append(template, from, template.length()).toString();
        }

        private String slot(String key) {
            return switch (key) {
                case "A" -> a.name();
                case "B" -> b.name();
                case "M" -> m.name();
                case "Ad" -> a.demonym();
                case "Bd" -> b.demonym();
                case "Md" -> m.demonym();
                case "venue" -> venue;
                case "capA" -> capA;
                case "capB" -> capB;
                case "town" -> town;
                case "day" -> pick(DAYS);
                case "month" -> pick(MONTHS);
                case "date" -> pick(MONTHS) + " " + (1 + rnd.nextInt(28));
                case "year" -> Integer.toString(2012 + rnd.nextInt(11));
                case "n" -> pick(SMALL);
                case "nn" -> Integer.toString(11 + rnd.nextInt(50));
                case "N" -> String.format(Locale.ROOT, "%,d", 40 + rnd.nextInt(2400));
                case "km" -> Integer.toString(5 + rnd.nextInt(36));
                case "dur" -> pick(DURATIONS);
                case "truce" -> pick(TRUCES);
                case "ordinal" -> pick(ORDINALS);
                case "landmark" -> pick(LANDMARKS);
                case "nofN" -> {
                    int of = 12 + rnd.nextInt(60);
                    yield (of - rnd.nextInt(Math.max(1, of / 3))) + " of " + of;
                }
                default -> throw new IllegalStateException("Unknown slot {" + key + "}");
            };
        }

        private static String capitalise(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
