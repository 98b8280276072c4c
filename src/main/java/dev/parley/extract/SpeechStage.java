package dev.parley.extract;

/** Direct quotations and reported speech, with their speakers and context. */
record SpeechStage() implements Stage<Statements> {
    @Override
    public Statements run(AnnotatedText text, Layers before) {
        return new SpeechFinder(text, before.get(Mentions.class)).run();
    }
}
