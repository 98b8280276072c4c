package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds speech verbs outside quotation marks: the forms of {@code [speech-verbs]} ("said", "pointed out") and the
 * phrases of {@code [refusal-phrases]} ("declined to comment"). The longest form at a token wins; a form used as a
 * noun ("Russia’s demands", "the reports") is no verb, nor is a second verb form right after another, nor a base
 * form ("claim", "call") the tagger does not read as a verb.
 */
record SpeechVerbStage(SpeechWords words) implements Stage<SpeechVerbs> {
    @Override
    public SpeechVerbs run(AnnotatedText text, Layers before) {
        List<SpeechVerb> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            out.addAll(verbsIn(text, s));
        }
        return new SpeechVerbs(out);
    }

    private List<SpeechVerb> verbsIn(AnnotatedText text, Sentence s) {
        List<SpeechVerb> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (text.inQuote(toks.get(i).begin())) {
                continue;
            }
            String[] refusal = Phrases.firstAt(toks, i, words.refusals);
            if (refusal != null) {
                out.add(new SpeechVerb(s.index(), i, refusal.length, "decline", String.join(" ", refusal), true));
                i += refusal.length - 1;
                continue;
            }
            String[] best = Phrases.longestAt(toks, i, words.verbsByFirst.get(toks.get(i).lower()));
            boolean rightAfterAnother = !out.isEmpty() && out.get(out.size() - 1).after() == i;
            String form = best == null ? null : String.join(" ", best);
            if (best != null && !rightAfterAnother && !isNounUse(text, s, i)
                    && (!form.equals(words.verbForms.get(form)) || mayBeVerb(s, i) && isVerb(text.tag(s, i)))) {
                out.add(new SpeechVerb(s.index(), i, best.length, words.verbForms.get(form), form, false));
                i += best.length - 1;
            } else if (best == null && !rightAfterAnother && words.namingForms.containsKey(toks.get(i).lower())
                    && NamingVerbs.quotationFollows(text, s, i + 1, words)) {
                String naming = toks.get(i).lower();
                out.add(new SpeechVerb(s.index(), i, 1, words.namingForms.get(naming), naming, false));
            }
        }
        return out;
    }

    /**
     * A base form ("argue", "claim", "call for") is also a noun or an adjective often enough ("a claim", "the
     * call for talks") that it counts as a verb only where the tagger reads it as one.
     */
    private static boolean isVerb(String tag) {
        return tag != null && tag.startsWith("VB");
    }

    /**
     * Where a base form can be a verb at all, before the (costly) tagger is asked: after a subject pronoun, "to",
     * an auxiliary, "not" or a quantifier ({@code [base-form-openers]}), a plural noun ("critics argue"), an
     * adverb ("they strongly argue") or a number ("26% say", "one in five say").
     */
    private boolean mayBeVerb(Sentence s, int i) {
        if (i == 0) {
            return false;
        }
        Token before = s.tokens().get(i - 1);
        String prev = before.lower();
        if (Character.isDigit(prev.charAt(0)) || prev.endsWith("%") || words.isSpelledNumber(before)) {
            return true; // "26% say", "one in five say"
        }
        return words.baseFormOpeners.contains(prev)
                || prev.length() > 3 && (prev.endsWith("s") || prev.endsWith("ly"))
                && Character.isLetter(prev.charAt(0));
    }

    /**
     * "Mira Holt Says Talks Will Resume": in a headline written in title case the tagger reads every word as a
     * name, so a form after a capitalised word is taken for the verb it most often is there.
     */
    private static boolean titleCaseHeadline(AnnotatedText text, Sentence s, int i) {
        return s.paragraph() == 0 && s.tokens().get(i).isCapitalised() && s.tokens().get(i - 1).isCapitalised();
    }

    /** "Russia’s demands", "the reports", "its claims": a verb form used as a noun. */
    private boolean isNounUse(AnnotatedText text, Sentence s, int i) {
        if (i == 0) {
            return false;
        }
        List<Token> toks = s.tokens();
        if (words.nounUseBefore.contains(toks.get(i - 1).lower())) {
            return true;
        }
        String w = toks.get(i).lower();
        boolean plural = w.endsWith("s") && !w.endsWith("ss");
        if (!plural || titleCaseHeadline(text, s, i)) {
            return false;
        }
        String tag = text.tag(s, i);
        String prevTag = text.tag(s, i - 1);
        return tag != null && tag.startsWith("NN") || prevTag != null && prevTag.startsWith("JJ");
    }
}
