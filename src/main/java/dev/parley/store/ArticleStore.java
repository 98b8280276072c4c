package dev.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;

import dev.parley.ParleyException;
import dev.parley.vocab.Parley;

/**
 * parley's TDB2 store: one named graph per article, the ontology and the entity registry in graphs of their own,
 * and the union of all named graphs as the default graph for queries.
 * <pre>
 *   try (ArticleStore store = ArticleStore.open(Path.of("store"))) {
 *       Txn.executeRead(store.dataset(), () -> ...);
 *   }
 * </pre>
 * A folder that exists but is not a TDB2 store, or that another process holds, is refused with a clear message
 * rather than opened.
 */
public final class ArticleStore implements AutoCloseable {
    /** Named graph that holds the ontology ({@code ontology/parley.ttl}). */
    public static final String ONTOLOGY_GRAPH = Parley.DATA_NS + "graph/ontology";
    /** Named graph that holds the entity registry ({@code data/entities.ttl}). */
    public static final String REGISTRY_GRAPH = Parley.DATA_NS + "graph/registry";
    /** Named graph that holds the load records (one per loaded article). */
    public static final String LOADS_GRAPH = Parley.DATA_NS + "graph/loads";
    /**
     * Named graph that holds what writers wrote to the default graph (over SPARQL Update or the Graph Store
     * Protocol on {@code ?default}): part of the union that readers see as the default graph.
     */
    public static final String EDITS_GRAPH = Parley.DATA_NS + "graph/edits";

    private final Path dir;
    private final DatasetGraph dsg;

