package dev.parley.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

import dev.parley.ParleyHome;
import dev.parley.vocab.Parley;

/**
 * Checks {@code ontology/parley.ttl}: it parses, is OWL 2 DL, is consistent and coherent under HermiT, its
 * disjointness axioms bite, its header and term annotations are complete, every parley term used anywhere is
 * declared, and {@link Parley} agrees with it both ways.
 */
class TestOntology {
    static {
        // Jena must initialise before org.apache.jena.vocabulary.RDF is first touched (the constants below);
        // otherwise, when this class is the first to use Jena in the JVM, TypeMapper sees a half-built RDF class.
        JenaSystem.init();
    }

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private static final String VANN = "http://purl.org/vocab/vann/";

    /** Namespaces whose terms OWL 2 itself provides; they need no declaration in the file. */
    private static final List<String> BUILT_IN = List.of(RDF.getURI(), RDFS.getURI(), OWL2.getURI(), XSD.getURI());

    private static final Set<Resource> DECLARATION_TYPES = Set.of(OWL2.Class, OWL2.ObjectProperty,
            OWL2.DatatypeProperty, OWL2.AnnotationProperty, OWL2.NamedIndividual);

    private static Path home;
    private static Path ontologyFile;
    private static Model model;
    private static OWLOntologyManager manager;
    private static OWLOntology ontology;
    private static OWLDataFactory df;
    private static OWLReasoner reasoner;

    @BeforeAll
    static void load() throws OWLOntologyCreationException {
        home = ParleyHome.get().root();
        ontologyFile = home.resolve("ontology").resolve("parley.ttl");
        model = parseStrict(ontologyFile);
        manager = OWLManager.createOWLOntologyManager();
        // Not OWLOntologyLoaderConfiguration.setStrict(true): OWL API 5.1.20's strict mode rejects every anonymous
        // owl:unionOf class used as a domain, although that is the standard OWL 2 RDF mapping. The test below
        // instead requires that no triple is left unparsed and no entity type had to be guessed.
        ontology = manager.loadOntologyFromOntologyDocument(
                new FileDocumentSource(ontologyFile.toFile(), new TurtleDocumentFormat()));
        df = manager.getOWLDataFactory();
        reasoner = new ReasonerFactory().createReasoner(ontology);
    }

    @AfterAll
    static void dispose() {
        if (reasoner != null) {
            reasoner.dispose();
        }
    }

    // ---- Parsing and profile ---------------------------------------------------------------------------------

    @Test
    void parsesWithJenaStrictWithoutWarnings() {
        assertFalse(model.isEmpty());
        Resource header = model.getResource(Parley.ONTOLOGY);
        assertTrue(model.contains(header, RDF.type, OWL2.Ontology), "the ontology IRI is typed owl:Ontology");
        assertEquals(1, model.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList().size(),
                "one owl:Ontology header");
    }

    @Test
    void parsesWithOwlApiLeavingNoTripleUnparsed() {
        assertEquals(Parley.ONTOLOGY, ontology.getOntologyID().getOntologyIRI().map(IRI::toString).orElse(null));
        OWLDocumentFormat format = manager.getOntologyFormat(ontology);
        assertTrue(format instanceof TurtleDocumentFormat, "parsed as Turtle: " + format);
        OWLOntologyLoaderMetaData meta = format.getOntologyLoaderMetaData()
                .orElseThrow(() -> new AssertionError("no loader metadata"));
        List<String> unparsed = meta.getUnparsedTriples().map(Object::toString).sorted().toList();
        assertEquals(List.of(), unparsed, "triples OWL API could not turn into axioms or annotations");
        assertTrue(meta.getGuessedDeclarations().isEmpty(),
                "OWL API had to guess the type of: " + meta.getGuessedDeclarations().keySet());
        assertTrue(ontology.getAxiomCount() > 100, "the ontology has its axioms: " + ontology.getAxiomCount());
        assertTrue(ontology.containsClassInSignature(iri(Parley.Statement)), "parley:Statement is in the signature");
    }

