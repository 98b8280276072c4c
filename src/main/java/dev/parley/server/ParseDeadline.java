package dev.parley.server;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * A time limit on parsing a query. The query timeout only starts once a query runs, and some texts well under
 * the size limit take far longer to parse than any query may run (Jena checks the scope of each {@code BIND}
 * against all that comes before it in its group: 20,000 of them, 350 kB, take seconds; 40,000 take half a
 * minute). A text longer than {@link #SHORT} is therefore parsed first on one of a few parser threads, and the
 * request waits for it at most half the time limit: over that, it is refused (the caller answers 503), and
 * since it parsed in less, the parse that follows (Fuseki's own, on the request thread) does too, so the two
 * together stay within the time limit. Shorter texts parse in milliseconds and go straight on.
 * <p>
 * Jena's parser cannot be interrupted: a refused parse runs on to its end on its thread, but there are only
 * as many such threads as cores, so a flood of slow texts costs those threads and no more (later ones wait
 * their turn, and are refused when their half of the time limit is up).
 */
final class ParseDeadline implements AutoCloseable {
    /** Texts up to this many characters are not timed (the slowest known 16 kB text parses in about 15 ms). */
    static final int SHORT = 16_384;
    /** The base Fuseki parses a query against, so that this parse takes the same path as Fuseki's. */
    private static final String BASE = "http://server/unset-base/";

    private final long budgetMillis;
    private final ExecutorService parsers;

    ParseDeadline(long timeoutMillis) {
        this.budgetMillis = Math.max(1, timeoutMillis / 2);
        AtomicInteger n = new AtomicInteger();
        this.parsers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "parley-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The most time a text may take to parse before it is refused. */
    long budgetMillis() {
        return budgetMillis;
    }

    /**
     * Whether the text parses (or fails to parse: the caller reports that as usual) within the budget. Short
     * texts are not timed.
     */
    boolean parsesInTime(String queryText) {
        if (queryText.length() <= SHORT) {
            return true;
        }
        Future<?> parse = parsers.submit(() -> {
            try {
                QueryFactory.create(queryText, BASE, Syntax.syntaxARQ);
            } catch (RuntimeException | StackOverflowError e) {
                // A syntax error: the caller's own parse reports it.
            }
        });
        try {
            parse.get(budgetMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            parse.cancel(true); // not started yet: never starts; started: runs on, unstoppable, on its thread
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        parsers.shutdownNow();
    }
}
