package dev.parley.extract;

/**
 * A stretch of text that refers to an entity.
 *
 * @param begin    offset in the article text
 * @param end      end offset, exclusive
 * @param sentence index of the sentence it lies in
 * @param token    index of its first token in that sentence
 * @param tokens   how many tokens it covers
 * @param kind     how it refers
 * @param entity   what it refers to (null until resolved, for pronouns and role nouns)
 * @param inQuote  whether it lies inside quoted speech
 */
record Mention(int begin, int end, int sentence, int token, int tokens, Kind kind, Entity entity, boolean inQuote) {
    /** How a mention refers. */
    enum Kind {
        /** A name: registered label, full name, or a name the registry does not know. */
        NAME,
        /** A surname or other short form of a name met earlier or later in the article. */
        SHORT_NAME,
        /** An adjective for a state ("Russian"). */
        DEMONYM,
        /** A personal pronoun ("he", "she"). */
        PRONOUN,
        /** A role noun with "the" ("the envoy"). */
        ROLE,
        /** A description of a speaker the article does not name ("a senior official"). */
        UNNAMED
    }

    Mention withEntity(Entity e) {
        return new Mention(begin, end, sentence, token, tokens, kind, e, inQuote);
    }

    boolean isActor() {
        return entity != null && Types.isActor(entity.type());
    }
}
