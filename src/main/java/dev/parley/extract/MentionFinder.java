package dev.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * Finds the mentions of actors and places in an article and resolves them to entities.
 * <ol>
 * <li>Registered names, aliases and demonyms (longest match first).</li>
 * <li>Titled names ("Deputy Foreign Minister Lars Egede", "ministry spokesman Piet Aran"), recording the
 *     title the article gives.</li>
 * <li>Runs of capitalised words, typed from their own words (an organisation's head noun: "Ministry", "Herald")
 *     and their context (a place after "in"; a person after a title or before a speech verb).</li>
 * <li>Pronouns, role nouns ("the envoy") and unnamed sources ("a senior official").</li>
 * </ol>
 * Then coreference: surnames to full names, pronouns to the most recent compatible person outside quotations,
 * role nouns to the person who holds that role in the article (looking ahead when the role comes first).
 */
final class MentionFinder {
    private static final Lexicon LEX = Lexicon.get();
    private static final Set<String> TITLE_WORDS = Set.copyOf(LEX.lines("person-titles"));
    private static final Set<String> NON_NAMES = Set.copyOf(LEX.lines("non-name-words"));
    private static final Map<String, String> ORG_HEADS = LEX.map("org-heads");
    private static final Set<String> ROLE_NOUNS = Set.copyOf(LEX.lines("role-nouns"));
    private static final Set<String> UNNAMED_HEADS = Set.copyOf(LEX.lines("unnamed-source-heads"));
    private static final Set<String> MEDIA_NOUNS = Set.copyOf(LEX.lines("media-nouns"));
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "de", "al", "bin", "van", "von",
            "der", "du", "la", "le", "on", "&");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "al", "bin", "van", "von", "der", "du", "la", "le",
            "da", "di", "ibn", "el");
    private static final Set<String> TITLE_CONNECTORS = Set.of("of", "for", "and", "the");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "across", "outside",
            "inside", "around", "towards", "toward", "through", "visiting", "visited", "aboard", "over");
    private static final Set<String> PLACE_WORDS = Set.of("Island", "Islands", "Strip", "Bank", "Heights", "Sea",
            "River", "Valley", "Region", "Province", "Oblast", "Governorate", "District", "County", "Peninsula",
            "Corridor", "Gulf", "Bay", "Port", "Mountains", "Border", "Crossing", "Airport", "Square", "Palace");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "spokeswoman", "chairwoman",
            "congresswoman", "mrs.", "mrs", "ms.", "ms", "queen", "princess", "madam");
    private static final Set<String> MALE = Set.of("he", "him", "his", "spokesman", "chairman", "congressman",
            "mr.", "mr", "king", "prince");
    private static final java.util.regex.Pattern HYPHEN_PARTICLE = java.util.regex.Pattern.compile(
            "(al|el|bin|ibn|abu|de|da|di|du|van|von|le|la|ul|ud)-\\p{Lu}\\p{L}+");
    private static final Set<String> VENUE_WORDS = Set.of("Hotel", "Palace", "Camp", "Fort", "Base", "Airport",
            "Stadium", "Centre", "Hall", "House", "Castle", "Resort", "Mount", "Lake", "Cape", "Port");
    private static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "village", "port", "province",
            "region", "district", "valley", "enclave", "outpost", "suburb", "settlement");
    private static final Set<String> OFFICE_NOUNS = Set.of("office", "camp", "aides", "administration",
            "cabinet", "team", "campaign", "party");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "one", "two", "three", "several", "some",
            "other", "another");
    private static final Set<String> SOURCE_SKIP = Set.of("who", "that", "which", "with", "close", "familiar", ",",
            "speaking", "briefed", "involved");

    private final AnnotatedText text;
    private final Mentions.Builder out = new Mentions.Builder();
    private final EntityRegistry registry;
    private final Map<String, Entity> minted = new HashMap<>();

    MentionFinder(AnnotatedText text, EntityRegistry registry) {
        this.text = text;
        this.registry = registry;
    }

    Mentions run() {
        for (Sentence s : text.sentences()) {
            scan(s);
        }
        out.mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        relinkShortNames();
        retypeMinted();
        appositiveTitles();
        resolveReferences();
        return out.build(text);
    }

    // ---- Pass 1: names, titles, descriptions ----

    private void scan(Sentence s) {
        List<Token> toks = s.tokens();
        boolean headline = s.paragraph() == 0;
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (t.text().length() == 1 && Nlp.isQuoteMark(t.text().charAt(0))) {
                i++;
                continue;
            }
            int next = registered(s, i);
            if (next < 0) {
                next = titled(s, i);
            }
            if (next < 0 && !headline) {
                next = capitalised(s, i);
            }
            if (next < 0) {
                next = described(s, i);
            }
            i = next < 0 ? i + 1 : next;
        }
    }

    /** A registered name or demonym at token i; returns the next token index, or -1. */
    private int registered(Sentence s, int i) {
        Entity defined = out.aliases.get(s.tokens().get(i).text());
        if (defined != null) {
            add(s, i, i + 1, Mention.Kind.SHORT_NAME, defined);
            return i + 1;
        }
        EntityRegistry.Match m = registry.match(s.tokens(), i);
        if (m == null) {
            return -1;
        }
        int end = i + m.length();
        int orgEnd = orgExtension(s.tokens(), end);
        if (orgEnd > end) {
            // "Veldorian Defence Ministry", "Tallis Times": a name that goes on into an organisation's name.
            Entity affiliation = Types.isActor(m.entity().type()) ? m.entity().standsFor() != null
                    ? registryOrSelf(m.entity().standsFor()) : m.entity() : null;
            Entity org = mint(Types.named(ORG_HEADS.get(orgHead(s.tokens(), orgEnd))), s, i, orgEnd,
                    affiliation == null ? null : affiliation.iri());
            add(s, i, orgEnd, Mention.Kind.NAME, org);
            return orgEnd;
        }
        if (m.kind() == EntityRegistry.MatchKind.DEMONYM) {
            add(s, i, end, Mention.Kind.DEMONYM, m.entity());
            return end;
        }
        if (Types.isPerson(m.entity().type())) {
            recordTitleBefore(s, i, m.entity());
        }
        add(s, i, end, Mention.Kind.NAME, m.entity());
        return end;
    }

    private Entity registryOrSelf(String iri) {
        Entity e = registry.get(iri);
        return e;
    }

    /** Title words at token i followed by a name: "Former President Donald Trump"; returns next index or -1. */
    private int titled(Sentence s, int i) {
        List<Token> toks = s.tokens();
        if (!toks.get(i).isCapitalised() || !TITLE_WORDS.contains(toks.get(i).text())) {
            return -1;
        }
        int j = i;
        while (j < toks.size() && (TITLE_WORDS.contains(toks.get(j).text()) && (toks.get(j).isCapitalised()
                || TITLE_CONNECTORS.contains(toks.get(j).text()) && j + 1 < toks.size()
                && toks.get(j + 1).isCapitalised() && TITLE_WORDS.contains(toks.get(j + 1).text())))) {
            j++;
        }
        if (j == i || j >= toks.size()) {
            return -1;
        }
        int k = j;
        if (toks.get(k).text().equals(",") && k + 1 < toks.size()) {
            k++;
        }
        Entity person = null;
        int end = -1;
        EntityRegistry.Match m = registry.match(toks, k);
        if (m != null && m.kind() == EntityRegistry.MatchKind.LABEL && Types.isPerson(m.entity().type())) {
            person = m.entity();
            end = k + m.length();
        } else {
            int nameEnd = nameRun(toks, k);
            if (nameEnd > k && orgExtension(toks, k) <= k) {
                person = personNamed(s, k, nameEnd);
                end = nameEnd;
            }
        }
        if (person == null) {
            return -1;
        }
        int titleBegin = toks.get(i).begin();
        Mention before = i > 0 ? lastMentionEndingAt(toks.get(i - 1).end()) : null;
        if (before != null && before.kind() == Mention.Kind.DEMONYM) {
            titleBegin = before.begin();
            out.affiliations.putIfAbsent(person.iri(), before.entity());
        } else if (i > 1 && toks.get(i - 1).text().matches("['\u2019]s")) {
            // "Russia’s Deputy Foreign Minister": the possessive names whom the title serves.
            Mention owner = lastMentionEndingAt(toks.get(i - 2).end());
            if (owner != null && owner.entity() != null && Types.isActor(owner.entity().type())) {
                out.affiliations.putIfAbsent(person.iri(), owner.entity());
            }
        }
        out.addTitle(out.use(person), text.slice(titleBegin, toks.get(j - 1).end()));
        noteGender(person, toks.get(i).lower());
        add(s, k, end, Mention.Kind.NAME, person);
        return end;
    }

    /** Lower-case role nouns right before a name: "ministry spokesman Piet Aran", "envoy Jonas Ekdahl". */
    private void recordTitleBefore(Sentence s, int i, Entity person) {
        List<Token> toks = s.tokens();
        int j = i;
        while (j > 0 && j > i - 3 && !toks.get(j - 1).isCapitalised()
                && Character.isLetter(toks.get(j - 1).text().charAt(0))
                && !DETERMINERS.contains(toks.get(j - 1).lower()) && !toks.get(j - 1).lower().equals("the")) {
            j--;
        }
        for (int k = j; k < i; k++) {
            String phrase = text.slice(toks.get(k).begin(), toks.get(i - 1).end()).toLowerCase(Locale.ROOT);
            if (ROLE_NOUNS.contains(lastWords(phrase))) {
                out.addTitle(out.use(person), text.slice(toks.get(k).begin(), toks.get(i - 1).end()));
                noteGender(person, toks.get(i - 1).lower());
                return;
            }
        }
    }

    private static String lastWords(String phrase) {
        String[] w = phrase.split("\\s+");
        if (w.length >= 2 && ROLE_NOUNS.contains(w[w.length - 2] + " " + w[w.length - 1])) {
            return w[w.length - 2] + " " + w[w.length - 1];
        }
        return w[w.length - 1];
    }

    /** A run of capitalised words at token i that is not registered; returns next index or -1. */
    private int capitalised(Sentence s, int i) {
        List<Token> toks = s.tokens();
        Token t = toks.get(i);
        if (!t.isCapitalised() || !Character.isLetter(t.text().charAt(0))) {
            return -1;
        }
        int start = i;
        while (start < toks.size() && NON_NAMES.contains(toks.get(start).text())) {
            start++;
        }
        if (start >= toks.size() || start > i && !toks.get(start).isCapitalised()) {
            return -1;
        }
        if (start > i) {
            return start;
        }
        int orgEnd = orgExtension(toks, i);
        if (orgEnd > i) {
            Resource type = Types.named(ORG_HEADS.get(orgHead(toks, orgEnd)));
            Entity org = mint(type, s, i, orgEnd, null);
            add(s, i, orgEnd, Mention.Kind.NAME, org);
            return orgEnd;
        }
        int end = nameRun(toks, i);
        if (end <= i) {
            return -1;
        }
        String word = toks.get(i).text();
        String before = i > 0 ? toks.get(i - 1).lower() : "";
        if (end - i == 1) {
            Entity person = personWithSurname(word);
            if (person != null) {
                add(s, i, end, Mention.Kind.SHORT_NAME, person);
                return end;
            }
            Entity state = stateForDemonym(word);
            boolean titleFollows = end < toks.size() && TITLE_WORDS.contains(toks.get(end).text());
            if (state != null && (end >= toks.size() || !toks.get(end).isCapitalised() || titleFollows)) {
                add(s, i, end, Mention.Kind.DEMONYM, state);
                return end;
            }
            if (titleFollows && looksLikeDemonym(word)) {
                return end;
            }
            if (looksLikeDemonym(word) && end < toks.size() && !toks.get(end).isCapitalised()
                    && Character.isLetter(toks.get(end).text().charAt(0))) {
                // "Veldorian envoy", "Norvan delegation": an adjective of a state not named yet, not a name.
                return -1;
            }
        }
        if (end - i == 1 && UNNAMED_HEADS.contains(toks.get(i).lower()) && toks.get(i).lower().endsWith("s")) {
            // "Officials in the capital said": a description, not a name.
            return -1;
        }
        if (sentenceInitial(toks, i) && end - i == 1 && end < toks.size()
                && UNNAMED_HEADS.contains(toks.get(end).lower()) && toks.get(end).lower().endsWith("s")) {
            return -1;
        }
        Entity knownName = minted.get(Parley.DATA_NS + ArticleReader.slug(text.slice(t.begin(), toks.get(end - 1).end())));
        if (sentenceInitial(toks, i) && end - i == 1 && knownName == null && !isProperNoun(text.tag(s, i))) {
            return -1;
        }
        if (MEDIA_NOUNS.contains(before) || i > 1 && MEDIA_NOUNS.contains(toks.get(i - 2).lower() + " " + before)) {
            add(s, i, end, Mention.Kind.NAME, mint(Parley.MediaOutlet, s, i, end, null));
            return end;
        }
        if (VENUE_WORDS.contains(toks.get(i).text()) && end - i >= 2) {
            add(s, i, end, Mention.Kind.NAME, mint(Parley.Venue, s, i, end, null));
            return end;
        }
        boolean placeWord = PLACE_WORDS.contains(toks.get(end - 1).text());
        if (placeWord) {
            add(s, i, end, Mention.Kind.NAME, mint(Parley.Region, s, i, end, null));
            return end;
        }
        if (end - i >= 2 && !LOCATIVE.contains(before)) {
            Entity person = personNamed(s, i, end);
            recordTitleBefore(s, i, person);
            add(s, i, end, Mention.Kind.NAME, person);
            return end;
        }
        Resource type = LOCATIVE.contains(before) ? Parley.Place : Parley.Actor;
        add(s, i, end, Mention.Kind.NAME, mint(type, s, i, end, null));
        return end;
    }

    /** Pronouns, role nouns with "the", and descriptions of unnamed sources; returns next index or -1. */
    private int described(Sentence s, int i) {
        List<Token> toks = s.tokens();
        Token t = toks.get(i);
        String w = t.lower();
        if (PERSON_PRONOUNS.contains(w)) {
            add(s, i, i + 1, Mention.Kind.PRONOUN, null);
            return i + 1;
        }
        if ((w.equals("his") || w.equals("her")) && i + 1 < toks.size()
                && OFFICE_NOUNS.contains(toks.get(i + 1).lower())) {
            // "His office said": resolved with the pronoun, then the office is minted for that person.
            add(s, i, i + 2, Mention.Kind.PRONOUN, null);
            return i + 2;
        }
        boolean definite = w.equals("the");
        boolean possessive = t.text().equals("'s") || t.text().equals("\u2019s");
        if (possessive && i + 1 < toks.size() && OFFICE_NOUNS.contains(toks.get(i + 1).lower()) && i > 0) {
            // "Benjamin Netanyahu’s office said": the office speaks for the person.
            Mention owner = lastMentionEndingAt(toks.get(i - 1).end());
            if (owner != null && owner.entity() != null && Types.isPerson(owner.entity().type())) {
                String label = owner.entity().label() + "\u2019s " + toks.get(i + 1).lower();
                String iri = Parley.DATA_NS + ArticleReader.slug(label);
                Entity office = minted.computeIfAbsent(iri, k -> new Entity(k, Parley.Organisation, label,
                        List.of(), List.of(), null, List.of(), null, owner.entity().iri(), List.of(), false));
                add(s, i + 1, i + 2, Mention.Kind.NAME, office);
                return i + 2;
            }
        }
        if (definite || possessive) {
            int j = i + 1;
            Mention demonym = null;
            if (j < toks.size()) {
                EntityRegistry.Match m = registry.match(toks, j);
                if (m != null && m.kind() == EntityRegistry.MatchKind.DEMONYM) {
                    demonym = new Mention(toks.get(j).begin(), toks.get(j + m.length() - 1).end(), s.index(), j,
                            m.length(), Mention.Kind.DEMONYM, m.entity(), text.inQuote(toks.get(j).begin()));
                    j += m.length();
                }
            }
            int roleEnd = roleNounEnd(toks, j);
            if (roleEnd > j && (roleEnd >= toks.size() || !toks.get(roleEnd).isCapitalised())) {
                if (demonym != null) {
                    out.mentions.add(demonym);
                    out.use(demonym.entity());
                }
                add(s, j, roleEnd, Mention.Kind.ROLE, null);
                return roleEnd;
            }
            return -1;
        }
        if (i > 0 && toks.get(i - 1).isCapitalised() && !t.isCapitalised()
                && (looksLikeDemonym(toks.get(i - 1).text()) || lastMentionEndingAt(toks.get(i - 1).end()) != null
                && lastMentionEndingAt(toks.get(i - 1).end()).kind() == Mention.Kind.DEMONYM)) {
            int roleEnd = roleNounEnd(toks, i);
            if (roleEnd > i && (roleEnd >= toks.size() || !toks.get(roleEnd).isCapitalised())) {
                add(s, i, roleEnd, Mention.Kind.ROLE, null);
                return roleEnd;
            }
        }
        if (DETERMINERS.contains(w) || UNNAMED_HEADS.contains(w) && w.endsWith("s")) {
            return unnamed(s, i);
        }
        if (i + 1 < toks.size() && UNNAMED_HEADS.contains(toks.get(i + 1).lower())
                && toks.get(i + 1).lower().endsWith("s") && Character.isLetter(w.charAt(0))
                && (!t.isCapitalised() || sentenceInitial(toks, i)) && lastMentionEndingAt(t.end()) == null) {
            // "aid agencies said", "opposition lawmakers argued": a described group, not named.
            return unnamedFrom(s, i, i + 1);
        }
        return -1;
    }

    /** End of a (possibly two-word) role noun at token j: "envoy", "foreign minister"; or j. */
    private static int roleNounEnd(List<Token> toks, int j) {
        if (j + 1 < toks.size() && ROLE_NOUNS.contains(toks.get(j).lower() + " " + toks.get(j + 1).lower())) {
            if (j + 2 < toks.size()
                    && ROLE_NOUNS.contains(toks.get(j).lower() + " " + toks.get(j + 1).lower() + " "
                    + toks.get(j + 2).lower())) {
                return j + 3;
            }
            return j + 2;
        }
        if (j < toks.size() && ROLE_NOUNS.contains(toks.get(j).lower()) && !toks.get(j).isCapitalised()) {
            return j + 1;
        }
        return j;
    }

    /** "a senior official", "officials", "a diplomat from one of the guarantor states". */
    private int unnamed(Sentence s, int i) {
        List<Token> toks = s.tokens();
        int j = i;
        if (DETERMINERS.contains(toks.get(j).lower())) {
            j++;
        }
        int adjStart = j;
        while (j < toks.size() && j < adjStart + 3 && !UNNAMED_HEADS.contains(toks.get(j).lower())
                && Character.isLetter(toks.get(j).text().charAt(0)) && !toks.get(j).lower().equals("the")) {
            j++;
        }
        if (j >= toks.size() || !UNNAMED_HEADS.contains(toks.get(j).lower())) {
            return -1;
        }
        // "an official with the ministry, Ana Ruiz," names the speaker: the name wins.
        if (j + 2 < toks.size() && toks.get(j + 1).text().equals(",") && toks.get(j + 2).isCapitalised()) {
            return -1;
        }
        if (j + 1 < toks.size() && toks.get(j + 1).isCapitalised() && !toks.get(j + 1).text().equals("I")) {
            return -1;
        }
        return unnamedFrom(s, i, j, adjStart);
    }

    private int unnamedFrom(Sentence s, int i, int head) {
        return unnamedFrom(s, i, head, i);
    }

    /** An unnamed source described by tokens [labelStart, head], mentioned from token i. */
    private int unnamedFrom(Sentence s, int i, int head, int labelStart) {
        List<Token> toks = s.tokens();
        String label = text.slice(toks.get(labelStart).begin(), toks.get(head).end());
        if (sentenceInitial(toks, labelStart)) {
            label = label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
        }
        String iri = text.article().iri() + "/source/" + ArticleReader.slug(label);
        String finalLabel = label;
        Entity e = minted.computeIfAbsent(iri, k -> Entity.minted(k, Parley.UnnamedSource, finalLabel));
        add(s, i, head + 1, Mention.Kind.UNNAMED, e);
        return head + 1;
    }

    // ---- Names ----

    /** End of a run of capitalised words (with name particles) starting at i. */
    private int nameRun(List<Token> toks, int i) {
        int j = i;
        while (j < toks.size()) {
            Token t = toks.get(j);
            boolean cap = t.isCapitalised() && Character.isLetter(t.text().charAt(0)) && !NON_NAMES.contains(t.text())
                    && !TITLE_WORDS.contains(t.text()) && t.text().length() > 1
                    || j > i && HYPHEN_PARTICLE.matcher(t.text()).matches();
            boolean particle = j > i && NAME_PARTICLES.contains(t.lower()) && j + 1 < toks.size()
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
            if (j - i >= 4) {
                break;
            }
        }
        return j;
    }

    /** If capitalised words from i end in an organisation head ("... Foreign Ministry"), the end; else i. */
    private int orgExtension(List<Token> toks, int i) {
        int j = i;
        int lastHead = -1;
        while (j < toks.size() && j < i + 7) {
            Token t = toks.get(j);
            boolean cap = t.isCapitalised() && Character.isLetter(t.text().charAt(0)) || t.text().equals("U.S.");
            boolean connector = j > i && CONNECTORS.contains(t.lower()) && j + 1 < toks.size()
                    && toks.get(j + 1).isCapitalised();
            if (!cap && !connector) {
                break;
            }
            if (cap && ORG_HEADS.containsKey(t.text())) {
                lastHead = j;
            } else if (cap && j + 1 < toks.size() && ORG_HEADS.containsKey(t.text() + " " + toks.get(j + 1).text())) {
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

    private static String orgHead(List<Token> toks, int end) {
        for (int j = end - 1; j >= 0; j--) {
            String w = toks.get(j).text();
            if (j > 0 && ORG_HEADS.containsKey(toks.get(j - 1).text() + " " + w)) {
                return toks.get(j - 1).text() + " " + w;
            }
            if (ORG_HEADS.containsKey(w)) {
                return w;
            }
        }
        return "Organisation";
    }

    private Entity personNamed(Sentence s, int begin, int end) {
        Entity e = mint(Parley.Person, s, begin, end, null);
        if (!Types.isPerson(e.type())) {
            e = e.withType(Parley.Person);
            minted.put(e.iri(), e);
            out.entities.put(e.iri(), e);
        }
        return e;
    }

    /** A node for a name the registry does not know; the same name gives the same node. */
    private Entity mint(Resource type, Sentence s, int begin, int end, String affiliation) {
        List<Token> toks = s.tokens();
        int b = begin;
        if (toks.get(b).lower().equals("the")) {
            b++;
        }
        String label = text.slice(toks.get(b).begin(), toks.get(end - 1).end()).replaceAll("\\s+", " ");
        String iri = Parley.DATA_NS + ArticleReader.slug(EntityRegistry.norm(label));
        Entity known = registry.get(iri);
        if (known != null) {
            return known;
        }
        return minted.computeIfAbsent(iri, k -> new Entity(k, type, label, List.of(), List.of(), null, List.of(),
                null, affiliation, List.of(), false));
    }

    private Entity personWithSurname(String word) {
        for (Entity e : out.entities.values()) {
            if (Types.isPerson(e.type()) && !e.label().equals(word) && (e.label().endsWith(" " + word)
                    || e.aliases().contains(word))) {
                return e;
            }
        }
        return null;
    }

    /** The first word of a sentence, or the first after its opening quotation mark. */
    private static boolean sentenceInitial(List<Token> toks, int i) {
        for (int k = 0; k < i; k++) {
            String x = toks.get(k).text();
            if (!(x.length() == 1 && (Nlp.isQuoteMark(x.charAt(0)) || x.equals("(")))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProperNoun(String tag) {
        return tag != null && tag.startsWith("NNP");
    }

    private static final java.util.regex.Pattern DEMONYM_LIKE = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}+(ian|ean|an|ese|ish|i|ic)");

    private static boolean looksLikeDemonym(String word) {
        return DEMONYM_LIKE.matcher(word).matches();
    }

    /** "Veldorian" for a state-like name "Veldoria" the article uses: a shared stem of five letters or more. */
    private Entity stateForDemonym(String word) {
        if (!looksLikeDemonym(word)) {
            return null;
        }
        for (Entity e : minted.values()) {
            String l = e.label();
            if (l.indexOf(' ') < 0 && !Types.isPerson(e.type()) && !l.equals(word)) {
                int common = 0;
                while (common < l.length() && common < word.length() && l.charAt(common) == word.charAt(common)) {
                    common++;
                }
                if (common >= 5 && common >= l.length() - 2) {
                    return e;
                }
            }
        }
        return null;
    }

    private void add(Sentence s, int tokenBegin, int tokenEnd, Mention.Kind kind, Entity e) {
        List<Token> toks = s.tokens();
        // "the Orvesh Liberation Front (OLF)": the article defines a short form for the name.
        if (e != null && kind == Mention.Kind.NAME && tokenEnd + 2 < toks.size()
                && toks.get(tokenEnd).text().equals("(") && toks.get(tokenEnd + 2).text().equals(")")
                && toks.get(tokenEnd + 1).text().matches("\\p{Lu}[\\p{Lu}\\d.&-]{1,9}")) {
            out.aliases.putIfAbsent(toks.get(tokenEnd + 1).text(), e);
        }
        int begin = toks.get(tokenBegin).begin();
        int end = toks.get(tokenEnd - 1).end();
        Entity used = e == null ? null : out.use(e);
        out.mentions.add(new Mention(begin, end, s.index(), tokenBegin, tokenEnd - tokenBegin, kind, used,
                text.inQuote(begin)));
    }

    private Mention lastMentionEndingAt(int end) {
        for (int k = out.mentions.size() - 1; k >= 0; k--) {
            if (out.mentions.get(k).end() == end) {
                return out.mentions.get(k);
            }
        }
        return null;
    }

    private void noteGender(Entity e, String word) {
        if (FEMALE.contains(word)) {
            out.genders.put(e.iri(), 'f');
        } else if (MALE.contains(word)) {
            out.genders.put(e.iri(), 'm');
        }
    }

    // ---- Pass 2: coreference and typing ----

    /** A single name met before its full form ("Kovac ... Anna Kovac") becomes the person. */
    private void relinkShortNames() {
        for (int k = 0; k < out.mentions.size(); k++) {
            Mention m = out.mentions.get(k);
            if (m.entity() == null || m.entity().registered() || m.kind() != Mention.Kind.NAME
                    || m.entity().label().indexOf(' ') >= 0) {
                continue;
            }
            Entity person = personWithSurname(m.entity().label());
            if (person != null) {
                out.mentions.set(k, new Mention(m.begin(), m.end(), m.sentence(), m.token(), m.tokens(),
                        Mention.Kind.SHORT_NAME, person, m.inQuote()));
                if (out.mentions.stream().noneMatch(o -> o.entity() == m.entity())) {
                    out.entities.remove(m.entity().iri());
                }
            }
        }
    }

    /**
     * Types a minted one-word name from all its uses: a state when the article also uses its demonym or gives it
     * officials ("Veldoria's Foreign Minister"); a place when it only follows place prepositions.
     */
    private void retypeMinted() {
        Map<String, Resource> retype = new HashMap<>();
        Set<String> demonymStates = new HashSet<>();
        for (Mention m : out.mentions) {
            if (m.kind() == Mention.Kind.DEMONYM && m.entity() != null && !m.entity().registered()) {
                demonymStates.add(m.entity().iri());
            }
        }
        for (Entity e : out.entities.values()) {
            if (e.registered() || !(e.type().equals(Parley.Actor) || e.type().equals(Parley.Place))) {
                continue;
            }
            boolean state = demonymStates.contains(e.iri());
            boolean actorUse = false;
            boolean city = false;
            for (Mention m : out.mentions) {
                if (m.entity() != e) {
                    continue;
                }
                Sentence s = text.sentences().get(m.sentence());
                int after = m.token() + m.tokens();
                if (after + 1 < s.tokens().size() && s.tokens().get(after).text().matches("['\u2019]s")
                        && s.tokens().get(after + 1).isCapitalised()) {
                    state = true;
                }
                String before = m.token() > 0 ? s.tokens().get(m.token() - 1).lower() : "";
                boolean placeAppositive = before.equals(",") && m.token() > 1
                        && PLACE_NOUNS.contains(s.tokens().get(m.token() - 2).lower());
                if (placeAppositive || m.token() > 1 && before.equals("of")
                        && PLACE_NOUNS.contains(s.tokens().get(m.token() - 2).lower())) {
                    city = true;
                }
                if (!LOCATIVE.contains(before) && !placeAppositive) {
                    actorUse = true;
                }
            }
            if (city && !state) {
                retype.put(e.iri(), Parley.City);
            } else if (state || actorUse && e.label().indexOf(' ') < 0) {
                retype.put(e.iri(), Parley.State);
            } else {
                retype.put(e.iri(), Parley.Place);
            }
        }
        for (Map.Entry<String, Resource> r : retype.entrySet()) {
            Entity old = out.entities.get(r.getKey());
            Entity now = old.withType(r.getValue());
            out.entities.put(now.iri(), now);
            for (int k = 0; k < out.mentions.size(); k++) {
                if (out.mentions.get(k).entity() == old) {
                    out.mentions.set(k, out.mentions.get(k).withEntity(now));
                }
            }
        }
    }

    /** "Marta Novak, the Sorrenthi foreign minister," gives Marta Novak that title. */
    private void appositiveTitles() {
        for (Mention m : out.mentions) {
            if (m.entity() == null || !Types.isPerson(m.entity().type()) || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            List<Token> toks = s.tokens();
            int j = m.token() + m.tokens();
            if (j + 2 >= toks.size() || !toks.get(j).text().equals(",")) {
                continue;
            }
            int k = j + 2;
            if (!Set.of("the", "a", "an").contains(toks.get(j + 1).lower())) {
                // "Farid Anwari, Seloria’s chief negotiator,": a possessive name opens the title.
                Mention owner = out.startingAt(s, j + 1);
                if (owner == null || owner.token() + owner.tokens() >= toks.size()
                        || !toks.get(owner.token() + owner.tokens()).text().matches("['\u2019]s")) {
                    continue;
                }
                k = owner.token() + owner.tokens() + 1;
            }
            int titleStart = k;
            int roleEnd = -1;
            while (k < toks.size() && k < j + 9 && !toks.get(k).text().equals(",") && !toks.get(k).text().equals(".")) {
                if (ROLE_NOUNS.contains(toks.get(k).lower())) {
                    roleEnd = k + 1;
                }
                k++;
            }
            if (roleEnd > 0) {
                out.addTitle(m.entity(), text.slice(toks.get(titleStart).begin(), toks.get(roleEnd - 1).end()));
                noteGender(m.entity(), toks.get(roleEnd - 1).lower());
            }
        }
    }

    /** Pronouns to the most recent compatible person outside quotations; role nouns to their holder. */
    private void resolveReferences() {
        for (int k = 0; k < out.mentions.size(); k++) {
            Mention m = out.mentions.get(k);
            if (m.kind() == Mention.Kind.PRONOUN && m.entity() == null) {
                String[] words = text.slice(m.begin(), m.end()).toLowerCase(Locale.ROOT).split("\\s+");
                char gender = words[0].equals("she") || words[0].equals("her") ? 'f' : 'm';
                Entity e = antecedent(k, gender);
                if (e != null) {
                    out.genders.putIfAbsent(e.iri(), gender);
                    if (words.length > 1) {
                        e = officeOf(e, words[1]);
                    }
                    out.mentions.set(k, m.withEntity(out.use(e)));
                }
            } else if (m.kind() == Mention.Kind.ROLE && m.entity() == null) {
                Entity e = roleHolder(k);
                if (e != null) {
                    out.mentions.set(k, m.withEntity(e));
                }
            }
        }
    }

    private Entity officeOf(Entity person, String noun) {
        String label = person.label() + "\u2019s " + noun;
        String iri = Parley.DATA_NS + ArticleReader.slug(label);
        return minted.computeIfAbsent(iri, x -> new Entity(x, Parley.Organisation, label, List.of(), List.of(), null,
                List.of(), null, person.iri(), List.of(), false));
    }

    private Entity antecedent(int k, char gender) {
        Mention pronoun = out.mentions.get(k);
        // A pronoun opening a sentence most often continues the previous sentence's subject.
        Sentence ps = text.sentences().get(pronoun.sentence());
        if (pronoun.token() == 0 && pronoun.sentence() > 0) {
            Entity subject = subjectOfSentence(text.sentences().get(pronoun.sentence() - 1), gender);
            if (subject != null) {
                return subject;
            }
        }
        for (int j = k - 1; j >= 0; j--) {
            Mention c = out.mentions.get(j);
            if (c.entity() == null || !Types.isPerson(c.entity().type())) {
                continue;
            }
            if (c.inQuote() && !pronoun.inQuote()) {
                continue;
            }
            Character g = out.genders.get(c.entity().iri());
            if (g != null && g != gender) {
                continue;
            }
            return c.entity();
        }
        return null;
    }

    /** The first person in a sentence who is not the object of a preposition, outside quotations. */
    private Entity subjectOfSentence(Sentence s, char gender) {
        for (Mention m : out.in(s.begin(), s.end())) {
            if (m.entity() == null || m.inQuote() || !Types.isPerson(m.entity().type())) {
                continue;
            }
            String prev = m.token() > 0 ? s.tokens().get(m.token() - 1).lower() : "";
            if (LOCATIVE.contains(prev) || Set.of("with", "of", "for", "by", "to", "about").contains(prev)) {
                continue;
            }
            Character g = out.genders.get(m.entity().iri());
            if (g != null && g != gender) {
                continue;
            }
            return m.entity();
        }
        return null;
    }

    /**
     * The holder of a role: a person the article titles with it (most recent before, else first after); a person
     * the registry gives that role; an unnamed source described by it; else the next person the article newly
     * introduces (the role noun came first).
     */
    private Entity roleHolder(int k) {
        Mention m = out.mentions.get(k);
        String role = text.slice(m.begin(), m.end()).toLowerCase(Locale.ROOT);
        Entity before = null;
        Entity after = null;
        for (int j = 0; j < out.mentions.size(); j++) {
            Mention c = out.mentions.get(j);
            if (j == k || c.entity() == null) {
                continue;
            }
            if (holds(c.entity(), role)) {
                if (j < k) {
                    before = c.entity();
                } else if (after == null) {
                    after = c.entity();
                }
            }
        }
        if (before != null) {
            return before;
        }
        if (after != null) {
            return after;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < out.mentions.size(); j++) {
            Mention c = out.mentions.get(j);
            if (c.entity() == null) {
                continue;
            }
            if (j > k && !seen.contains(c.entity().iri()) && Types.isPerson(c.entity().type()) && !c.inQuote()
                    && c.sentence() - m.sentence() <= 3) {
                out.addTitle(c.entity(), role);
                return c.entity();
            }
            if (j <= k) {
                seen.add(c.entity().iri());
            }
        }
        return null;
    }

    private boolean holds(Entity e, String role) {
        if (Types.isOrganisation(e.type())) {
            String label = e.label().toLowerCase(Locale.ROOT);
            return label.endsWith(" " + role) || label.equals(role);
        }
        if (Types.isPerson(e.type()) || e.type().equals(Parley.UnnamedSource)) {
            for (String title : out.titlesOf(e)) {
                if (endsWithRole(title, role)) {
                    return true;
                }
            }
            for (String title : e.titles()) {
                if (endsWithRole(title, role)) {
                    out.addTitle(e, title);
                    return true;
                }
            }
            if (e.type().equals(Parley.UnnamedSource) && endsWithRole(e.label(), role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithRole(String title, String role) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.equals(role) || t.endsWith(" " + role) || t.contains(" " + role + " for ")
                || t.contains(" " + role + " of ") || t.startsWith(role + " for ") || t.startsWith(role + " of ");
    }
}
