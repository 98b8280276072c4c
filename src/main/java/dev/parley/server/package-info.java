/**
 * The embedded Fuseki server: read-only SPARQL 1.1 over the store, with parley's limits. Depends on
 * {@code store} and {@code vocab}.
 */
package dev.parley.server;
