package dev.parley.extract;

import java.util.List;

/**
 * A name the registry knows (label, alias or demonym, longest match first) or a short form the article defined
 * ("the Orvesh Liberation Front (OLF)" ... "OLF"); a registered name that goes on into an organisation's name
 * ("Veldorian Defence Ministry") is that organisation, affiliated with the name's state.
 */
final class RegisteredNames {
    private final MentionDraft d;
    private final NameRuns names;
    private final TitledNames titled;

    RegisteredNames(MentionDraft d, NameRuns names, TitledNames titled) {
        this.d = d;
        this.names = names;
        this.titled = titled;
    }

    /**
     * "Henrik Saar arrived … Saar said": a one-word registered name of a person that is the surname of another
     * person the article has named, while the registered one is not named in it, is that other person.
     */
    private Entity namedHere(String word, EntityRegistry.Match m) {
        if (m.length() != 1 || m.kind() == EntityRegistry.MatchKind.DEMONYM || !Types.isPerson(m.entity().type())
                || d.out.entities.containsKey(m.entity().iri())) {
            return null;
        }
        Entity other = d.personWithSurname(word);
        // "Republican Donald Trump", a run that took in a word before the name, is no other person.
        return other != null && !other.iri().equals(m.entity().iri()) && !other.label().endsWith(m.entity().label())
                ? other : null;
    }

    /** A registered name or demonym at token i; returns the next token index, or -1. */
    int at(Sentence s, int i) {
        Entity defined = d.out.aliases.get(s.tokens().get(i).text());
        if (defined != null) {
            d.add(s, i, i + 1, Mention.Kind.SHORT_NAME, defined);
            return i + 1;
        }
        List<Token> toks = s.tokens();
        EntityRegistry.Match m = d.registry.match(toks, i);
        if (m == null) {
            return -1;
        }
        int end = i + m.length();
        Entity named = namedHere(toks.get(i).text(), m);
        if (named != null) {
            d.add(s, i, end, Mention.Kind.SHORT_NAME, named);
            return end;
        }
        int orgEnd = names.orgExtension(toks, end);
        if (orgEnd > end) {
            // "Veldorian Defence Ministry", "Tallis Times": a name that goes on into an organisation's name.
            Entity affiliation = Types.isActor(m.entity().type()) ? m.entity().standsFor() != null
                    ? d.registry.get(m.entity().standsFor()) : m.entity() : null;
            Entity org = d.mint(Types.named(names.orgClass(toks, orgEnd)), s, i, orgEnd,
                    affiliation == null ? null : affiliation.iri());
            d.add(s, i, orgEnd, Mention.Kind.NAME, org);
            return orgEnd;
        }
        if (m.kind() == EntityRegistry.MatchKind.DEMONYM) {
            d.add(s, i, end, Mention.Kind.DEMONYM, m.entity());
            return end;
        }
        if (Types.isPerson(m.entity().type())) {
            titled.recordTitleBefore(s, i, m.entity());
        }
        d.add(s, i, end, Mention.Kind.NAME, m.entity());
        return end;
    }
}
