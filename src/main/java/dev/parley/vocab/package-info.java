/**
 * Vocabulary constants, one class per namespace: {@link dev.parley.vocab.Parley} for parley's own ontology,
 * {@link dev.parley.vocab.ParleyShapes} for the shapes of its data contract that Java names, and
 * {@link dev.parley.vocab.Prov} and {@link dev.parley.vocab.Nif} for the outside terms Jena does not ship.
 * IRIs appear in Java only here; Jena's own classes (RDF, RDFS, OWL2, SKOS, DCTerms, SchemaDO, XSD, and SHACL in
 * jena-shacl) cover the rest.
 */
package dev.parley.vocab;
