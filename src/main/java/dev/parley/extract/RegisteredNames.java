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
