package dev.parley.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "Sen. Mira Holt (D-Tallis)", "Sen. Mira Holt, D-Tallis, said": a party-and-state tag in parentheses or between
 * commas right after a name belongs to that person's mention; it names no state of its own. The party letters are
 * [party-tag-letters].
 */
final class PartyTags {
    private PartyTags() {}

    static void attach(MentionDraft d) {
        Pattern tag = Pattern.compile("[" + String.join("", d.words.partyTagLetters) + "]-\\p{Lu}[\\p{L}.]{0,14}");
        List<Mention> all = d.out.mentions;
        for (int k = 0; k < all.size(); k++) {
            Mention m = all.get(k);
            if (m.kind() != Mention.Kind.NAME || m.entity() == null || !Types.canSpeak(m.entity().type())) {
                continue;
            }
            List<Token> toks = d.text.sentences().get(m.sentence()).tokens();
            int open = m.token() + m.tokens();
            int close = closing(toks, open);
            int last = close;
            if (close < 0 || !tag.matcher(inner(toks, open, close)).matches()) {
                // "Sen. Mira Holt, D-Tallis, said": the tag set off by commas.
                last = open + 1;
                boolean commas = open + 2 < toks.size() && toks.get(open).text().equals(",")
                        && toks.get(open + 2).text().equals(",") && tag.matcher(toks.get(open + 1).text()).matches();
                if (!commas) {
                    continue;
                }
            }
            int end = toks.get(last).end();
            for (int j = all.size() - 1; j > k; j--) {
                Mention inside = all.get(j);
                if (inside.begin() >= m.end() && inside.end() <= end) {
                    all.remove(j);
                    if (all.stream().noneMatch(o -> o.entity() == inside.entity()) && inside.entity() != null) {
                        d.out.entities.remove(inside.entity().iri());
                    }
                }
            }
            all.set(k, new Mention(m.begin(), end, m.sentence(), m.token(), last + 1 - m.token(), m.kind(),
                    m.entity(), m.inQuote()));
        }
    }

    /** The token index of ")" closing a "(" at open, within a few tokens, or -1. */
    private static int closing(List<Token> toks, int open) {
        if (open >= toks.size() || !toks.get(open).text().equals("(")) {
            return -1;
        }
        for (int j = open + 1; j < toks.size() && j <= open + 4; j++) {
            if (toks.get(j).text().equals(")")) {
                return j;
            }
        }
        return -1;
    }

    private static String inner(List<Token> toks, int open, int close) {
        StringBuilder b = new StringBuilder();
        for (int j = open + 1; j < close; j++) {
            b.append(toks.get(j).text());
        }
        return b.toString();
    }
}
