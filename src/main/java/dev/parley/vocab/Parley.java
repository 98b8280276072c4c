package dev.parley.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The parley ontology's terms, as declared in {@code ontology/parley.ttl}.
 * <pre>
 *   model.add(statement, RDF.type, Parley.DirectQuote);
 *   model.add(statement, Parley.speaker, actor);
 * </pre>
 * A test checks that every constant here is declared in the ontology and every declared term is here.
 */
public final class Parley {
    /** The ontology IRI. */
    public static final String ONTOLOGY = "https://w3id.org/parley/ontology";
    /** The namespace of the ontology's terms. */
    public static final String NS = ONTOLOGY + "#";
    /** Preferred prefix for {@link #NS}. */
    public static final String PREFIX = "parley";
    /** Default base for data IRIs (actors, articles, statements); the server can be configured with another. */
    public static final String DATA_NS = "https://w3id.org/parley/id/";

    private Parley() {}

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource Government = resource("Government");
    public static final Resource Ministry = resource("Ministry");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource MediaOutlet = resource("MediaOutlet");
    public static final Resource ArmedForces = resource("ArmedForces");
    public static final Resource Group = resource("Group");
    public static final Resource UnnamedSource = resource("UnnamedSource");
    public static final Resource Document = resource("Document");
    public static final Property issuedBy = property("issuedBy");
    public static final Resource Place = resource("Place");
    public static final Resource State = resource("State");
    public static final Resource Region = resource("Region");
    public static final Resource City = resource("City");
    public static final Resource Area = resource("Area");
    public static final Resource Venue = resource("Venue");
    public static final Resource Medium = resource("Medium");
    public static final Resource Statement = resource("Statement");
    public static final Resource DirectQuote = resource("DirectQuote");
    public static final Resource ReportedSpeech = resource("ReportedSpeech");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource CeaseFire = resource("CeaseFire");
    public static final Resource SecurityGuarantee = resource("SecurityGuarantee");
    public static final Resource PeaceDeal = resource("PeaceDeal");
    public static final Resource Provision = resource("Provision");
    public static final Resource AgreementStatus = resource("AgreementStatus");
    public static final Resource Topic = resource("Topic");
    public static final Resource Stance = resource("Stance");
    public static final Resource Event = resource("Event");
    public static final Resource Call = resource("Call");
    public static final Resource Talks = resource("Talks");
    public static final Resource Summit = resource("Summit");
    public static final Resource Strike = resource("Strike");
    public static final Resource Interception = resource("Interception");
    public static final Resource SupplyResumption = resource("SupplyResumption");
    public static final Resource Claim = resource("Claim");
    public static final Resource Article = resource("Article");
    public static final Resource TextSpan = resource("TextSpan");
    public static final Resource Mention = resource("Mention");
    public static final Resource LoadRecord = resource("LoadRecord");

    // Object properties
    public static final Property speaker = property("speaker");
    public static final Property audience = property("audience");
    public static final Property medium = property("medium");
    public static final Property place = property("place");
    public static final Property about = property("about");
    public static final Property topic = property("topic");
    public static final Property stance = property("stance");
    public static final Property allegedViolator = property("allegedViolator");
    public static final Property span = property("span");
    public static final Property sentence = property("sentence");
    public static final Property refersTo = property("refersTo");
    public static final Property party = property("party");
    public static final Property acceptedBy = property("acceptedBy");
    public static final Property rejectedBy = property("rejectedBy");
    public static final Property proposedBy = property("proposedBy");
    public static final Property demandedBy = property("demandedBy");
    public static final Property status = property("status");
    public static final Property provision = property("provision");
    public static final Property participant = property("participant");
    public static final Property performedBy = property("performedBy");
    public static final Property recipient = property("recipient");
    public static final Property target = property("target");
    public static final Property reportedBy = property("reportedBy");
    public static final Property supportedBy = property("supportedBy");
    public static final Property partOf = property("partOf");
    public static final Property standsFor = property("standsFor");
    public static final Property affiliation = property("affiliation");
    public static final Property partiallyOccupiedBy = property("partiallyOccupiedBy");
    public static final Property loadedArticle = property("loadedArticle");

    // Datatype properties
    public static final Property text = property("text");
    public static final Property partial = property("partial");
    public static final Property refusal = property("refusal");
    public static final Property date = property("date");
    public static final Property dateFrom = property("dateFrom");
    public static final Property dateTo = property("dateTo");
    public static final Property dateText = property("dateText");
    public static final Property planned = property("planned");
    public static final Property count = property("count");
    public static final Property countedItem = property("countedItem");
    public static final Property duration = property("duration");
    public static final Property durationText = property("durationText");
    public static final Property title = property("title");
    public static final Property demonym = property("demonym");
    public static final Property claimText = property("claimText");
    public static final Property sourceName = property("sourceName");
    public static final Property sha256 = property("sha256");
    public static final Property sourceFile = property("sourceFile");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property tripleCount = property("tripleCount");

    // Individuals: agreement statuses
    public static final Resource Proposed = resource("Proposed");
    public static final Resource Demanded = resource("Demanded");
    public static final Resource Accepted = resource("Accepted");
    public static final Resource PartiallyAccepted = resource("PartiallyAccepted");
    public static final Resource Rejected = resource("Rejected");
    public static final Resource InForce = resource("InForce");

    // How a statement's speaker was found
    public static final Resource SpeakerMethod = resource("SpeakerMethod");
    public static final Property speakerMethod = property("speakerMethod");
    public static final Property confidence = property("confidence");
    public static final Resource QuotationCluster = resource("QuotationCluster");
    public static final Property inCluster = property("inCluster");
    public static final Resource SpeakerNamed = resource("SpeakerNamed");
    public static final Resource SpeakerFromPronoun = resource("SpeakerFromPronoun");
    public static final Resource SpeakerFromRoleNoun = resource("SpeakerFromRoleNoun");
    public static final Resource SpeakerFromDemonym = resource("SpeakerFromDemonym");
    public static final Resource SpeakerDescribed = resource("SpeakerDescribed");
    public static final Resource SpeakerCarried = resource("SpeakerCarried");
    public static final Resource SpeakerOfQuotationBefore = resource("SpeakerOfQuotationBefore");

    // Individuals: stances towards an agreement (the concept scheme and its concepts)
    public static final Resource StanceScheme = resource("StanceScheme");
    public static final Resource Proposes = resource("Proposes");
    public static final Resource Accepts = resource("Accepts");
    public static final Resource AcceptsWithConditions = resource("AcceptsWithConditions");
    public static final Resource Rejects = resource("Rejects");
    public static final Resource Demands = resource("Demands");
    public static final Resource AnnouncesInForce = resource("AnnouncesInForce");
    public static final Resource AllegesViolation = resource("AllegesViolation");
    public static final Resource DeniesViolation = resource("DeniesViolation");
    public static final Resource DeclaresOver = resource("DeclaresOver");
}
