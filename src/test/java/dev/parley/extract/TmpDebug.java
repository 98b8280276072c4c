package dev.parley.extract;
import org.junit.jupiter.api.Test;
class TmpDebug {
    @Test void dbg() throws Exception {
        var a = ArticleReader.read(java.nio.file.Path.of(System.getProperty("dbg.file", "/tmp/dbg/b.txt")));
        var t = AnnotatedText.of(a);
        for (var q : t.quotes()) System.out.println("Q " + q + " " + t.slice(q.begin(), q.end()));
        for (var s : t.sentences()) System.out.println("S " + s.index() + " " + s.tokens().stream().map(Token::text).toList());
        var m = SpeechFacts.PIPELINE.runThrough(t, Mentions.class);
        for (var x : m.all()) System.out.println("M " + t.slice(x.begin(), x.end()) + " " + x.kind() + " " + (x.entity()==null?null:x.entity().type().getLocalName() + " " + x.entity().label()));
        var v = SpeechFacts.PIPELINE.runThrough(t, SpeechVerbs.class);
        for (var x : v.all()) System.out.println("V " + x);
    }
}
