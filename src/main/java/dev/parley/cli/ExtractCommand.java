package dev.parley.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.parley.ParleyException;
import dev.parley.ParleyHome;
import dev.parley.extract.ArticleReader;
import dev.parley.extract.Evaluation;
import dev.parley.extract.Extractor;
import dev.parley.model.Article;
import dev.parley.vocab.Nif;
import dev.parley.vocab.Parley;
import dev.parley.vocab.Prov;

/** {@code parley extract}: one article to RDF on standard output, or an evaluation over a folder of articles. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Turn one article (NAME.txt with optional NAME.meta.json) into RDF on standard output.",
            "With --evaluate DIR, compare what is extracted from every article in DIR with its NAME.expected.tsv "
                + "and print precision, recall and F1."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The article's .txt file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig (default; the graph named by the article's IRI), ttl or jsonld.")
    String format;

    @Option(names = "--evaluate", paramLabel = "DIR",
            description = "Evaluate against the NAME.expected.tsv files in DIR instead.")
    Path evaluate;

    @Option(names = {"-v", "--verbose"}, description = "With --evaluate: list every miss and extra.")
    boolean verbose;

    @Option(names = "--no-registry", description = "Ignore data/entities.ttl: find every name from the text alone.")
    boolean noRegistry;

    @Override
    public Integer call() {
        Extractor extractor = noRegistry ? Extractor.withoutRegistry() : Extractor.forHome(ParleyHome.get());
        PrintWriter out = spec.commandLine().getOut();
        if (evaluate != null) {
            if (!Files.isDirectory(evaluate)) {
                throw new ParleyException.BadInputException("Not a folder: " + evaluate);
            }
            Evaluation evaluation = Evaluation.run(extractor, evaluate);
            out.print(evaluation.table());
            if (verbose) {
                out.print(evaluation.details());
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (file == null) {
            throw new ParleyException.BadInputException("Name an article file (or use --evaluate DIR)");
        }
        RDFFormat rdfFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "ttl", "turtle" -> RDFFormat.TURTLE_PRETTY;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> throw new ParleyException.BadInputException("Unknown format \"" + format
                    + "\": use trig, ttl or jsonld");
        };
        Article article = ArticleReader.read(file);
        Graph graph = extractor.extract(article);
        graph.getPrefixMapping().setNsPrefix("parley", Parley.NS).setNsPrefix("nif", Nif.NS)
                .setNsPrefix("prov", Prov.NS).setNsPrefix("id", Parley.DATA_NS)
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("schema", "https://schema.org/").setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("wd", "http://www.wikidata.org/entity/");
        out.flush();
        OutputStream stdout = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        if (rdfFormat == RDFFormat.TRIG_PRETTY) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            dsg.addGraph(NodeFactory.createURI(article.iri()), graph);
            dsg.getDefaultGraph().getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
            RDFDataMgr.write(stdout, dsg, rdfFormat);
        } else {
            RDFDataMgr.write(stdout, graph, rdfFormat);
        }
        return ExitCodes.OK;
    }
}
