package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.extract.ArticleReader;
import dev.parley.store.ArticleStore;
import dev.parley.store.LoadChild;

/**
 * {@code parley load} and {@code parley validate} on a store in a temporary folder, as a user meets them: exit codes,
 * what they print, and what the store holds afterwards. Standard output and error are captured around
 * {@link ParleyCommand#run}.
 */
class TestLoadCommand {
    private static final String SEED_NAME = "trump-putin-ceasefire-call";
    private static final String SEED = ArticleReader.iriFor(SEED_NAME);

    @TempDir
    Path tmp;


    // ---- Load, reload, validate ----------------------------------------------------------------------------------

    @Test
    void loadDataThenReloadUnchangedThenValidate() {
        String store = tmp.resolve("store").toString();
        String data = ParleyHome.get().data().toString();
        CliRun first = CliRun.of("load", "--store", store, data);
        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(first.out().contains("1 loaded, 0 replaced, 0 unchanged, 0 failed"), first::toString);
        assertTrue(first.out().contains("ontology/registry graphs refreshed: 2"), first::toString);
        List<String> before = dump(tmp.resolve("store"));
        assertTrue(before.stream().anyMatch(l -> l.endsWith("<" + SEED + "> .")), "the seed's graph is there");

        CliRun second = CliRun.of("load", "--store", store, data);
        assertEquals(0, second.exitCode(), second::toString);
        assertTrue(second.out().contains("0 loaded, 0 replaced, 1 unchanged, 0 failed"), second::toString);
        assertTrue(second.out().contains("unchanged " + seedFile()), second::toString);
        assertTrue(second.out().contains(" 0 triples "), second::toString);
        assertFalse(second.out().contains("refreshed"), second::toString);
        assertEquals(before, dump(tmp.resolve("store")), "an unchanged reload leaves the store exactly as it was");

        CliRun validate = CliRun.of("validate", "--store", store);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("valid    <" + SEED + ">"), validate::toString);
        assertTrue(validate.out().contains("1 graph(s) checked, 1 valid, 0 invalid"), validate::toString);
    }

    @Test
    void withoutPathsLoadsTheArticlesInData() {
        CliRun r = CliRun.of("load", "--store", tmp.resolve("store").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("1 loaded"), r::toString);
        assertEquals(List.of(SEED), articleGraphs(tmp.resolve("store")));
    }

    @Test
    void changedFileIsReplacedAndForceReloads() throws IOException {
        Path dir = tmp.resolve("articles");
        Path file = copySeed(dir);
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliRun.of("load", "--store", store, dir.toString()).exitCode());

        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("Significant progress", "Remarkable progress"), StandardCharsets.UTF_8);
        CliRun changed = CliRun.of("load", "--store", store, dir.toString());
        assertEquals(0, changed.exitCode(), changed::toString);
        assertTrue(changed.out().contains("0 loaded, 1 replaced, 0 unchanged"), changed::toString);
        assertTrue(dump(tmp.resolve("store")).stream().anyMatch(l -> l.contains("Remarkable progress")));
        assertFalse(dump(tmp.resolve("store")).stream().anyMatch(l -> l.contains("Significant progress")));

        CliRun forced = CliRun.of("load", "--store", store, "--force", dir.toString());
        assertEquals(0, forced.exitCode(), forced::toString);
        assertTrue(forced.out().contains("0 loaded, 1 replaced, 0 unchanged"), forced::toString);
    }

    @Test
    void pruneRemovesArticlesWhoseFilesAreGone() throws IOException {
        Path dir = tmp.resolve("articles");
        Path seed = copySeed(dir);
        Path other = dir.resolve("second.txt");
        Files.copy(resource("store/trump-witkoff-moscow.txt"), other);
        String store = tmp.resolve("store").toString();
        assertEquals(0, CliRun.of("load", "--store", store, dir.toString()).exitCode());
        assertEquals(List.of(ArticleReader.iriFor("second"), SEED), articleGraphs(tmp.resolve("store")));

        Files.delete(other);
        CliRun r = CliRun.of("load", "--store", store, "--prune", dir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("pruned    " + other), r::toString);
        assertTrue(r.out().contains("1 unchanged, 0 failed, 1 pruned"), r::toString);
        assertEquals(List.of(SEED), articleGraphs(tmp.resolve("store")));
        assertTrue(Files.exists(seed));
    }

    // ---- Some files fail: exit 2, the others load -----------------------------------------------------------------

    @Test
    void someFilesFailExitTwoAndTheOthersLoad() throws IOException {
        Path dir = tmp.resolve("articles");
        copySeed(dir);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRun r = CliRun.of("load", "--store", tmp.resolve("store").toString(), dir.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.out().contains("failed    " + empty + ": " + empty + ": the article is empty"), r::toString);
        assertTrue(r.out().contains("1 loaded, 0 replaced, 0 unchanged, 1 failed"), r::toString);
        assertEquals(List.of(SEED), articleGraphs(tmp.resolve("store")));
    }

    @Test
    void maxSizeRefusesLargerFiles() throws IOException {
        Path dir = tmp.resolve("articles");
        Path seed = copySeed(dir);
        CliRun r = CliRun.of("load", "--store", tmp.resolve("store").toString(), "--max-size", "1000", dir.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.out().contains(seed + ": " + Files.size(seed) + " bytes is over the limit of 1000 bytes"),
                r::toString);
        assertEquals(List.of(), articleGraphs(tmp.resolve("store")));
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws IOException {
        Path dir = tmp.resolve("articles");
        Files.createDirectories(dir);
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        copySeed(dir);
        CliRun r = CliRun.of("load", "--store", tmp.resolve("store").toString(), "--fail-fast", "--batch", "1",
                dir.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.out().contains("0 loaded, 0 replaced, 0 unchanged, 1 failed"), r::toString);
        assertEquals(List.of(), articleGraphs(tmp.resolve("store")));
    }

    // ---- Refused before anything is written ------------------------------------------------------------------

    @Test
    void folderWithNoArticlesIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        refusedBeforeWriting("No articles (" + dev.parley.input.InputFormat.patterns() + ") in folder " + empty,
                empty.toString());
    }

    @Test
    void pathThatDoesNotExistIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path missing = tmp.resolve("no-such-folder");
        refusedBeforeWriting("No such file or folder: " + missing, missing.toString());
    }

    @Test
    void badOptionValuesAreBadUsage() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String[] option : new String[][] {{"--threads", "0"}, {"--batch", "0"}, {"--max-size", "0"}}) {
            Path store = tmp.resolve("store" + option[0]);
            CliRun r = CliRun.of("load", "--store", store.toString(), option[0], option[1], seedFile().toString());
            if (r.exitCode() != 2) {
                wrong.add(String.join(" ", option) + ": exit " + r.exitCode() + ", " + r.err().strip());
            }
            if (!quadsIfAny(store).isEmpty()) {
                wrong.add(String.join(" ", option) + ": the store was written to");
            }
        }
        assertEquals(List.of(), wrong, "each is bad usage (exit 2), refused before the store is touched");
    }

    @Test
    void folderThatIsNotAStoreIsRefusedAndLeftAlone() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("my-notes"));
        Path file = Files.writeString(dir.resolve("notes.txt"), "Shopping: bread, milk.\n", StandardCharsets.UTF_8);
        for (String command : new String[] {"load", "validate"}) {
            CliRun r = command.equals("load") ? CliRun.of("load", "--store", dir.toString(), seedFile().toString())
                    : CliRun.of("validate", "--store", dir.toString());
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains("Folder " + dir + " is not a TDB2 store"), r::toString);
            try (Stream<Path> entries = Files.list(dir)) {
                assertEquals(List.of(file), entries.toList(), "nothing was added to the folder");
            }
            assertEquals("Shopping: bread, milk.\n", Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void storeInUseByAnotherProcessIsRefused() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, CliRun.of("load", "--store", store.toString(), seedFile().toString()).exitCode());
        List<String> before = dump(store);
        Process child = LoadChild.start(tmp.resolve("child.err"), "hold", store.toString(), "60");
        try {
            LoadChild.awaitLine(child, LoadChild.HOLDING, 30);
            for (String command : new String[] {"load", "validate"}) {
                CliRun r = command.equals("load") ? CliRun.of("load", "--store", store.toString(), "--force",
                        seedFile().toString()) : CliRun.of("validate", "--store", store.toString());
                assertEquals(1, r.exitCode(), r::toString);
                assertTrue(r.err().contains("Store " + store + " is in use by another process"), r::toString);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(before, dump(store));
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    /**
     * {@code parley load PATH} is refused with exit 2 and {@code message}, on a new store (which stays empty) and on
     * one that has an article (which stays exactly as it was).
     */
    private void refusedBeforeWriting(String message, String path) throws IOException {
        Path used = tmp.resolve("used-store");
        assertEquals(0, CliRun.of("load", "--store", used.toString(), resource("store/trump-witkoff-moscow.txt")
                .toString()).exitCode());
        List<String> before = dump(used);
        CliRun again = CliRun.of("load", "--store", used.toString(), seedFile().toString(), path);
        assertEquals(2, again.exitCode(), again::toString);
        assertTrue(again.err().contains(message), again::toString);
        assertEquals(before, dump(used), "nothing is written to a store that has articles");

        Path fresh = tmp.resolve("fresh-store");
        CliRun r = CliRun.of("load", "--store", fresh.toString(), seedFile().toString(), path);
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        List<String> quads = quadsIfAny(fresh);
        assertTrue(quads.isEmpty(), () -> "nothing is written to a new store, but it has " + quads.size()
                + " quads in graphs " + quads.stream().map(q -> q.substring(q.lastIndexOf(' ', q.length() - 3) + 1,
                        q.length() - 2)).distinct().toList());
    }

    private static Path seedFile() {
        return ParleyHome.get().data().resolve("articles").resolve(SEED_NAME + ".txt");
    }

    private static Path copySeed(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path txt = dir.resolve(SEED_NAME + ".txt");
        Files.copy(seedFile(), txt);
        Files.copy(seedFile().resolveSibling(SEED_NAME + ".meta.json"), dir.resolve(SEED_NAME + ".meta.json"));
        return txt.toAbsolutePath().normalize();
    }

    private static Path resource(String name) {
        try {
            return Path.of(TestLoadCommand.class.getResource("/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The article graphs; also checks that the count from load records agrees with them. */
    private static List<String> articleGraphs(Path dir) {
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            List<String> graphs = store.articleGraphs();
            assertEquals(graphs.size(), store.articleCount(), "articles counted by their load records");
            return graphs;
        }
    }

    /** The store's quads as for {@link #dump}, or none when the folder is absent or empty. */
    private static List<String> quadsIfAny(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return List.of();
            }
        }
        return dump(dir);
    }

    /** The whole store as sorted N-Quads lines. */
    private static List<String> dump(Path dir) {
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            DatasetGraph dsg = store.datasetGraph();
            return dsg.calculateRead(() -> Iter.asStream(dsg.find()).map(NodeFmtLib::strNQ).sorted().toList());
        }
    }
}
