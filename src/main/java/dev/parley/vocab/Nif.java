package dev.parley.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NIF 2.0 Core terms parley uses for text spans ({@value #NS}). Offsets are Java {@code String} indices
 * (UTF-16 code units), begin inclusive and end exclusive.
 */
public final class Nif {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private Nif() {}

    public static String getURI() {
        return NS;
    }

    // Classes
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource OffsetBasedString = ResourceFactory.createResource(NS + "OffsetBasedString");

    // Properties
    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");
    public static final Property isString = ResourceFactory.createProperty(NS, "isString");
}
