package dev.parley.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;

import dev.parley.vocab.Parley;

/**
 * What the mention rules of one article share while they run: the text, the registry, the word lists, the
 * mentions found so far and the nodes minted for names the registry does not know. Made and used by
 * {@link MentionStage} only; the rules add to it in the order the stage states.
 */
final class MentionDraft {
    final AnnotatedText text;
    final EntityRegistry registry;
    final MentionWords words;
    final Mentions.Builder out = new Mentions.Builder();
    /** Nodes for names the registry does not know, by IRI: the same name gives the same node. */
    final Map<String, Entity> minted = new HashMap<>();

    MentionDraft(AnnotatedText text, EntityRegistry registry, MentionWords words) {
        this.text = text;
        this.registry = registry;
        this.words = words;
    }

    /** Adds a mention of tokens [tokenBegin, tokenEnd) of the sentence. */
    void add(Sentence s, int tokenBegin, int tokenEnd, Mention.Kind kind, Entity e) {
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

    /** The latest mention found that ends at this character offset, or null. */
    Mention lastMentionEndingAt(int end) {
        for (int k = out.mentions.size() - 1; k >= 0; k--) {
            if (out.mentions.get(k).end() == end) {
                return out.mentions.get(k);
            }
        }
        return null;
    }

    /** Records the gender a word shows ("spokeswoman", "he") for the entity. */
    void noteGender(Entity e, String word) {
        if (words.female.contains(word)) {
            out.genders.put(e.iri(), 'f');
        } else if (words.male.contains(word)) {
            out.genders.put(e.iri(), 'm');
        }
    }

    /** A node for a name the registry does not know; the same name gives the same node. */
    Entity mint(Resource type, Sentence s, int begin, int end, String affiliation) {
        List<Token> toks = s.tokens();
        int b = begin;
        if (toks.get(b).lower().equals("the") && b + 1 < end) {
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

    /** The person named by tokens [begin, end), minted (or retyped to a person) when not registered. */
    Entity personNamed(Sentence s, int begin, int end) {
        Entity e = mint(Parley.Person, s, begin, end, null);
        if (!Types.isPerson(e.type())) {
            e = e.withType(Parley.Person);
            minted.put(e.iri(), e);
            out.entities.put(e.iri(), e);
        }
        return e;
    }

    /** The office that speaks for a person ("Benjamin Netanyahu’s office"), one node per person and noun. */
    Entity officeOf(Entity person, String noun) {
        String label = person.label() + "\u2019s " + noun;
        String iri = Parley.DATA_NS + ArticleReader.slug(label);
        return minted.computeIfAbsent(iri, x -> new Entity(x, Parley.Organisation, label, List.of(), List.of(), null,
                List.of(), null, person.iri(), List.of(), false));
    }

    /** A person already referred to whose full name ends in this word or who has it as an alias. */
    Entity personWithSurname(String word) {
        for (Entity e : out.entities.values()) {
            if (Types.isPerson(e.type()) && !e.label().equals(word) && (e.label().endsWith(" " + word)
                    || e.aliases().contains(word))) {
                return e;
            }
        }
        return null;
    }

    /** The first word of a sentence, or the first after its opening quotation mark. */
    static boolean sentenceInitial(List<Token> toks, int i) {
        for (int k = 0; k < i; k++) {
            String x = toks.get(k).text();
            if (!(x.length() == 1 && (Nlp.isQuoteMark(x.charAt(0)) || x.equals("(")))) {
                return false;
            }
        }
        return true;
    }
}
