package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code parley serve}'s settings, from the command line and from a {@code --config} file: checked before anything
 * starts (bad ones are bad usage, exit 2), and the command line wins over the file.
 */
class TestServeCommand {
    @Test
    void anUnknownOrMistypedSettingIsBadUsage(@TempDir Path dir) throws Exception {
        Path unknown = dir.resolve("unknown.properties");
        Files.writeString(unknown, "prot = 3031\n");
        CliRun r = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--config", unknown.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Unknown setting \"prot\""), r::toString);

        Path mistyped = dir.resolve("mistyped.properties");
        Files.writeString(mistyped, "row-cap = many\n");
        CliRun m = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--config", mistyped.toString());
        assertEquals(2, m.exitCode(), m::toString);
        assertTrue(m.err().contains("Invalid value for setting \"row-cap\" in " + mistyped + ": 'many'"), m::toString);
        assertTrue(Files.notExists(dir.resolve("store")), "nothing was opened or created");
    }

    @Test
    void theStoreAndTheFileItselfAreNotSettings(@TempDir Path dir) throws Exception {
        for (String key : List.of("store", "config", "help")) {
            Path file = dir.resolve(key + ".properties");
            Files.writeString(file, key + " = " + dir.resolve("other") + "\n");
            CliRun r = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--config", file.toString());
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains("Unknown setting \"" + key + "\" in " + file + " (known: access-log, "
                    + "allow-service, cors-origins, data-base, host, max-request, passwd, port, row-cap, timeout, "
                    + "writers)"),
                    r::toString);
        }
        CliRun missing = CliRun.of("serve", "--config", dir.resolve("missing.properties").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("Cannot read --config " + dir.resolve("missing.properties")),
                missing::toString);
        assertTrue(Files.notExists(dir.resolve("store")), "nothing was opened or created");
    }

    @Test
    void theFileFillsWhatTheCommandLineLeavesOutAndTheCommandLineWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("conf").resolve("serve.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                # every kind of value: number, list, boolean, path
                port = 3031
                row-cap = 500
                timeout = oops
                allow-service = https://a.example/sparql , https://b.example/sparql
                access-log = true
                writers = editor
                passwd = passwd.txt
                """);
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--config", file.toString(), "--port", "4000", "--timeout", "7",
                "--writers", "alice,bob");
        assertEquals(4000, serve.port, "the command line wins");
        assertEquals(7, serve.timeoutSeconds, "a bad value in the file is never read when the command line has one");
        assertEquals(List.of("alice", "bob"), serve.writers);
        assertEquals(500, serve.rowCap, "the file fills what the command line leaves out");
        assertEquals(List.of("https://a.example/sparql", "https://b.example/sparql"), serve.allowService);
        assertTrue(serve.accessLog);
        assertEquals(file.getParent().resolve("passwd.txt").toAbsolutePath(), serve.passwd,
                "a relative path is relative to the file");
        assertEquals(1_000_000, serve.maxRequest, "neither gives it: the option's own default");
        assertEquals("127.0.0.1", serve.host);

        ServeCommand plain = new ServeCommand();
        new CommandLine(plain).parseArgs();
        assertEquals(3030, plain.port, "without --config, the options' own defaults");
        assertEquals(List.of(), plain.allowService);
        assertEquals(null, plain.passwd);
    }

    @Test
    void writersWithoutAPasswordFileAreBadUsage(@TempDir Path dir) {
        CliRun r = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--writers", "editor");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--writers and --passwd go together"), r::toString);
    }
}
