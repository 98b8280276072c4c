package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley serve}'s settings are checked before anything starts: bad ones are bad usage (exit 2). */
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
        assertTrue(m.err().contains("must be a number"), m::toString);
        assertTrue(Files.notExists(dir.resolve("store")), "nothing was opened or created");
    }

    @Test
    void writersWithoutAPasswordFileAreBadUsage(@TempDir Path dir) {
        CliRun r = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--writers", "editor");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--writers and --passwd go together"), r::toString);
    }
}
