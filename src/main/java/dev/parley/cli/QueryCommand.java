package dev.parley.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code parley query}: not built yet; it says so and fails rather than pretend. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a saved or ad hoc query. (not available yet)")
final class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new dev.parley.ParleyException("'parley query' is not available in this version yet");
    }
}
