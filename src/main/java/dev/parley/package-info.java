/**
 * parley: news articles about cease-fire and peace negotiations turned into an RDF knowledge graph and served
 * over SPARQL. This root package holds only what every component shares: the exception hierarchy and the
 * project's home folder. Components depend one way:
 * {@code cli -> server/report -> query/store -> extract -> model -> vocab}.
 */
package dev.parley;
