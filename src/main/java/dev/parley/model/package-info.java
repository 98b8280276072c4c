/**
 * What parley's data is: the records the extractor produces and the data contract (SHACL shapes) that every
 * article graph must satisfy. Depends only on {@code vocab}.
 */
package dev.parley.model;
