package dev.parley.extract;

/** The direction the words around a date expression give it ({@link ClauseTense}). */
enum Tense {
    FUTURE, PAST, NONE
}
