/**
 * The embedded Fuseki server: SPARQL 1.1 over the store (read-only unless writers are named), with parley's
 * limits and what stands in front of Fuseki's servlets ({@link dev.parley.server.JettyEdge}: CORS, compression,
 * request limits, charsets, plain-text errors), data IRIs that dereference, the ontology, the saved-query API
 * and the report. Depends on {@code report}, {@code query},
 * {@code store} and {@code vocab}.
 */
package dev.parley.server;
