package dev.parley.query;

/**
 * Where a page of results sits: page numbers count from 1; {@code lastPage} is at least 1, also for no results.
 *
 * @param page     this page
 * @param pageSize rows per page
 * @param total    rows in all pages
 * @param lastPage the number of the last page
 */
public record Paging(int page, int pageSize, long total, long lastPage) {
    public Paging {
        if (page < 1 || pageSize < 1 || total < 0 || lastPage < 1) {
            throw new IllegalArgumentException("bad paging: " + page + "/" + pageSize + "/" + total + "/" + lastPage);
        }
    }

    static Paging of(int page, int pageSize, long total) {
        long last = Math.max(1, (total + pageSize - 1) / pageSize);
        return new Paging(page, pageSize, total, last);
    }
}
