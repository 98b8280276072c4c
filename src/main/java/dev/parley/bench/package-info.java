/**
 * Benchmark tooling: generation of invented news corpora and measurement harnesses for the extractor, used by
 * {@code parley bench} and never by the load path. Depends on {@code extract} and {@code model}.
 */
package dev.parley.bench;
