package dev.parley.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

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
import dev.parley.input.InputFormat;
import dev.parley.input.InputOptions;
import dev.parley.input.RecordReader;
import dev.parley.input.SourceRecord;
import dev.parley.model.Article;
import dev.parley.vocab.Nif;
import dev.parley.vocab.Parley;
import dev.parley.vocab.Prov;

/**
 * {@code parley extract}: the articles of one input file to RDF on standard output, or an evaluation over a folder
 * of articles.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Turn the articles of one file into RDF on standard output: NAME.txt (with optional "
                + "NAME.meta.json) or a web page (*.html, *.htm) is one article; a JSON Lines (*.jsonl, *.jsonl.gz) "
                + "or WARC file (*.warc, *.warc.gz) is many, written as they are read (TriG or N-Quads, one graph "
                + "per article); a bad record is reported on standard error and skipped (exit code 2).",
            "With --evaluate DIR, compare what is extracted from every article in DIR with its NAME.expected.tsv "
                + "and print precision, recall and F1."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The article file (.txt, .html, .jsonl, .warc, ...).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig (default; each graph named by its article's IRI), nq, or for one article ttl or "
                + "jsonld.")
    String format;

    @Option(names = "--fields", paramLabel = "PART=FIELD,...",
            description = "JSON Lines: the fields holding an article's parts, e.g. text=body,published=date "
                + "(see parley load --help).")
    String fields;

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
            case "nq", "nquads", "n-quads" -> RDFFormat.NQUADS;
            case "ttl", "turtle" -> RDFFormat.TURTLE_PRETTY;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> throw new ParleyException.BadInputException("Unknown format \"" + format
                    + "\": use trig, nq, ttl or jsonld");
        };
        InputOptions options = InputOptions.defaults().withFields(LoadCommand.jsonFields(spec, fields));
        InputFormat inputFormat = InputFormat.of(file);
        if (!inputFormat.singleRecord()) {
            if (rdfFormat != RDFFormat.TRIG_PRETTY && rdfFormat != RDFFormat.NQUADS) {
                throw new ParleyException.BadInputException(file + " holds many articles: use --format trig or nq");
            }
            if (!Files.isRegularFile(file)) {
                throw new ParleyException.BadInputException(file + ": no such file");
            }
            out.flush();
            return streamed(extractor, options, rdfFormat);
        }
        Article article = inputFormat == InputFormat.TEXT ? ArticleReader.read(file) : single(options);
        Graph graph = extractor.extract(article);
        prefixes(graph.getPrefixMapping());
        out.flush();
        OutputStream stdout = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        if (rdfFormat == RDFFormat.TRIG_PRETTY || rdfFormat == RDFFormat.NQUADS) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            dsg.addGraph(NodeFactory.createURI(article.iri()), graph);
            dsg.getDefaultGraph().getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
            RDFDataMgr.write(stdout, dsg, rdfFormat);
        } else {
            RDFDataMgr.write(stdout, graph, rdfFormat);
        }
        return ExitCodes.OK;
    }

    /** The one article of a file of one (a web page); a file that is not one is bad input. */
    private Article single(InputOptions options) {
        try (RecordReader reader = RecordReader.open(file, options)) {
            SourceRecord r = reader.next();
            if (r instanceof SourceRecord.Read read) {
                return read.article();
            }
            String why = r instanceof SourceRecord.Unreadable bad ? bad.reason() : "no article";
            throw new ParleyException.BadInputException(file + ": " + why);
        }
    }

    /**
     * Extracts and writes each article of a file of many as it is read, one graph per article; a bad record is
     * reported on standard error and skipped. Exit code 2 when any was.
     */
    private int streamed(Extractor extractor, InputOptions options, RDFFormat rdfFormat) {
        PrintWriter err = spec.commandLine().getErr();
        OutputStream stdout = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        StreamRDF stream = StreamRDFWriter.getWriterStream(stdout,
                rdfFormat == RDFFormat.NQUADS ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS);
        stream.start();
        prefixes(PrefixMapping.Factory.create()).getNsPrefixMap().forEach(stream::prefix);
        long written = 0;
        long skipped = 0;
        try (RecordReader reader = RecordReader.open(file, options)) {
            for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
                String problem;
                if (r instanceof SourceRecord.Read read) {
                    try {
                        Graph graph = extractor.extract(read.article());
                        Node g = NodeFactory.createURI(read.article().iri());
                        graph.find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
                        written++;
                        continue;
                    } catch (RuntimeException e) {
                        problem = "extraction failed: " + e;
                    }
                } else {
                    problem = ((SourceRecord.Unreadable) r).reason();
                }
                skipped++;
                err.println("skipped " + r.locator() + ": " + problem);
                err.flush();
            }
        } finally {
            stream.finish();
            try {
                stdout.flush();
            } catch (java.io.IOException e) {
                // Standard output is gone: nothing more to say there.
            }
        }
        err.println(written + " article(s) extracted, " + skipped + " skipped");
        err.flush();
        return skipped > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private static PrefixMapping prefixes(PrefixMapping pm) {
        return pm.setNsPrefix("parley", Parley.NS).setNsPrefix("nif", Nif.NS)
                .setNsPrefix("prov", Prov.NS).setNsPrefix("id", Parley.DATA_NS)
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("schema", "https://schema.org/").setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("wd", "http://www.wikidata.org/entity/");
    }
}
