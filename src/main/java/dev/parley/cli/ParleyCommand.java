package dev.parley.cli;

import java.util.concurrent.Callable;

import org.apache.jena.sys.JenaSystem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code parley} command line.
 * <pre>
 *   ./parley serve               # load data/ into store/ if it is empty, then serve it
 *   ./parley extract FILE.txt    # one article to RDF on standard output
 *   ./parley validate            # check the store against the data contract
 * </pre>
 * Exit codes: 0 ok, 1 failure, 2 bad usage or bad input (see {@link ExitCodes}).
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "News articles about cease-fire and peace negotiations, as an RDF knowledge graph "
                + "served over SPARQL.",
        subcommands = {
            ExtractCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            ReportCommand.class,
            ValidateCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure", "2:bad usage or bad input"})
public final class ParleyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** Runs the command line and returns the exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        // Jena must initialise before its vocabulary classes are touched (RDF first fails in Jena 6.2.0).
        JenaSystem.init();
        CommandLine cli = new CommandLine(new ParleyCommand());
        cli.setExecutionExceptionHandler(new ExitCodes());
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        CommandLine.IParameterExceptionHandler usageErrors = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, a) -> usageErrors.handleParseException(SettingsFile.reword(e), a));
        return cli.execute(args);
    }

    public static void main(String... args) {
        System.exit(run(args));
    }
}
