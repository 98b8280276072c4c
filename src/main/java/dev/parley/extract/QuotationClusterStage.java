package dev.parley.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import dev.parley.vocab.Parley;

/**
 * One quote, many articles: a direct quote (a partial one too) of {@code quote-cluster-min-words} words or more
 * belongs to the quotation cluster named by its words alone (letters, digits and apostrophes inside words, lower
 * case, one space between words), so the same quote carried by several articles, in any capitalisation or
 * punctuation, is one cluster whatever the order the articles are loaded in; each article's graph links its own quotes, and counts across articles are a query
 * ({@code quote-clusters}). A quote with words changed is a cluster of its own.
 */
record QuotationClusterStage(int minWords) implements Stage<QuotationClusters> {
    static QuotationClusterStage of(Lexicon lexicon) {
        return new QuotationClusterStage(lexicon.threshold("quote-cluster-min-words"));
    }

    @Override
    public QuotationClusters run(AnnotatedText text, Layers before) {
        List<String> out = new ArrayList<>();
        for (Statement st : before.get(Statements.class).all()) {
            String key = st.kind() == Statement.Kind.DIRECT ? key(text.slice(st.begin(), st.end())) : "";
            out.add(key.split(" ").length >= minWords ? iri(key) : null);
        }
        return new QuotationClusters(out);
    }

    /** The quote's words: letters and digits in lower case, one space between words. */
    static String key(String quote) {
        String s = Normalizer.normalize(quote, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            } else if ((c == '\'' || c == '\u2019') && !space && b.length() > 0
                    && Character.isLetter(b.charAt(b.length() - 1))) {
                // An apostrophe inside a word joins it ("don't"); anything else parts words.
                b.append('\'');
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** The cluster's IRI: a digest of the quote's words. */
    static String iri(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Parley.DATA_NS + "quote/" + HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
