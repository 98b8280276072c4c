package dev.parley.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code parley serve}: not built yet; it says so and fails rather than pretend. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the store over SPARQL. (not available yet)")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new dev.parley.ParleyException("'parley serve' is not available in this version yet");
    }
}