    private ArticleStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /**
     * Opens the store in {@code dir}, creating an empty one if the folder is absent, empty, or holds only what a
     * creation killed early left.
     */
    public static ArticleStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        checkLooksLikeTdb2(dir);
        return connect(dir);
    }

    /** Opens an existing store; a missing or empty folder is an error rather than a new store. */
    public static ArticleStore openExisting(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir) || isEmptyDir(dir)) {
            throw new ParleyException.BadInputException("No store at " + dir + " (load articles first: parley load)");
        }
        checkLooksLikeTdb2(dir);
        return connect(dir);
    }

    /** Open handles per store folder: TDB2 shares one dataset per folder in a process, so the last close expels. */
    private static final java.util.Map<Path, Integer> HANDLES = new java.util.HashMap<>();

    private static ArticleStore connect(Path dir) {
        createWhole(dir);
        setAsideTornJournals(dir);
        return connectOnce(dir);
    }

    /** Prefix of the folder, inside the store folder, in which a process builds a new store: {@code .new-PID}. */
    private static final String STAGING = ".new-";

    /**
     * TDB2 creates a new store's files one after another, and a process killed meanwhile leaves a folder it will not
     * open again (a lock file and no Data folder, or index files without their roots). So a new store is built in a
     * staging folder inside the store folder, closed, and its Data folder moved into place with one rename: the
     * store folder holds a whole Data folder or none. What an interrupted creation left is removed: a folder
     * without a Data folder never held a committed transaction.
     */
    private static void createWhole(Path dir) {
        try {
            removeDeadStaging(dir);
            if (hasDataFolder(dir)) {
                return;
            }
            Files.createDirectories(dir);
            Path staging = dir.resolve(STAGING + ProcessHandle.current().pid());
            deleteTree(staging);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(staging));
            TDBInternal.expel(dsg, true);
            releaseLocks(staging);
            try (Stream<Path> entries = Files.list(staging)) {
                for (Path data : entries.filter(ArticleStore::isDataFolder).toList()) {
                    try {
                        Files.move(data, dir.resolve(data.getFileName()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    } catch (java.nio.file.FileAlreadyExistsException e) {
                        // Another process created the store at the same moment: keep its store, drop this one.
                    }
                }
            }
            deleteTree(staging);
        } catch (IOException e) {
            throw new ParleyException("Cannot create store " + dir + ": " + e, e);
        }
    }

    /** Removes staging folders of processes that are gone (a creation they never finished). */
    private static void removeDeadStaging(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(STAGING)).toList()) {
                String pid = p.getFileName().toString().substring(STAGING.length());
                boolean alive = pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid))
                        .map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    deleteTree(p);
                }
            }
        }
    }

    private static boolean hasDataFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(ArticleStore::isDataFolder);
        }
    }

    private static boolean isDataFolder(Path p) {
        return p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * A process killed while writing its commit to the journal leaves a torn last entry, which TDB2's recovery
     * does not skip: the store would not open again. The journal only ever holds the one transaction being
     * committed, and an entry that cannot be read never reached its commit record, so setting such a journal
     * aside rolls that transaction back, as recovery would have. A readable journal is left for TDB2 to replay.
     * The torn journal is kept beside the new, empty one.
     */
    private static void setAsideTornJournals(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path data : entries.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) {
                Path j = data.resolve("journal.jrnl");
                if (!Files.isRegularFile(j) || Files.size(j) == 0 || isReadable(data)) {
                    continue;
                }
                Path aside = j.resolveSibling("journal.jrnl.torn-" + System.currentTimeMillis());
                Files.move(j, aside);
                Files.createFile(j);
                org.slf4j.LoggerFactory.getLogger(ArticleStore.class).warn("Store {}: an interrupted write left an "
                        + "unreadable journal; its unfinished transaction was rolled back (kept as {})", dir,
                        aside.getFileName());
            }
        } catch (IOException io) {
            throw new ParleyException("Cannot check store " + dir + " for an interrupted write: " + io, io);
        }
    }

    /** Whether every entry of a Data folder's journal can be read. */
    private static boolean isReadable(Path data) {
        org.apache.jena.dboe.transaction.txn.journal.Journal journal =
                org.apache.jena.dboe.transaction.txn.journal.Journal.create(Location.create(data));
        try {
            journal.entries().forEachRemaining(e -> { });
            return true;
        } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
            return false;
        } finally {
            journal.close();
        }
    }

    /** Drops TDB2's cached connection to the folder and releases its file locks held by this process. */
    private static void releaseLocks(Path dir) {
        Location loc = Location.create(dir);
        org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(loc, true);
        unlockHere(org.apache.jena.tdb2.sys.DatabaseConnection.lockForLocation(loc));
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path data : entries.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) {
                Location dataLoc = Location.create(data);
                org.apache.jena.tdb2.sys.StoreConnection.internalExpel(dataLoc, true);
                unlockHere(org.apache.jena.tdb2.sys.StoreConnection.lockForLocation(dataLoc));
            }
        } catch (IOException io) {
            throw new ParleyException("Cannot read store folder " + dir + ": " + io.getMessage(), io);
        }
    }

    private static void unlockHere(org.apache.jena.dboe.base.file.ProcessFileLock lock) {
        if (lock != null) {
            org.apache.jena.dboe.base.file.ProcessFileLock.release(lock);
        }
    }


    private static ArticleStore connectOnce(Path dir) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            synchronized (HANDLES) {
                HANDLES.merge(key(dir), 1, Integer::sum);
            }
            return new ArticleStore(dir, dsg);
        } catch (DBOpEnvException e) {
            // TDB2 throws this for a lock held elsewhere and for damaged files alike; only the first is "in use".
            if (e instanceof org.apache.jena.dboe.base.file.AlreadyLocked || mentionsLock(e)) {
                throw new ParleyException("Store " + dir + " is in use by another process (a running 'parley serve'?): "
                        + e.getMessage() + ". Stop that process or choose another folder with --store", e);
            }
            throw new ParleyException("Cannot open store " + dir + ": " + e.getMessage() + " (its files are damaged)",
                    e);
        } catch (TDBException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (mentionsLock(e)) {
                throw new ParleyException("Store " + dir + " is in use by another process (a running server?): "
                        + msg, e);
            }
            throw new ParleyException("Cannot open store " + dir + ": " + msg, e);
        }
    }

    /** Whether an exception's message speaks of a lock ("lock", "locked"; not "block"). */
    private static boolean mentionsLock(RuntimeException e) {
        return e.getMessage() != null && java.util.regex.Pattern.compile("(?i)\\block").matcher(e.getMessage()).find();
    }

    /** A folder with files in it but none of TDB2's own is someone else's folder: never write into it. */
    private static void checkLooksLikeTdb2(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParleyException.BadInputException("Store path " + dir + " is a file, not a folder");
        }
        if (!Files.isDirectory(dir) || isEmptyDir(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> all = entries.toList();
            // TDB2's lock file and parley's staging folder, and nothing else, are what a creation killed early leaves.
            boolean tdb2 = all.stream().anyMatch(ArticleStore::isDataFolder) || all.stream().allMatch(p ->
                    p.getFileName().toString().equals("tdb.lock") || p.getFileName().toString().startsWith(STAGING));
            if (!tdb2) {
                throw new ParleyException.BadInputException("Folder " + dir + " is not a TDB2 store "
                        + "(no Data-NNNN folder in it); choose an empty or new folder with --store");
            }
        } catch (IOException e) {
            throw new ParleyException("Cannot read store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ParleyException("Cannot read store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    /**
     * How many articles the store holds, counted from their load records (written in the same transaction as
     * each article's graph), so without scanning the quad indexes as {@link #articleGraphs()} must.
     */
    public long articleCount() {
        org.apache.jena.graph.Node loads = org.apache.jena.graph.NodeFactory.createURI(LOADS_GRAPH);
        return dsg.calculateRead(() -> {
            long n = 0;
            var it = dsg.find(loads, org.apache.jena.graph.Node.ANY, Parley.loadedArticle.asNode(),
                    org.apache.jena.graph.Node.ANY);
            while (it.hasNext()) {
                String article = it.next().getObject().getURI();
                if (!article.equals(ONTOLOGY_GRAPH) && !article.equals(REGISTRY_GRAPH)) {
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * The article graphs' IRIs (every named graph but the ontology, registry, load-record and edits graphs),
     * sorted; this lists every named graph, a walk over a whole quad index.
     */
    public List<String> articleGraphs() {
        List<String> graphs = new ArrayList<>();
        dsg.executeRead(() -> dsg.listGraphNodes().forEachRemaining(n -> {
            String iri = n.getURI();
            if (!iri.equals(ONTOLOGY_GRAPH) && !iri.equals(REGISTRY_GRAPH) && !iri.equals(LOADS_GRAPH)
                    && !iri.equals(EDITS_GRAPH)) {
                graphs.add(iri);
            }
        }));
        graphs.sort(null);
        return graphs;
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    /**
     * Releases this handle; when it is the process's last handle on the folder, the store is released so that
     * another process may open it. Closing twice is harmless.
     */
    @Override
    public void close() {
        synchronized (HANDLES) {
            if (closed) {
                return;
            }
            closed = true;
            int left = HANDLES.merge(key(dir), -1, Integer::sum);
            if (left <= 0) {
                HANDLES.remove(key(dir));
                TDBInternal.expel(dsg, true);
                // Expelling leaves TDB2's file locks held by this process; release them so that the store can be
                // opened again, here or elsewhere.
                releaseLocks(dir);
            }
        }
    }

    private boolean closed;
}
