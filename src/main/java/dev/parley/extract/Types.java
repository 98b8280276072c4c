package dev.parley.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

import dev.parley.vocab.Parley;

/** The ontology's class families as the extractor needs them (kept in step with ontology/parley.ttl by a test). */
final class Types {
    private static final Set<Resource> ACTORS = Set.of(Parley.Actor, Parley.Person, Parley.Organisation,
            Parley.Government, Parley.Ministry, Parley.Alliance, Parley.MediaOutlet, Parley.ArmedForces, Parley.Group,
            Parley.UnnamedSource, Parley.State);
    private static final Set<Resource> PLACES = Set.of(Parley.Place, Parley.State, Parley.Region, Parley.City,
            Parley.Area, Parley.Venue);
    private static final Set<Resource> ORGANISATIONS = Set.of(Parley.Organisation, Parley.Government,
            Parley.Ministry, Parley.Alliance, Parley.MediaOutlet, Parley.ArmedForces);

    /** Direct parley superclasses of each parley class, so article graphs carry them without a reasoner. */
    private static final Map<Resource, List<Resource>> SUPER = Map.ofEntries(
            Map.entry(Parley.Person, List.of(Parley.Actor)),
            Map.entry(Parley.Organisation, List.of(Parley.Actor)),
            Map.entry(Parley.Government, List.of(Parley.Organisation)),
            Map.entry(Parley.Ministry, List.of(Parley.Government)),
            Map.entry(Parley.Alliance, List.of(Parley.Organisation)),
            Map.entry(Parley.MediaOutlet, List.of(Parley.Organisation, Parley.Medium)),
            Map.entry(Parley.ArmedForces, List.of(Parley.Organisation)),
            Map.entry(Parley.Group, List.of(Parley.Actor)),
            Map.entry(Parley.UnnamedSource, List.of(Parley.Actor)),
            Map.entry(Parley.State, List.of(Parley.Actor, Parley.Place)),
            Map.entry(Parley.Region, List.of(Parley.Place)),
            Map.entry(Parley.City, List.of(Parley.Place)),
            Map.entry(Parley.Area, List.of(Parley.Place)),
            Map.entry(Parley.Venue, List.of(Parley.Place)),
            Map.entry(Parley.DirectQuote, List.of(Parley.Statement)),
            Map.entry(Parley.ReportedSpeech, List.of(Parley.Statement)),
            Map.entry(Parley.CeaseFire, List.of(Parley.Agreement)),
            Map.entry(Parley.SecurityGuarantee, List.of(Parley.Agreement)),
            Map.entry(Parley.PeaceDeal, List.of(Parley.Agreement)),
            Map.entry(Parley.Call, List.of(Parley.Event)),
            Map.entry(Parley.Talks, List.of(Parley.Event)),
            Map.entry(Parley.Summit, List.of(Parley.Event)),
            Map.entry(Parley.Strike, List.of(Parley.Event)),
            Map.entry(Parley.Interception, List.of(Parley.Event)),
            Map.entry(Parley.SupplyResumption, List.of(Parley.Event)),
            Map.entry(Parley.Mention, List.of(Parley.TextSpan)));

    private Types() {}

    /** The class and all its parley superclasses, most specific first. */
    static List<Resource> withSuperclasses(Resource type) {
        List<Resource> out = new ArrayList<>();
        ArrayDeque<Resource> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Resource r = todo.poll();
            if (!out.contains(r)) {
                out.add(r);
                todo.addAll(SUPER.getOrDefault(r, List.of()));
            }
        }
        return out;
    }

    /** Direct superclasses as the extractor assumes them (a test compares them with the ontology). */
    static Map<Resource, List<Resource>> assumedSuperclasses() {
        return SUPER;
    }

    static boolean isActor(Resource type) {
        return ACTORS.contains(type);
    }

    /** A class whose members may be a statement's speaker: an actor, or a document ("the report said"). */
    static boolean canSpeak(Resource type) {
        return isActor(type) || Parley.Document.equals(type);
    }

    static boolean isPlace(Resource type) {
        return PLACES.contains(type);
    }

    static boolean isPerson(Resource type) {
        return Parley.Person.equals(type);
    }

    static boolean isOrganisation(Resource type) {
        return ORGANISATIONS.contains(type);
    }

    /** The parley class named by a lexicon entry such as "Ministry". */
    static Resource named(String localName) {
        return ResourceFactory.createResource(Parley.NS + localName);
    }
}
