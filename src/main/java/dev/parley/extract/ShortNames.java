package dev.parley.extract;

/** A single name met before its full form ("Kovac ... Anna Kovac") becomes the person. */
final class ShortNames {
    private ShortNames() {}

    static void relink(MentionDraft d) {
        Mentions.Builder out = d.out;
        for (int k = 0; k < out.mentions.size(); k++) {
            Mention m = out.mentions.get(k);
            if (m.entity() == null || m.entity().registered() || m.kind() != Mention.Kind.NAME
                    || m.entity().label().indexOf(' ') >= 0) {
                continue;
            }
            Entity person = d.personWithSurname(m.entity().label());
            if (person != null) {
                out.mentions.set(k, new Mention(m.begin(), m.end(), m.sentence(), m.token(), m.tokens(),
                        Mention.Kind.SHORT_NAME, person, m.inQuote()));
                if (out.mentions.stream().noneMatch(o -> o.entity() == m.entity())) {
                    out.entities.remove(m.entity().iri());
                }
            }
        }
    }
}
