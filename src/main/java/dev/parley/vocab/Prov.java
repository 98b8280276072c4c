package dev.parley.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms parley uses (W3C PROV Ontology, {@value #NS}); Jena ships no PROV vocabulary class. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private Prov() {}

    public static String getURI() {
        return NS;
    }

    // Classes
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");

    // Properties
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS, "startedAtTime");
    public static final Property endedAtTime = ResourceFactory.createProperty(NS, "endedAtTime");
}