    @Test
    void isInOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertEquals(List.of(), report.getViolations().stream().map(Object::toString).toList(),
                "OWL 2 DL profile violations");
        assertTrue(report.isInProfile());
    }

    // ---- Reasoning -------------------------------------------------------------------------------------------

    @Test
    void isConsistentAndCoherent() {
        assertTrue(reasoner.isConsistent(), "HermiT finds the ontology consistent");
        reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY);
        assertTrue(reasoner.isPrecomputed(InferenceType.CLASS_HIERARCHY), "HermiT classified the ontology");
        Set<String> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                .map(c -> c.getIRI().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
        for (Resource c : declared(OWL2.Class)) {
            assertTrue(reasoner.isSatisfiable(df.getOWLClass(iri(c))), c + " is satisfiable");
        }
    }

    /** Each pair is kept apart by a disjointness axiom, directly or through the subclass hierarchy. */
    @ParameterizedTest(name = "parley:{0} and parley:{1}")
    @CsvSource({
        "Person, DirectQuote",
        "Statement, Actor",
        "Event, Agreement",
        "DirectQuote, ReportedSpeech",
        "Person, Organisation",
        "Government, State",
        "Person, Place",
        "State, City",
        "Region, Venue",
        "Statement, TextSpan",
        "Mention, Article",
        "Call, Place",
        "CeaseFire, Ministry"
    })
    void disjointClassesCannotShareAnIndividual(String a, String b) {
        assertFalse(consistentWithIndividualOfTypes(term(a), term(b)),
                "an individual typed both parley:" + a + " and parley:" + b + " must make the ontology inconsistent");
    }

    /** The control for the test above: these overlaps are meant (see the vann:usageNotes). */
    @ParameterizedTest(name = "parley:{0} and parley:{1}")
    @CsvSource({
        "UnnamedSource, Person",
        "UnnamedSource, Organisation",
        "MediaOutlet, Medium",
        "Mention, TextSpan"
    })
    void intendedOverlapsStayConsistent(String a, String b) {
        assertTrue(consistentWithIndividualOfTypes(term(a), term(b)),
                "an individual typed both parley:" + a + " and parley:" + b + " is allowed");
    }

    @Test
    void agreementStatusesAreDistinct() throws OWLOntologyCreationException {
        OWLOntology copy = manager.createOntology(ontology.axioms());
        try {
            OWLNamedIndividual proposed = df.getOWLNamedIndividual(iri(Parley.Proposed));
            OWLNamedIndividual accepted = df.getOWLNamedIndividual(iri(Parley.Accepted));
            copy.add(df.getOWLSameIndividualAxiom(proposed, accepted));
            OWLReasoner r = new ReasonerFactory().createReasoner(copy);
            try {
                assertFalse(r.isConsistent(), "owl:AllDifferent keeps parley:Proposed and parley:Accepted apart");
            } finally {
                r.dispose();
            }
        } finally {
            manager.removeOntology(copy);
        }
    }

    @Test
    void expectedEntailmentsHold() {
        assertSubClass(Parley.Ministry, Parley.Actor);
        assertSubClass(Parley.Ministry, Parley.Organisation);
        assertSubClass(Parley.State, Parley.Place);
        assertSubClass(Parley.State, Parley.Actor);
        assertSubClass(Parley.MediaOutlet, Parley.Medium);
        assertSubClass(Parley.MediaOutlet, res(PROV + "Agent"));
        assertSubClass(Parley.Person, res(PROV + "Person"));
        assertSubClass(Parley.DirectQuote, res(PROV + "Entity"));
        assertSubClass(Parley.ReportedSpeech, res(PROV + "Entity"));
        assertSubClass(Parley.CeaseFire, res(PROV + "Entity"));
        assertSubClass(Parley.Call, res(SEM + "Event"));
        assertSubClass(Parley.City, res(SEM + "Place"));
        // The file declares nif:OffsetBasedString and nif:Context (not nif:String).
        assertSubClass(Parley.TextSpan, res(NIF + "OffsetBasedString"));
        assertSubClass(Parley.Mention, res(NIF + "OffsetBasedString"));
        assertSubClass(Parley.Article, res(NIF + "Context"));
        assertSubClass(Parley.LoadRecord, res(PROV + "Activity"));

        assertSubProperty(Parley.speaker, res(PROV + "wasAttributedTo"));
        assertSubProperty(Parley.performedBy, res(SEM + "hasActor"));
        assertSubProperty(Parley.span, res(PROV + "wasDerivedFrom"));

        // And the hierarchy is not flatter than meant.
        assertFalse(reasoner.isEntailed(df.getOWLSubClassOfAxiom(cls(Parley.Actor), cls(Parley.Place))),
                "an actor is not necessarily a place");
        assertFalse(reasoner.isEntailed(df.getOWLSubClassOfAxiom(cls(Parley.Person), cls(Parley.Medium))),
                "a person is not a medium");
    }

    // ---- Header and annotations ------------------------------------------------------------------------------

    @Test
    void headerHasVersionLicenceDatesAndPreferredNamespace() {
        Resource header = model.getResource(Parley.ONTOLOGY);

        Resource versionIri = single(header, OWL2.versionIRI).asResource();
        assertTrue(versionIri.isURIResource(), "owl:versionIRI is an IRI");
        String versionInfo = single(header, OWL2.versionInfo).asLiteral().getLexicalForm();
        assertEquals(Parley.ONTOLOGY + "/" + versionInfo, versionIri.getURI(),
                "owl:versionIRI agrees with owl:versionInfo");

        RDFNode license = single(header, DCTerms.license);
        assertTrue(license.isURIResource(), "dct:license is an IRI");

        Literal modified = single(header, DCTerms.modified).asLiteral();
        Literal created = single(header, DCTerms.created).asLiteral();
        assertEquals(XSD.date.getURI(), modified.getDatatypeURI(), "dct:modified is an xsd:date");
        assertEquals(XSD.date.getURI(), created.getDatatypeURI(), "dct:created is an xsd:date");
        assertTrue(created.getLexicalForm().compareTo(modified.getLexicalForm()) <= 0,
                "dct:created is not after dct:modified");

        RDFNode prefix = single(header, prop(VANN + "preferredNamespacePrefix"));
        assertEquals(Parley.PREFIX, prefix.asLiteral().getLexicalForm());
        assertEquals("parley", Parley.PREFIX);
        RDFNode ns = single(header, prop(VANN + "preferredNamespaceUri"));
        assertEquals(Parley.NS, ns.isLiteral() ? ns.asLiteral().getLexicalForm() : ns.asResource().getURI());

        assertEnglish(header, RDFS.label);
        assertEnglish(header, RDFS.comment);
    }

    @Test
    void everyParleyTermHasEnglishLabelCommentAndIsDefinedBy() {
        Set<Resource> terms = declaredParleyTerms();
        assertTrue(terms.size() > 50, "the ontology declares its terms: " + terms.size());
        Resource ontologyIri = model.getResource(Parley.ONTOLOGY);
        List<String> problems = new ArrayList<>();
        for (Resource term : terms) {
            if (englishValues(term, RDFS.label) != 1) {
                problems.add(term.getLocalName() + ": needs exactly one rdfs:label@en");
            }
            if (englishValues(term, RDFS.comment) != 1) {
                problems.add(term.getLocalName() + ": needs exactly one rdfs:comment@en");
            }
            if (!model.contains(term, RDFS.isDefinedBy, ontologyIri)) {
                problems.add(term.getLocalName() + ": needs rdfs:isDefinedBy <" + Parley.ONTOLOGY + ">");
            }
        }
        assertEquals(List.of(), problems);
    }

    // ---- Declarations ----------------------------------------------------------------------------------------

    @Test
    void everyParleyTermUsedAnywhereIsDeclared() throws IOException {
        Set<String> declared = declaredParleyTerms().stream().map(Resource::getURI).collect(Collectors.toSet());
        List<Path> files = new ArrayList<>();
        files.addAll(listFiles(home.resolve("ontology"), ".ttl"));
        files.addAll(listFiles(home.resolve("queries"), ".rq"));
        files.addAll(listFiles(home.resolve("src/test/resources/ontology"), ".ttl"));
        assertTrue(files.contains(ontologyFile), "the scan covers ontology/parley.ttl");
        assertTrue(files.size() >= 4, "the scan covers the ontology, the shapes and the examples: " + files);

        Map<String, Set<String>> undeclared = new TreeMap<>();
        for (Path file : files) {
            Set<String> used = new TreeSet<>(usedParleyTerms(Files.readString(file, StandardCharsets.UTF_8)));
            if (file.toString().endsWith(".ttl")) {
                // Also every IRI in the parsed graph, whatever form it was written in.
                parseStrict(file).listStatements().forEachRemaining(s -> {
                    addIfParley(used, s.getSubject());
                    addIfParley(used, s.getPredicate());
                    addIfParley(used, s.getObject());
                    if (s.getObject().isLiteral()) {
                        String dt = s.getObject().asLiteral().getDatatypeURI();
                        if (dt != null && dt.startsWith(Parley.NS)) {
                            used.add(dt);
                        }
                    }
                });
            }
            used.removeAll(declared);
            if (!used.isEmpty()) {
                undeclared.put(home.relativize(file).toString(), used);
            }
        }
        assertEquals(Map.of(), undeclared, "parley terms used but not declared in ontology/parley.ttl");
    }

    @Test
    void termScannerFindsPrefixedAndFullForms() {
        // The scanner behind the test above must find what it looks for, or that test proves nothing.
        String text = "@prefix p: <https://w3id.org/parley/ontology#> .\n"
                + "PREFIX q: <https://w3id.org/parley/ontology#>\n"
                + "# parley:Speeker in a comment, parleysh:NotThis, xparley:NorThis\n"
                + "?s p:spokeBy ?o . ?x q:Foo-bar . <https://w3id.org/parley/ontology#Missing> a owl:Class .";
        assertEquals(Set.of(Parley.NS + "Speeker", Parley.NS + "spokeBy", Parley.NS + "Foo-bar",
                Parley.NS + "Missing"), usedParleyTerms(text));
    }

    @Test
    void javaVocabularyMatchesDeclarations() throws IllegalAccessException {
        Map<String, Field> fields = new TreeMap<>();
        for (Field f : Parley.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Resource.class.isAssignableFrom(f.getType())) {
                fields.put(f.getName(), f);
            }
        }
        assertTrue(fields.size() > 50, "Parley has its constants: " + fields.size());

        List<String> problems = new ArrayList<>();
        Set<String> fieldIris = new TreeSet<>();
        for (Field f : fields.values()) {
            Resource value = (Resource) f.get(null);
            assertNotNull(value, f.getName());
            fieldIris.add(value.getURI());
            if (!(Parley.NS + f.getName()).equals(value.getURI())) {
                problems.add(f.getName() + ": IRI " + value.getURI() + " does not match the field name");
            }
            Resource term = model.getResource(value.getURI());
            Set<Resource> kinds = kinds(term);
            boolean isProperty = Property.class.isAssignableFrom(f.getType());
            Set<Resource> allowed = isProperty
                    ? Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty)
                    : Set.of(OWL2.Class, OWL2.NamedIndividual);
            if (kinds.isEmpty()) {
                problems.add(f.getName() + ": not declared in parley.ttl");
            } else if (kinds.size() != 1 || !allowed.containsAll(kinds)) {
                problems.add(f.getName() + ": a " + f.getType().getSimpleName() + " field, but declared " + kinds);
            }
        }
        assertEquals(List.of(), problems);

        Set<String> declared = declaredParleyTerms().stream().map(Resource::getURI)
                .collect(Collectors.toCollection(TreeSet::new));
        declared.removeAll(fieldIris);
        assertEquals(Set.of(), declared, "terms declared in parley.ttl without a constant in dev.parley.vocab.Parley");
    }

    @Test
    void javaStringConstantsMatchTheFile() {
        assertEquals(Parley.ONTOLOGY + "#", Parley.NS);
        assertEquals(Parley.NS, Parley.getURI());
        assertEquals(Parley.NS, model.getNsPrefixURI(Parley.PREFIX), "the file binds the preferred prefix");
        assertTrue(Parley.DATA_NS.startsWith("https://w3id.org/parley/") && Parley.DATA_NS.endsWith("/"),
                Parley.DATA_NS);
        assertFalse(Parley.DATA_NS.startsWith(Parley.NS), "data IRIs are not in the ontology namespace");
    }

    @Test
    void externalTermsInAxiomsAreDeclaredWithIsDefinedBy() {
        Set<Property> axiomProperties = Set.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range);
        Set<Resource> external = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Property p : axiomProperties) {
            model.listStatements(null, p, (RDFNode) null).forEachRemaining(s -> {
                addIfExternal(external, s.getSubject());
                for (Resource r : namedIn(s.getObject())) {
                    addIfExternal(external, r);
                }
            });
        }
        assertTrue(external.contains(res(PROV + "Agent")), "the scan finds prov:Agent: " + external);
        assertTrue(external.contains(res(SEM + "hasActor")), "the scan finds sem:hasActor: " + external);

        List<String> problems = new ArrayList<>();
        for (Resource r : external) {
            Set<Resource> kinds = kinds(r);
            if (kinds.isEmpty()) {
                problems.add(r.getURI() + ": not declared");
            }
            if (!r.hasProperty(RDFS.isDefinedBy)) {
                problems.add(r.getURI() + ": no rdfs:isDefinedBy");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void externalPredicatesAreDeclared() {
        // OWL 2 DL needs every annotation, object and datatype property used as a predicate declared.
        Set<String> problems = new TreeSet<>();
        model.listStatements().forEachRemaining(s -> {
            Property p = s.getPredicate();
            if (!isBuiltIn(p) && kinds(p).isEmpty()) {
                problems.add(p.getURI());
            }
        });
        assertEquals(Set.of(), problems, "predicates used in parley.ttl without a declaration");
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------

    private static Model parseStrict(Path file) {
        List<String> warnings = new ArrayList<>();
        ErrorHandler collecting = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                warnings.add(file.getFileName() + ":" + line + ":" + col + ": " + message);
            }

            @Override
            public void error(String message, long line, long col) {
                fail(file.getFileName() + ":" + line + ":" + col + ": " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                fail(file.getFileName() + ":" + line + ":" + col + ": " + message);
            }
        };
        Model m = RDFParser.source(file).lang(Lang.TURTLE).strict(true).checking(true).errorHandler(collecting)
                .toModel();
        assertEquals(List.of(), warnings, "parser warnings in " + file.getFileName());
        return m;
    }

    /** Parley IRIs named in some text as {@code prefix:local} (prefixes as the text declares them) or in full. */
    static Set<String> usedParleyTerms(String text) {
        Set<String> prefixes = new TreeSet<>(Set.of(Parley.PREFIX));
        Matcher decl = Pattern.compile("(?i)(?:@prefix|prefix)\\s+([A-Za-z][\\w.-]*)?:\\s*<"
                + Pattern.quote(Parley.NS) + ">").matcher(text);
        while (decl.find()) {
            prefixes.add(decl.group(1) == null ? "" : decl.group(1));
        }
        Set<String> used = new TreeSet<>();
        for (String prefix : prefixes) {
            if (prefix.isEmpty()) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\w:.-])" + Pattern.quote(prefix) + ":([A-Za-z_][A-Za-z0-9_-]*)")
                    .matcher(text);
            while (m.find()) {
                used.add(Parley.NS + m.group(1));
            }
        }
        Matcher full = Pattern.compile(Pattern.quote(Parley.NS) + "([A-Za-z_][A-Za-z0-9_-]*)").matcher(text);
        while (full.find()) {
            used.add(Parley.NS + full.group(1));
        }
        return used;
    }

    private static List<Path> listFiles(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    private static void addIfParley(Set<String> used, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(Parley.NS)) {
            used.add(node.asResource().getURI());
        }
    }

    private static void addIfExternal(Set<Resource> external, Resource r) {
        if (r.isURIResource() && !r.getURI().startsWith(Parley.NS) && !isBuiltIn(r)) {
            external.add(r);
        }
    }

    /** The named classes in a class expression: the IRI itself, or the members of an owl:unionOf list. */
    private static List<Resource> namedIn(RDFNode node) {
        if (node.isURIResource()) {
            return List.of(node.asResource());
        }
        List<Resource> named = new ArrayList<>();
        if (node.isAnon()) {
            Resource expr = node.asResource();
            for (Property p : List.of(OWL2.unionOf, OWL2.intersectionOf)) {
                expr.listProperties(p).forEachRemaining(s -> {
                    for (RDFNode member : s.getObject().as(RDFList.class).asJavaList()) {
                        named.addAll(namedIn(member));
                    }
                });
            }
        }
        return named;
    }

    private static boolean isBuiltIn(Resource r) {
        return BUILT_IN.stream().anyMatch(ns -> r.getURI().startsWith(ns));
    }

    /** The declared OWL entity kinds of a term in the file. */
    private static Set<Resource> kinds(Resource term) {
        Set<Resource> kinds = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        model.listObjectsOfProperty(model.getResource(term.getURI()), RDF.type).forEachRemaining(t -> {
            if (t.isResource() && DECLARATION_TYPES.contains(t.asResource())) {
                kinds.add(t.asResource());
            }
        });
        return kinds;
    }

    private static Set<Resource> declaredParleyTerms() {
        Set<Resource> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource type : DECLARATION_TYPES) {
            terms.addAll(declared(type));
        }
        return terms;
    }

    private static List<Resource> declared(Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Parley.NS)).toList();
    }

    private static long englishValues(Resource term, Property p) {
        return model.listObjectsOfProperty(term, p).toList().stream()
                .filter(o -> o.isLiteral() && "en".equals(o.asLiteral().getLanguage())
                        && !o.asLiteral().getLexicalForm().isBlank())
                .count();
    }

    private static void assertEnglish(Resource term, Property p) {
        assertTrue(englishValues(term, p) >= 1, term + " has " + p.getLocalName() + "@en");
    }

    private static RDFNode single(Resource subject, Property p) {
        List<Statement> values = model.listStatements(subject, p, (RDFNode) null).toList();
        assertEquals(1, values.size(), "exactly one " + p + " on " + subject);
        return values.get(0).getObject();
    }

    private boolean consistentWithIndividualOfTypes(Resource a, Resource b) {
        try {
            OWLOntology copy = manager.createOntology(ontology.axioms());
            try {
                OWLNamedIndividual x = df.getOWLNamedIndividual(IRI.create(Parley.DATA_NS + "test/x"));
                List<OWLAxiom> added = List.of(df.getOWLClassAssertionAxiom(cls(a), x),
                        df.getOWLClassAssertionAxiom(cls(b), x));
                copy.add(added);
                OWLReasoner r = new ReasonerFactory().createReasoner(copy);
                try {
                    return r.isConsistent();
                } finally {
                    r.dispose();
                }
            } finally {
                manager.removeOntology(copy);
            }
        } catch (OWLOntologyCreationException e) {
            throw new AssertionError(e);
        }
    }

    private void assertSubClass(Resource sub, Resource sup) {
        assertTrue(reasoner.isEntailed(df.getOWLSubClassOfAxiom(cls(sub), cls(sup))),
                sub.getLocalName() + " ⊑ " + sup.getURI());
    }

    private void assertSubProperty(Resource sub, Resource sup) {
        assertTrue(reasoner.isEntailed(df.getOWLSubObjectPropertyOfAxiom(df.getOWLObjectProperty(iri(sub)),
                df.getOWLObjectProperty(iri(sup)))), sub.getLocalName() + " ⊑ " + sup.getURI());
    }

    /** A declared parley class by local name; fails if the ontology does not declare it. */
    private static Resource term(String localName) {
        Resource r = model.getResource(Parley.NS + localName);
        assertTrue(model.contains(r, RDF.type, OWL2.Class), "parley:" + localName + " is a declared class");
        return r;
    }

    private static OWLClass cls(Resource r) {
        return df.getOWLClass(iri(r));
    }

    private static IRI iri(Resource r) {
        return IRI.create(r.getURI());
    }

    private static Resource res(String uri) {
        return ResourceFactory.createResource(uri);
    }

    private static Property prop(String uri) {
        return ResourceFactory.createProperty(uri);
    }
}
