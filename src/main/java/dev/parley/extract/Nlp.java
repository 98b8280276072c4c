package dev.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import dev.parley.ParleyException;

/**
 * Paragraphs, sentences, tokens and part-of-speech tags, by Apache OpenNLP with the English UD models published on
 * Maven Central. Models load once per process; the OpenNLP tools themselves are not thread-safe, so each thread
 * gets its own (cheap) instances.
 * <p>
 * OpenNLP's tokens are refined in two ways news text needs: a possessive or contracted clitic ("Russia’s",
 * "I’ll") is split off its word, and words joined by a dash ("regions—Tallis") are split at the dash.
 */
final class Nlp {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** The models' resource names, each with its version (part of the extractor's version). */
    static final List<String> MODELS = List.of(SENTENCE_MODEL, TOKEN_MODEL, POS_MODEL);

    /** Models, loaded on first use. */
    private static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
    }

    private interface ModelLoader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelLoader<T> loader) {
        try (InputStream in = Nlp.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ParleyException("OpenNLP model " + resource + " is not on the class path");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new ParleyException("Cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    /** One thread's tools, with the splits of runs of characters and the tags of sentence openings it made. */
    private record Tools(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME pos, Lru<Span[]> chunks,
            Lru<String[]> openings) {}

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> new Tools(
            new SentenceDetectorME(Models.SENTENCES), new TokenizerME(Models.TOKENS),
            new POSTaggerME(Models.POS, POSTagFormat.PENN), new Lru<>(16_384), new Lru<>(8_192)));

    /**
     * A map that keeps its most recently used entries, at most {@code capacity}: the tools' caches, one per
     * thread. The token model decides each split from a run of non-space characters alone ("said.", "“We"), and
     * the tagger reads nothing but the words it is given (a sentence's opening words), so what they gave for the
     * same input before holds.
     */
    private static final class Lru<V> extends java.util.LinkedHashMap<String, V> {
        private final int capacity;

        Lru(int capacity) {
            super(capacity * 2, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > capacity;
        }
    }

    /** What follows an apostrophe inside a word and is a word of its own: [clitics] ("’s", "’ll", "’ve"). */
    private static final java.util.Set<String> CLITICS = Lexicon.get().words("clitics");
    /** Abbreviations that stand before a name and end no sentence: [name-abbreviations] ("Ms.", "Sen."). */
    private static final java.util.Set<String> NAME_ABBREVIATIONS = Lexicon.get().words("name-abbreviations");

    private Nlp() {}

    /** Splits the text into paragraphs: one per non-blank line. */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paras = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int b = start;
            int e = end;
            while (b < e && isSpace(text.charAt(b))) {
                b++;
            }
            while (e > b && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                paras.add(new Paragraph(paras.size(), b, e));
            }
            if (end >= n) {
                break;
            }
            start = end + 1;
        }
        return paras;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Part-of-speech tags for a sentence's tokens (the costliest step: callers tag only where they need it). */
    static String[] tags(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return words.length == 0 ? words : TOOLS.get().pos().tag(words);
    }

    /** Part-of-speech tags for a few words (a sentence's opening), kept per thread by the words. */
    static String[] openingTags(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            key.append(t.text()).append('\u0000');
        }
        Tools tools = TOOLS.get();
        return tools.openings().computeIfAbsent(key.toString(), k -> tags(tokens));
    }

    /** Sentences of one paragraph, with tagged tokens; {@code firstIndex} numbers them in the article. */
    static List<Sentence> sentences(String text, Paragraph para, int firstIndex, boolean tag) {
        Tools tools = TOOLS.get();
        String pText = text.substring(para.begin(), para.end());
        List<Sentence> out = new ArrayList<>();
        Span[] spans = joinAfterAbbreviations(pText, tools.sentences().sentPosDetect(pText));
        if (spans.length == 0) {
            spans = new Span[] {new Span(0, pText.length())};
        }
        // Sentence detection may leave gaps; each sentence keeps its own text, the gaps hold nothing but space.
        for (Span s : spans) {
            int sb = para.begin() + s.getStart();
            int se = para.begin() + s.getEnd();
            String sText = text.substring(sb, se);
            List<Token> tokens = tokens(tools, sText, sb);
            if (tag && !tokens.isEmpty()) {
                String[] words = new String[tokens.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(i).text();
                }
                String[] tags = tools.pos().tag(words);
                for (int i = 0; i < words.length; i++) {
                    Token t = tokens.get(i);
                    tokens.set(i, new Token(t.begin(), t.end(), t.text(), tags[i]));
                }
            }
            out.add(new Sentence(firstIndex + out.size(), para.index(), sb, se, tokens));
        }
        return out;
    }

    /**
     * The sentence model ends a sentence after "Ms." or "Sen." or an initial ("Donald J."), none of which ends a
     * sentence before a name, and sometimes after a comma, which ends none, or before a lower-case word, which
     * starts none: such a sentence is joined to the next. The abbreviations are [name-abbreviations].
     */
    private static Span[] joinAfterAbbreviations(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && ((endsWithNameAbbreviation(text, last.getEnd()) || isInitials(text, last))
                    && s.getStart() < text.length() && Character.isUpperCase(text.charAt(s.getStart()))
                    || endsWithComma(text, last.getEnd()) || startsLowerCase(text, s))) {
                out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** "Sen. Mira Holt (D-Tallis.) said …": no sentence starts with a lower-case letter. */
    private static boolean startsLowerCase(String text, Span s) {
        return s.getStart() < text.length() && Character.isLowerCase(text.charAt(s.getStart()));
    }

    /** "J.J. MacNab said": a sentence of nothing but initials is the start of a name. */
    private static boolean isInitials(String text, Span s) {
        return text.substring(s.getStart(), s.getEnd()).strip().matches("(\\p{Lu}\\.){2,3}");
    }

    /** "Sen. Aldo Vance, R-Ky., told …": the model may end a sentence after an abbreviation and its comma. */
    private static boolean endsWithComma(String text, int end) {
        int e = end;
        while (e > 0 && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e > 0 && text.charAt(e - 1) == ',';
    }

    /** Whether text[.., end) ends in a word of [name-abbreviations] or a single capital letter, and a full stop. */
    private static boolean endsWithNameAbbreviation(String text, int end) {
        if (end < 2 || text.charAt(end - 1) != '.') {
            return false;
        }
        int b = end - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b > 0 && !isSpace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
            return false;
        }
        String word = text.substring(b, end - 1);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || NAME_ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<Token> tokens(Tools tools, String sText, int offset) {
        List<Token> tokens = new ArrayList<>();
        Span[] spans = wholeCodePoints(sText, tokenSpans(tools, sText));
        int k = 0;
        while (k < spans.length) {
            int b = spans[k].getStart();
            int e = spans[k].getEnd();
            // Rejoin what the UD model splits but news text treats as one word: "Olmedo-Rhys", "cease-fire",
            // "al-Ansari", "Port-au-Prince", and the abbreviation "U.N.".
            while (k + 1 < spans.length && spans[k + 1].getStart() == e
                    && (sText.charAt(e - 1) == '-' || sText.charAt(e) == '-' && k + 2 < spans.length
                    && spans[k + 2].getStart() == e + 1 || sText.charAt(e) == '.' && isAbbreviation(sText, b, e)
                    || sText.charAt(e) == '.' && (isInitial(sText, b, e) || isTitleAbbreviation(sText, b, e))
                    && k + 2 < spans.length)) {
                k++;
                e = spans[k].getEnd();
            }
            // "… said Branvac.": the model may leave the sentence's full stop on the last word.
            if (k == spans.length - 1 && e - b > 2 && sText.charAt(e - 1) == '.'
                    && !isAbbreviation(sText, b, e - 1) && Character.isLowerCase(sText.charAt(e - 2))) {
                split(sText, b, e - 1, offset, tokens);
                tokens.add(new Token(offset + e - 1, offset + e, ".", null));
            } else {
                split(sText, b, e, offset, tokens);
            }
            k++;
        }
        return tokens;
    }

    /**
     * Token spans: a run of letters and digits between spaces is one token as it stands (OpenNLP's own
     * "alphanumeric optimisation", which the published model leaves off); anything else goes to the model.
     */
    private static Span[] tokenSpans(Tools tools, String s) {
        List<Span> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int b = i;
            boolean alnum = true;
            while (i < n && !isSpace(s.charAt(i))) {
                char c = s.charAt(i);
                alnum &= Character.isLetterOrDigit(c);
                i++;
            }
            if (i == b) {
                break;
            }
            if (alnum) {
                out.add(new Span(b, i));
            } else {
                for (Span sp : tools.chunks().computeIfAbsent(s.substring(b, i), tools.tokens()::tokenizePos)) {
                    out.add(new Span(b + sp.getStart(), b + sp.getEnd()));
                }
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The model works on UTF-16 units and may cut between the two halves of a character outside the BMP (an
     * emoji): move such cuts past the second half, so that every token is whole characters.
     */
    private static Span[] wholeCodePoints(String s, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        int lastEnd = 0;
        for (Span sp : spans) {
            int b = Math.max(fix(s, sp.getStart()), lastEnd);
            int e = fix(s, sp.getEnd());
            if (e > b) {
                out.add(new Span(b, e));
                lastEnd = e;
            }
        }
        return out.toArray(new Span[0]);
    }

    private static int fix(String s, int offset) {
        return offset > 0 && offset < s.length() && Character.isHighSurrogate(s.charAt(offset - 1))
                && Character.isLowSurrogate(s.charAt(offset)) ? offset + 1 : offset;
    }

    /** "U.N", "U.S", "E.U": capital letters joined by full stops, still missing the last one. */
    /** A middle initial inside a sentence ("Michael C. Cernech"): one capital letter, then its full stop. */
    private static boolean isInitial(String s, int b, int e) {
        return e - b == 1 && Character.isUpperCase(s.charAt(b));
    }

    /** "said Sen. Aldo Vance": a capitalised word of [name-abbreviations] keeps its full stop. */
    private static boolean isTitleAbbreviation(String s, int b, int e) {
        return Character.isUpperCase(s.charAt(b))
                && NAME_ABBREVIATIONS.contains(s.substring(b, e).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isAbbreviation(String s, int b, int e) {
        return e - b >= 3 && s.substring(b, e).matches("(\\p{Lu}\\.)+\\p{Lu}");
    }

    /** Splits one OpenNLP token at dashes, quotation marks and clitics, and adds the parts. */
    private static void split(String s, int b, int e, int offset, List<Token> out) {
        int start = b;
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                // OpenNLP keeps a non-breaking space inside a token; it separates words all the same.
                addWord(s, start, i, offset, out);
                start = i + 1;
            } else if (isDash(c) || isQuoteMark(c) && !isApostropheInWord(s, i, b, e)) {
                addWord(s, start, i, offset, out);
                out.add(new Token(offset + i, offset + i + 1, String.valueOf(c), null));
                start = i + 1;
            }
        }
        addWord(s, start, e, offset, out);
    }

    /** Adds a word, with a possessive or contracted clitic ('s, ’ll, n’t ...) as a token of its own. */
    private static void addWord(String s, int b, int e, int offset, List<Token> out) {
        if (e <= b) {
            return;
        }
        for (int i = b + 1; i < e - 1; i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') {
                String rest = s.substring(i + 1, e).toLowerCase(java.util.Locale.ROOT);
                if (CLITICS.contains(rest)) {
                    out.add(new Token(offset + b, offset + i, s.substring(b, i), null));
                    out.add(new Token(offset + i, offset + e, s.substring(i, e), null));
                    return;
                }
            }
        }
        if (e - b >= 2 && (s.charAt(e - 1) == '\'' || s.charAt(e - 1) == '\u2019') && s.charAt(e - 2) == 's') {
            out.add(new Token(offset + b, offset + e - 1, s.substring(b, e - 1), null));
            out.add(new Token(offset + e - 1, offset + e, s.substring(e - 1, e), null));
            return;
        }
        out.add(new Token(offset + b, offset + e, s.substring(b, e), null));
    }

    static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2012' || c == '\u2015';
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\u2018' || c == '\u2019' || c == '\'';
    }

    /** An apostrophe between letters ("Russia’s") or after an s ("allies’") is part of the word. */
    private static boolean isApostropheInWord(String s, int i, int b, int e) {
        char c = s.charAt(i);
        if (c != '\'' && c != '\u2019') {
            return false;
        }
        boolean letterBefore = i > b && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean letterAfter = i + 1 < e && Character.isLetter(s.charAt(i + 1));
        return letterBefore && (letterAfter || s.charAt(i - 1) == 's');
    }
}
