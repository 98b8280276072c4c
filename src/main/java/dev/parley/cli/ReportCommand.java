package dev.parley.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code parley report}: not built yet; it says so and fails rather than pretend. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a report of the saved queries. (not available yet)")
final class ReportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new dev.parley.ParleyException("'parley report' is not available in this version yet");
    }
}
