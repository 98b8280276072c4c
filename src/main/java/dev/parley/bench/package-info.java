/**
 * Benchmark tooling: generation of invented news corpora and measurement harnesses for the extractor, the loader
 * and the server (against the standalone Fuseki server, both run as child processes), used by {@code parley bench}
 * and never by the load or serving path. Depends on {@code store}, {@code extract}, {@code model} and {@code vocab}.
 */
package dev.parley.bench;
