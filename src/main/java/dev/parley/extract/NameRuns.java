package dev.parley.extract;

import java.util.List;

/**
 * Where a name made of capitalised words ends: a person's name (with particles: "Ursula von der Leyen"), or an
 * organisation's name that ends in a head word ("Veldorian Defence Ministry", "Ministry of Defence").
 */
final class NameRuns {
    private final MentionWords words;
    private final EntityRegistry registry;

    NameRuns(MentionWords words, EntityRegistry registry) {
        this.words = words;
        this.registry = registry;
    }

    /** End of a run of capitalised words (with name particles) starting at i; i when there is none. */
    int nameRun(List<Token> toks, int i) {
        int j = i;
        while (j < toks.size()) {
            Token t = toks.get(j);
            boolean afterInitial = j > i && isInitial(toks.get(j - 1).text());
            boolean cap = t.isCapitalised() && Character.isLetter(t.text().charAt(0))
                    && !words.nonNames.contains(t.text()) && (!words.titleWords.contains(t.text()) || afterInitial)
                    && t.text().length() > 1
                    || j > i && words.hyphenParticle.matcher(t.text()).matches();
            boolean particle = j > i && words.nameParticles.contains(t.lower()) && j + 1 < toks.size()
                    && toks.get(j + 1).isCapitalised();
            if (!cap && !particle) {
                break;
            }
            if (j > i && registry.match(toks, j) != null && !particle) {
                EntityRegistry.Match m = registry.match(toks, j);
                if (m.kind() == EntityRegistry.MatchKind.LABEL && !Types.isPerson(m.entity().type())) {
                    break;
                }
            }
            j++;
            if (j - i >= words.limits.nameMaxTokens()) {
                break;
            }
        }
        return j;
    }

    /** "T." in "Peter T. King": after an initial comes the surname, even one that is also a title. */
    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /** If capitalised words from i end in an organisation head ("... Foreign Ministry"), the end; else i. */
    int orgExtension(List<Token> toks, int i) {
        int j = i;
        int lastHead = -1;
        while (j < toks.size() && j < i + words.limits.orgNameMaxTokens()) {
            Token t = toks.get(j);
            boolean cap = t.isCapitalised() && Character.isLetter(t.text().charAt(0)) || t.text().equals("U.S.");
            boolean connector = j > i && words.nameConnectors.contains(t.lower()) && j + 1 < toks.size()
                    && toks.get(j + 1).isCapitalised();
            if (!cap && !connector) {
                break;
            }
            if (cap && words.orgHeads.containsKey(t.text())) {
                lastHead = j;
            } else if (cap && j + 1 < toks.size()
                    && words.orgHeads.containsKey(t.text() + " " + toks.get(j + 1).text())) {
                lastHead = j + 1;
                j++;
            }
            j++;
        }
        if (lastHead < 0) {
            return i;
        }
        // "Ministry of Defence": connectors and capitalised words after the head belong to it.
        int end = lastHead + 1;
        if (end + 1 < toks.size() && toks.get(end).lower().equals("of") && toks.get(end + 1).isCapitalised()) {
            end = nameRunAny(toks, end + 1);
        }
        return end;
    }

    private static int nameRunAny(List<Token> toks, int i) {
        int j = i;
        while (j < toks.size() && (toks.get(j).isCapitalised() || toks.get(j).lower().equals("the")
                && j + 1 < toks.size() && toks.get(j + 1).isCapitalised())) {
            j++;
        }
        return j;
    }

    /** The ontology class name of the organisation whose name ends before {@code end}, from its head word. */
    String orgClass(List<Token> toks, int end) {
        for (int j = end - 1; j >= 0; j--) {
            String w = toks.get(j).text();
            if (j > 0 && words.orgHeads.containsKey(toks.get(j - 1).text() + " " + w)) {
                return words.orgHeads.get(toks.get(j - 1).text() + " " + w);
            }
            if (words.orgHeads.containsKey(w)) {
                return words.orgHeads.get(w);
            }
        }
        return "Organisation";
    }
}
