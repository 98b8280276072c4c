package dev.parley.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code parley extract}: not built yet; it says so and fails rather than pretend. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Turn one article into RDF (issue 3). (not available yet)")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new dev.parley.ParleyException("'parley extract' is not available in this version yet");
    }
}
