package dev.parley.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import dev.parley.ParleyHome;

/** The {@code --store DIR} option shared by every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: store/ in the project folder, or $PARLEY_STORE).")
    Path store;

    /** The store folder asked for, or the default. */
    Path dir() {
        return store != null ? store : ParleyHome.get().defaultStore();
    }
}
