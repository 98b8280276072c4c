package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The options that {@code parley bench}'s subcommands share (mixins) parse alike in each; nothing is run here. */
class TestBenchCommand {
    @Test
    void sharedOptionsParseAlikeInEverySubcommandThatHasThem() {
        BenchCommand.Extract extract = new BenchCommand.Extract();
        new CommandLine(extract).parseArgs("--articles", "5", "--seed", "9");
        assertEquals(5, extract.articles.value);
        assertEquals(9, extract.seed.value);

        BenchCommand.Load load = new BenchCommand.Load();
        new CommandLine(load).parseArgs("--work", "w");
        assertEquals(10_000, load.articles.value, "the shared default");
        assertEquals(1, load.seed.value, "the shared default");

        BenchCommand.Server server = new BenchCommand.Server();
        new CommandLine(server).parseArgs("--work", "w", "--seed", "4");
        assertEquals(4, server.seed.value);
        assertEquals(10_000, server.articles, "the server's own --articles");
    }
}
