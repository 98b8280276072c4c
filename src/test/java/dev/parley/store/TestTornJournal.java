package dev.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.ParleyHome;
import dev.parley.extract.Extractor;
import dev.parley.model.DataContract;

/**
 * A process killed while writing its commit leaves a torn journal entry; TDB2's own recovery then refuses to
 * open the store. The store still opens, with that unfinished transaction rolled back and everything committed
 * before it intact. (The SIGKILL test meets this case now and then; this one makes it every time.)
 */
class TestTornJournal {
    @BeforeAll
    static void init() {
        JenaSystem.init();
    }

    @Test
    void aTornJournalEntryIsRolledBackAndTheStoreOpens(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        long graphs;
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            ParleyHome home = ParleyHome.get();
            Loader.create(new TdbTarget(store), Extractor.forHome(home),
                    DataContract.load(home.ontology().resolve("shapes.ttl"))).build()
                    .load(List.of(home.data().resolve("articles")));
            graphs = store.articleGraphs().size();
        }
        Path journal;
        try (Stream<Path> files = Files.walk(storeDir)) {
            journal = files.filter(f -> f.getFileName().toString().equals("journal.jrnl")).findFirst().orElseThrow();
        }
        // The first bytes of an entry header, and then nothing: what a kill in the middle of a write leaves.
        Files.write(journal, new byte[] {0, 0, 0, 7, 1}, StandardOpenOption.APPEND);

        try (ArticleStore store = ArticleStore.open(storeDir)) {
            assertEquals(graphs, store.articleGraphs().size(), "everything committed before is there");
            assertTrue(store.datasetGraph().calculateRead(() -> store.datasetGraph().find().hasNext()));
        }
        try (Stream<Path> files = Files.list(journal.getParent())) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("journal.jrnl.torn-")),
                    "the torn journal is kept for inspection");
        }
    }
}
