package dev.parley.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;

import dev.parley.ParleyException;
import dev.parley.ParleyHome;
import dev.parley.model.Article;

/**
 * Turns one article into an RDF graph: actors, places, statements, agreements and events, each traceable to the
 * exact span of text it came from. Pure: text and metadata in, a graph out; no store, no server.
 * <pre>
 *   Extractor extractor = Extractor.forHome(ParleyHome.get());
 *   Graph graph = extractor.extract(ArticleReader.read(Path.of("data/articles/x.txt")));
 * </pre>
 * An extractor is immutable and safe to share between threads.
 */
public final class Extractor {
    private final EntityRegistry registry;
    private final Pipeline pipeline;
    private final ExtractorVersion version;

    private Extractor(EntityRegistry registry, byte[] registryBytes) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.pipeline = Pipeline.standard(registry);
        this.version = ExtractorVersion.current(registryBytes);
    }

    /** An extractor with the registry in {@code data/entities.ttl} under the project home. */
    public static Extractor forHome(ParleyHome home) {
        return withRegistry(home.data().resolve("entities.ttl"));
    }

    /** An extractor with the registry in the given Turtle file. */
    public static Extractor withRegistry(Path registryFile) {
        EntityRegistry registry = EntityRegistry.load(registryFile);
        try {
            return new Extractor(registry, Files.readAllBytes(registryFile));
        } catch (IOException e) {
            throw new ParleyException("Cannot read the entity registry " + registryFile + ": " + e.getMessage(), e);
        }
    }

    /** An extractor that knows no names: every actor and place is found from the text alone. */
    public static Extractor withoutRegistry() {
        return new Extractor(EntityRegistry.empty(), null);
    }

    /**
     * What decides this extractor's output: the release and fingerprints of its rules, word lists, registry and
     * models. Load records keep it, so that a load after any change re-extracts.
     */
    public ExtractorVersion version() {
        return version;
    }

    /** The article's graph, named by nothing: the caller stores it under the article's IRI. */
    public Graph extract(Article article) {
        return analyse(article).graph();
    }

    /** Everything found, for callers that need more than the graph (evaluation, tests). */
    public Result analyse(Article article) {
        AnnotatedText text = AnnotatedText.of(article);
        Layers layers = pipeline.run(text);
        Mentions mentions = layers.get(Mentions.class);
        Statements statements = layers.get(Statements.class);
        Happenings happenings = layers.get(Happenings.class);
        Graph graph = new ArticleGraph(text, mentions, happenings.entities(), registry).build(layers);
        List<FoundStatement> out = new ArrayList<>();
        for (Statement st : statements.all()) {
            out.add(new FoundStatement(st.kind() == Statement.Kind.DIRECT ? "direct" : "reported",
                    st.speaker().iri(), st.speaker().label(), st.speaker().aliases(), text.slice(st.begin(), st.end()),
                    st.begin(), st.end()));
        }
        return new Result(graph, out);
    }

    /** What {@link #analyse} found. */
    public record Result(Graph graph, List<FoundStatement> statements) {
        public Result {
            Objects.requireNonNull(graph, "graph");
            statements = List.copyOf(statements);
        }
    }

    /** One statement: kind ("direct" or "reported"), speaker (IRI, label, aliases), verbatim text, offsets. */
    public record FoundStatement(String kind, String speakerIri, String speakerLabel, List<String> speakerAliases,
            String text, int begin, int end) {
        public FoundStatement {
            speakerAliases = List.copyOf(speakerAliases);
        }
    }
}
