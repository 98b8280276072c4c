/**
 * The embedded Fuseki server: read-only SPARQL 1.1 over the store, with parley's limits, data IRIs that
 * dereference, the ontology, the saved-query API and the report. Depends on {@code report}, {@code query},
 * {@code store} and {@code vocab}.
 */
package dev.parley.server;
