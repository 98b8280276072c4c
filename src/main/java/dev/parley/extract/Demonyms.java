package dev.parley.extract;

/**
 * A demonym of a state the registry does not know: "Veldorian" for a one-word name "Veldoria" the article uses,
 * when the two share a stem long enough ([thresholds] demonym-stem-min-chars, demonym-stem-max-missing-chars).
 */
final class Demonyms {
    private final MentionDraft d;

    Demonyms(MentionDraft d) {
        this.d = d;
    }

    /** The minted name the word is the demonym of, or null. */
    Entity stateFor(String word) {
        if (!d.words.looksLikeDemonym(word)) {
            return null;
        }
        for (Entity e : d.minted.values()) {
            String l = e.label();
            if (l.indexOf(' ') < 0 && !Types.isPerson(e.type()) && !l.equals(word)) {
                int common = 0;
                while (common < l.length() && common < word.length() && l.charAt(common) == word.charAt(common)) {
                    common++;
                }
                if (common >= d.words.limits.demonymStemMinChars()
                        && common >= l.length() - d.words.limits.demonymStemMaxMissingChars()) {
                    return e;
                }
            }
        }
        return null;
    }
}
