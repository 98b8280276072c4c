package dev.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.parley.ParleyException.BadInputException;
import dev.parley.ParleyHome;
import dev.parley.query.SavedQueries;
import dev.parley.report.Report;
import dev.parley.store.ArticleStore;

/**
 * {@code parley report}: the report on the store, written to a folder that needs no network to read.
 * <pre>
 *   parley report                          # into report/ in the project folder
 *   parley report --store s/ --out /tmp/r  # another store, another folder
 * </pre>
 * A folder that holds anything but an earlier report is refused (exit 2), so nothing of the user's is
 * overwritten. What goes into the report: {@link Report}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a report of the store to a folder: index.html (every saved query's results as tables,"
            + " the who-said-what network and the timeline as pictures), a CSV file beside each table, summary.md, "
            + "network.svg and timeline.svg. It needs no network to be read.",
            "The folder must be empty, absent, or hold an earlier report (whose files are replaced)."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption = new StoreOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write (default: report/ in the project "
            + "folder).")
    Path out;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Most rows in one table and its CSV file (default ${DEFAULT-VALUE}).")
    int maxRows;

    @Override
    public Integer call() {
        ParleyHome home = ParleyHome.get();
        if (maxRows < 1) {
            throw new BadInputException("--max-rows must be positive");
        }
        Path dir = out != null ? out : home.root().resolve("report");
        Report.checkFolder(dir);
        SavedQueries queries = SavedQueries.load(home.queries());
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ArticleStore store = ArticleStore.openExisting(storeOption.dir())) {
            Report report = Report.create(store.datasetGraph(), queries).maxRows(maxRows).build();
            List<Path> written = report.writeTo(dir);
            for (String note : report.notes()) {
                err.println("note: " + note);
            }
            err.flush();
            stdout.println("Wrote the report of " + store.dir() + " to " + dir + " (" + written.size() + " files):");
            for (Path p : written) {
                stdout.println("  " + p);
            }
            stdout.println("Open " + dir.resolve(Report.INDEX).toAbsolutePath().toUri());
            stdout.flush();
        }
        return ExitCodes.OK;
    }
}
