/**
 * Saved queries: {@code queries/*.rq} files with grlc {@code #+} headers, read and checked at start-up
 * ({@link dev.parley.query.SavedQueries}), run with typed parameters bound as RDF terms into the parsed query
 * (never spliced into its text), paged, and cached per version of the store's data
 * ({@link dev.parley.query.QueryService}).
 */
package dev.parley.query;
