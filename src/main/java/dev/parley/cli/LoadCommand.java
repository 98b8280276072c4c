package dev.parley.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code parley load}: not built yet; it says so and fails rather than pretend. */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Load articles into the store. (not available yet)")
final class LoadCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new dev.parley.ParleyException("'parley load' is not available in this version yet");
    }
}
