package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import dev.parley.ParleyHome;

/** The superclasses the extractor writes into article graphs are the ones the ontology declares. */
class TestTypes {
    @Test
    void everyAssumedSuperclassIsDeclaredInTheOntology() {
        JenaSystem.init();
        Model ontology = RDFDataMgr.loadModel(ParleyHome.get().ontology().resolve("parley.ttl").toString());
        for (Map.Entry<Resource, List<Resource>> e : Types.assumedSuperclasses().entrySet()) {
            for (Resource sup : e.getValue()) {
                assertTrue(ontology.contains(e.getKey(), RDFS.subClassOf, sup),
                        e.getKey().getLocalName() + " rdfs:subClassOf " + sup.getLocalName() + " in parley.ttl");
            }
        }
    }
}
