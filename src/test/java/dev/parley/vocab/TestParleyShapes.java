package dev.parley.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import dev.parley.ParleyHome;

/** Every shape named in {@link ParleyShapes} is a node shape of {@code ontology/shapes.ttl}, under its own name. */
class TestParleyShapes {
    @Test
    void everyConstantIsANodeShapeOfTheFile() throws IllegalAccessException {
        JenaSystem.init();
        Model shapes = RDFParser.source(ParleyHome.get().ontology().resolve("shapes.ttl")).toModel();
        assertEquals(ParleyShapes.NS, shapes.getNsPrefixURI("parleysh"), "the file binds the namespace");
        List<String> problems = new ArrayList<>();
        int constants = 0;
        for (Field f : ParleyShapes.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            constants++;
            Resource shape = (Resource) f.get(null);
            if (!shape.getURI().equals(ParleyShapes.NS + f.getName())) {
                problems.add(f.getName() + ": IRI " + shape.getURI() + " does not match the field name");
            }
            if (!shapes.contains(shape, RDF.type, SHACLM.NodeShape)) {
                problems.add(f.getName() + ": not a sh:NodeShape in shapes.ttl");
            }
        }
        assertTrue(constants > 0, "ParleyShapes has constants");
        assertEquals(List.of(), problems);
    }
}
