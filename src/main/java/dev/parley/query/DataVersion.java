package dev.parley.query;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of a store's data: TDB2 counts its committed write transactions, so two reads that see the same
 * version see the same data. What caches key on, instead of guessing with a time to live.
 */
public final class DataVersion {
    /** Returned for a dataset that has no version (not TDB2, or no read transaction on this thread). */
    public static final long NONE = -1;

    private DataVersion() {}

    /** Whether {@link #current} can give a version for this dataset. */
    public static boolean isVersioned(DatasetGraph dsg) {
        return TDBInternal.isTDB2(dsg);
    }

    /** The version the calling thread's read transaction on {@code dsg} sees, or {@link #NONE}. */
    public static long current(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return NONE;
        }
        Transaction txn = TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction();
        return txn == null ? NONE : txn.getDataVersion();
    }
}
