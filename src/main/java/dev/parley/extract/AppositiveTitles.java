package dev.parley.extract;

import java.util.List;

/**
 * A title in an appositive after a person's name: "Marta Novak, the Sorrenthi foreign minister," and "Farid
 * Anwari, Seloria’s chief negotiator," give the person that title (up to its last role noun, within
 * [thresholds] appositive-title-tokens).
 */
final class AppositiveTitles {
    private AppositiveTitles() {}

    static void record(MentionDraft d) {
        for (Mention m : d.out.mentions) {
            if (m.entity() == null || !Types.isPerson(m.entity().type()) || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            Sentence s = d.text.sentences().get(m.sentence());
            List<Token> toks = s.tokens();
            int j = m.token() + m.tokens();
            if (j + 2 >= toks.size() || !toks.get(j).text().equals(",")) {
                continue;
            }
            int k = j + 2;
            if (!d.words.appositiveArticles.contains(toks.get(j + 1).lower())) {
                // "Farid Anwari, Seloria’s chief negotiator,": a possessive name opens the title.
                Mention owner = d.out.startingAt(s, j + 1);
                if (owner == null || owner.token() + owner.tokens() >= toks.size()
                        || !toks.get(owner.token() + owner.tokens()).text().matches("['\u2019]s")) {
                    continue;
                }
                k = owner.token() + owner.tokens() + 1;
            }
            int titleStart = k;
            int roleEnd = -1;
            while (k < toks.size() && k < j + d.words.limits.appositiveTitleTokens() && !toks.get(k).text().equals(",")
                    && !toks.get(k).text().equals(".")) {
                if (d.words.roleNouns.contains(toks.get(k).lower())) {
                    roleEnd = k + 1;
                }
                k++;
            }
            if (roleEnd > 0) {
                d.out.addTitle(m.entity(), d.text.slice(toks.get(titleStart).begin(), toks.get(roleEnd - 1).end()));
                d.noteGender(m.entity(), toks.get(roleEnd - 1).lower());
            }
        }
    }
}
