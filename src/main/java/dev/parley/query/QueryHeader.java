package dev.parley.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The metadata of a saved query: its {@code #+} header lines, in grlc's format.
 * <pre>
 *   #+ summary: The direct quotes of one speaker
 *   #+ description: Every direct quote by the given actor, with its date and article.
 *   #+ tags:
 *   #+   - statements
 *   #+ defaults:
 *   #+   - kind: direct
 *   #+ enumerate:
 *   #+   - kind:
 *   #+     - direct
 *   #+     - reported
 *   #+ pagination: 100
 * </pre>
 * An {@code enumerate} entry that is a bare name ({@code - speaker}) takes the allowed values from the data.
 * grlc's {@code endpoint}, {@code endpoint_in_url}, {@code transform} and {@code mime} are read but have no effect
 * here (a saved query always runs on this store); each gives a warning instead of being dropped unseen.
 *
 * @param summary     one line, or empty
 * @param description a paragraph, or empty
 * @param tags        groups for the API documentation
 * @param defaults    parameter name to the value used when a call gives none
 * @param enumerate   parameter name to its only allowed values
 * @param enumerateFromData parameters whose allowed values are read from the data
 * @param pagination  default page size, or 0 for no paging unless the caller asks
 * @param method      {@code GET} (the default) or {@code POST}: how grlc would call it; parley takes both
 * @param warnings    header keys read but without effect, in words
 */
public record QueryHeader(String summary, String description, List<String> tags, Map<String, String> defaults,
        Map<String, List<String>> enumerate, Set<String> enumerateFromData, int pagination, String method,
        List<String> warnings) {

    public QueryHeader {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        tags = List.copyOf(tags);
        defaults = Map.copyOf(defaults);
        enumerate = Map.copyOf(enumerate);
        enumerateFromData = Set.copyOf(enumerateFromData);
        if (pagination < 0) {
            throw new IllegalArgumentException("pagination must not be negative: " + pagination);
        }
        Objects.requireNonNull(method, "method");
        warnings = List.copyOf(warnings);
    }

    /** A header with nothing in it. */
    public static QueryHeader empty() {
        return new QueryHeader("", "", List.of(), Map.of(), Map.of(), Set.of(), 0, "GET", List.of());
    }
}
