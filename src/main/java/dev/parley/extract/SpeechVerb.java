package dev.parley.extract;

/**
 * A speech verb (or a phrase of declining to speak) outside quotation marks.
 *
 * @param sentence index of its sentence
 * @param token    index of its first token in the sentence
 * @param length   how many tokens it covers ("pointed out": 2)
 * @param lemma    its lemma ("point out"; "decline" for a refusal)
 * @param form     the words as written, lower case
 * @param refusal  whether it is a phrase of declining to speak ("declined to comment")
 */
record SpeechVerb(int sentence, int token, int length, String lemma, String form, boolean refusal) {
    private static final String PARTICIPLE_ENDING = "ing";

    /** "adding", "pointing out": a participle hangs from another clause's subject. */
    boolean participle() {
        for (String word : form.split(" ")) {
            if (word.endsWith(PARTICIPLE_ENDING)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first token after the verb. */
    int after() {
        return token + length;
    }
}
