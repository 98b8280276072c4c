package dev.parley.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The shapes of parley's data contract that Java names ({@value #NS}), as declared in {@code ontology/shapes.ttl}.
 * <pre>
 *   violation.shape().equals("&lt;" + ParleyShapes.TextSpanWithinText.getURI() + "&gt;")
 * </pre>
 * Only the shapes checked in Java as well as in SHACL are here; a test checks each is a shape in the file.
 */
public final class ParleyShapes {
    public static final String NS = "https://w3id.org/parley/shapes#";

    private ParleyShapes() {}

    public static String getURI() {
        return NS;
    }

    // Shapes
    public static final Resource TextSpanWithinText = ResourceFactory.createResource(NS + "TextSpanWithinText");
    public static final Resource TextSpanAnchorMatchesText =
            ResourceFactory.createResource(NS + "TextSpanAnchorMatchesText");
    public static final Resource DirectQuoteTextMatchesSpan =
            ResourceFactory.createResource(NS + "DirectQuoteTextMatchesSpan");
}
