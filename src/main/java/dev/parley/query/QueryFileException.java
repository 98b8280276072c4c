package dev.parley.query;

import java.util.List;

import dev.parley.ParleyException.BadInputException;

/**
 * One or more saved query files that cannot be served, each problem as {@code file:line: reason}. The server does
 * not start with them (it never serves a query without its metadata, or drops one unseen).
 */
public final class QueryFileException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    QueryFileException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in saved query files:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as {@code file:line: reason}. */
    public List<String> problems() {
        return problems;
    }
}
