package dev.parley.cli;

import picocli.CommandLine.IVersionProvider;

import dev.parley.Version;

/** Prints parley's version with the Jena and Java versions it runs on. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "parley " + Version.get(),
            "Apache Jena " + org.apache.jena.Jena.VERSION,
            "Java " + Runtime.version()
        };
    }
}
