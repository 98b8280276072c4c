package dev.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.parley.ParleyException;
import dev.parley.ParleyHome;
import dev.parley.model.DataContract;
import dev.parley.store.ArticleStore;

/** {@code parley validate}: checks article graphs, in the store or in RDF files, against the data contract. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check article graphs against the data contract (ontology/shapes.ttl).",
            "With FILEs (Turtle, TriG, N-Triples, N-Quads, JSON-LD), checks every graph in them; "
                + "without, every article graph in the store."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all graphs valid", "1:violations found, or failure", "2:bad usage or unreadable input"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to check instead of the store.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        DataContract contract = DataContract.load(ParleyHome.get().ontology().resolve("shapes.ttl"));
        PrintWriter out = spec.commandLine().getOut();
        int graphs = 0;
        int invalid = 0;
        if (!files.isEmpty()) {
            for (Path file : files) {
                DatasetGraph dsg = parse(file);
                if (!dsg.getDefaultGraph().isEmpty()) {
                    graphs++;
                    invalid += report(out, file + " (default graph)", contract.validate(dsg.getDefaultGraph()));
                }
                for (Node g : (Iterable<Node>) dsg::listGraphNodes) {
                    graphs++;
                    invalid += report(out, file + " <" + g + ">", contract.validate(dsg.getGraph(g)));
                }
            }
        } else {
            try (ArticleStore store = ArticleStore.openExisting(storeOption.dir())) {
                DatasetGraph dsg = store.datasetGraph();
                for (String iri : store.articleGraphs()) {
                    graphs++;
                    int bad = dsg.calculateRead(() -> {
                        Graph g = dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(iri));
                        return report(out, "<" + iri + ">", contract.validate(g));
                    });
                    invalid += bad;
                }
            }
        }
        out.printf("%d graph(s) checked, %d valid, %d invalid%n", graphs, graphs - invalid, invalid);
        out.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static int report(PrintWriter out, String what, DataContract.Result result) {
        if (result.conforms()) {
            out.println("valid    " + what);
            return 0;
        }
        out.println("INVALID  " + what + ": " + result.violations().size() + " violation(s)");
        for (DataContract.Violation v : result.violations()) {
            out.println("  - " + v);
        }
        return 1;
    }

    private static DatasetGraph parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParleyException.BadInputException("No such file: " + file);
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.source(file).parse(dsg);
        } catch (RiotException e) {
            throw new ParleyException.BadInputException("Cannot parse " + file + ": " + e.getMessage(), e);
        }
        return dsg;
    }
}
