package dev.parley.extract;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

import dev.parley.model.Article;
import dev.parley.vocab.Nif;
import dev.parley.vocab.Parley;
import dev.parley.vocab.Prov;

/**
 * Writes what was found in one article as an RDF graph in the parley ontology: the article with its text, the
 * entities it mentions, every mention as a text span, and the statements, agreements and events with the spans
 * they came from; a statement about an agreement is {@code parley:about} it, with its {@code parley:stance} and,
 * for an alleged violation, its {@code parley:allegedViolator}. Spans are NIF strings named
 * {@code <article#char=BEGIN,END>} (RFC 5147).
 */
final class ArticleGraph {
    private final AnnotatedText text;
    private final Mentions mentions;
    private final java.util.Map<String, Entity> entities;
    private final Graph g = GraphFactory.createDefaultGraph();
    private final Node article;
    private final Set<String> spans = new HashSet<>();
    private final Set<String> written = new HashSet<>();
    private final EntityRegistry registry;
    private List<Statement> statementList = List.of();
    private java.util.Map<Statement, Stances.Stance> stances = java.util.Map.of();
    private final java.util.Map<Happening, String> agreementIris = new java.util.IdentityHashMap<>();

    ArticleGraph(AnnotatedText text, Mentions mentions, java.util.Map<String, Entity> entities, EntityRegistry registry) {
        this.text = text;
        this.mentions = mentions;
        this.entities = entities;
        this.registry = registry;
        this.article = NodeFactory.createURI(text.article().iri());
    }

    /**
     * The article's graph, from the layers the pipeline made: statements (with the mentions of speakers the speech
     * stages found beyond the mentions layer, and who issued each document that speaks), how each speaker was
     * found and each quote's cluster (both in the order of the statements), happenings and claims, stances.
     */
    Graph build(Layers layers) {
        Statements found = layers.get(Statements.class);
        List<Statement> statements = found.all();
        List<Mention> speakerMentions = found.speakerMentions();
        Map<String, Entity> issuers = found.issuers();
        List<SpeakerMethods.Found> methods = layers.get(SpeakerMethods.class).all();
        List<String> clusters = layers.get(QuotationClusters.class).all();
        List<Happening> happenings = layers.get(Happenings.class).all();
        List<Claim> claims = layers.get(Happenings.class).claims();
        Stances stanceLayer = layers.get(Stances.class);
        writeArticle();
        this.stances = stanceLayer.byStatement();
        int agreements = 0;
        for (Happening h : happenings) {
            if (h.isAgreement()) {
                agreementIris.put(h, text.article().iri() + "/agreement/" + ++agreements);
            }
        }
        Set<Entity> used = new LinkedHashSet<>();
        for (Mention m : mentions.all()) {
            if (m.entity() != null && !m.entity().type().equals(Parley.UnnamedSource)
                    && !m.entity().type().equals(Parley.Document)) {
                used.add(m.entity());
            }
        }
        for (Statement st : statements) {
            used.add(st.speaker());
            addIfPresent(used, st.frame().audience());
            addIfPresent(used, st.frame().medium());
            addIfPresent(used, st.frame().place());
        }
        for (Happening h : happenings) {
            used.addAll(h.actors());
        }
        for (Claim c : claims) {
            used.addAll(c.subjects());
            addIfPresent(used, c.object());
        }
        used.addAll(issuers.values());
        for (Stances.Stance st : stanceLayer.all()) {
            addIfPresent(used, st.violator());
        }
        for (Entity e : used) {
            writeEntity(e);
        }
        issuers.forEach((doc, issuer) -> {
            if (written.contains(doc)) {
                add(uri(doc), Parley.issuedBy, uri(issuer.iri()));
            }
        });
        List<Mention> all = new java.util.ArrayList<>(mentions.all());
        all.addAll(speakerMentions);
        for (Mention m : all) {
            if (m.entity() != null && written.contains(m.entity().iri())) {
                Node span = span(m.begin(), m.end(), Parley.Mention);
                add(span, Parley.refersTo, uri(m.entity().iri()));
            }
        }
        int n = 0;
        for (Statement st : statements) {
            writeStatement(st, methods.get(n), clusters.get(n), ++n);
        }
        this.statementList = statements;
        int c = 0;
        for (Claim claim : claims) {
            writeClaim(claim, uri(text.article().iri() + "/claim/" + ++c));
        }
        int ev = 0;
        for (Happening h : happenings) {
            String iri = h.isAgreement() ? agreementIris.get(h) : text.article().iri() + "/event/" + ++ev;
            writeHappening(h, uri(iri));
        }
        return g;
    }

    private static void addIfPresent(Set<Entity> set, Entity e) {
        if (e != null) {
            set.add(e);
        }
    }

    private void writeArticle() {
        Article.Metadata meta = text.article().metadata();
        add(article, RDF.type, Parley.Article);
        add(article, RDF.type, Nif.Context);
        add(article, DCTerms.title, lit(meta.title()));
        add(article, Nif.isString, lit(text.text()));
        add(article, DCTerms.language, lit(meta.language()));
        if (meta.published() != null) {
            add(article, SchemaDO.datePublished, date(meta.published()));
        }
        if (meta.source() != null) {
            add(article, Parley.sourceName, lit(meta.source()));
        }
        if (meta.url() != null) {
            add(article, SchemaDO.url, NodeFactory.createLiteralDT(meta.url(), XSDDatatype.XSDanyURI));
        }
    }

    private void writeEntity(Entity e) {
        if (!written.add(e.iri())) {
            return;
        }
        Node n = uri(e.iri());
        for (Resource t : Types.withSuperclasses(e.type())) {
            add(n, RDF.type, t);
        }
        add(n, RDFS.label, NodeFactory.createLiteralLang(e.label(), "en"));
        if (Types.withSuperclasses(e.type()).contains(Parley.Event)) {
            // A registered event the article only names ("the conflict in Ukraine"): its span is that naming.
            for (Mention m : mentions.all()) {
                if (m.entity() != null && m.entity().iri().equals(e.iri())) {
                    add(n, Parley.span, span(m.begin(), m.end(), Parley.Mention));
                    add(n, Prov.wasDerivedFrom, article);
                    break;
                }
            }
        }
        if (e.wikidata() != null) {
            add(n, OWL2.sameAs, uri(e.wikidata()));
        }
        for (String title : mentions.titlesOf(e)) {
            add(n, Parley.title, NodeFactory.createLiteralLang(title, "en"));
        }
        for (String p : e.partOf()) {
            Entity place = registry.get(p);
            if (place != null) {
                writeEntity(place);
                add(n, Parley.partOf, uri(p));
            }
        }
        if (e.standsFor() != null && registry.get(e.standsFor()) != null) {
            writeEntity(registry.get(e.standsFor()));
            add(n, Parley.standsFor, uri(e.standsFor()));
        }
        Entity aff = mentions.affiliations().get(e.iri());
        if (aff == null && e.affiliation() != null) {
            aff = registry.get(e.affiliation());
            if (aff == null) {
                aff = entities.get(e.affiliation());
            }
        }
        if (aff != null) {
            writeEntity(aff);
            add(n, Parley.affiliation, uri(aff.iri()));
        }
    }

    /**
     * The speaker as the graph has it: the entity itself when the article graph types it as an actor; otherwise
     * (its IRI was first written as a place or a medium by another mention: "New Hampshire said", "Twitter
     * said") an unnamed source with the same label, so that the statement keeps its words, its span and the
     * words for its speaker, and the graph keeps the data contract (a speaker is an actor).
     */
    private Entity speakerAsWritten(Entity speaker) {
        Node n = uri(speaker.iri());
        boolean actor = g.find(n, RDF.type.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isURI() && Types.canSpeak(
                        org.apache.jena.rdf.model.ResourceFactory.createResource(t.getObject().getURI())));
        if (actor) {
            return speaker;
        }
        Entity unresolved = Entity.minted(text.article().iri() + "/source/" + ArticleReader.slug(speaker.label()),
                Parley.UnnamedSource, speaker.label());
        writeEntity(unresolved);
        return unresolved;
    }

    private void writeStatement(Statement st, SpeakerMethods.Found method, String cluster, int n) {
        Node s = uri(text.article().iri() + "/statement/" + n);
        add(s, RDF.type, st.kind() == Statement.Kind.DIRECT ? Parley.DirectQuote : Parley.ReportedSpeech);
        add(s, RDF.type, Parley.Statement);
        add(s, Parley.speaker, uri(speakerAsWritten(st.speaker()).iri()));
        add(s, Parley.text, lit(text.slice(st.begin(), st.end())));
        add(s, Parley.span, span(st.begin(), st.end(), Parley.TextSpan));
        // The context is every sentence the statement touches, with the one that attributes it.
        Sentence sentence = text.sentences().get(st.sentence());
        int cb = Math.min(sentence.begin(), text.sentenceAt(st.begin()).begin());
        int ce = Math.max(sentence.end(), text.sentenceAt(st.end() - 1).end());
        add(s, Parley.sentence, span(cb, ce, Parley.TextSpan));
        add(s, Prov.wasDerivedFrom, article);
        add(s, Parley.speakerMethod, uri(method.method().individual().getURI()));
        if (cluster != null) {
            add(s, Parley.inCluster, uri(cluster));
            add(uri(cluster), RDF.type, Parley.QuotationCluster);
        }
        add(s, Parley.confidence, NodeFactory.createLiteralDT(
                java.math.BigDecimal.valueOf(method.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
        if (st.partial()) {
            add(s, Parley.partial, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        if (st.refusal()) {
            add(s, Parley.refusal, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        Statement.Frame f = st.frame();
        writeDate(s, f.date());
        if (f.audience() != null) {
            add(s, Parley.audience, uri(f.audience().iri()));
        }
        if (f.medium() != null) {
            add(s, Parley.medium, uri(f.medium().iri()));
        }
        if (f.place() != null) {
            add(s, Parley.place, uri(f.place().iri()));
        }
        for (Entity e : f.about()) {
            if (written.contains(e.iri())) {
                add(s, Parley.about, uri(e.iri()));
            }
        }
        writeStance(s, stances.get(st));
    }

    private void writeStance(Node s, Stances.Stance stance) {
        if (stance == null) {
            return;
        }
        for (Happening a : stance.agreements()) {
            add(s, Parley.about, uri(agreementIris.get(a)));
        }
        if (stance.concept() != null) {
            add(s, Parley.stance, stance.concept());
        }
        if (stance.violator() != null && written.contains(stance.violator().iri())) {
            add(s, Parley.allegedViolator, uri(stance.violator().iri()));
        }
    }

    private void writeHappening(Happening h, Node n) {
        for (Resource t : Types.withSuperclasses(h.type())) {
            add(n, RDF.type, t);
        }
        add(n, RDFS.label, NodeFactory.createLiteralLang(h.label(), "en"));
        add(n, Parley.span, span(h.begin(), h.end(), Parley.TextSpan));
        Sentence sentence = text.sentences().get(h.sentence());
        add(n, Parley.sentence, span(sentence.begin(), sentence.end(), Parley.TextSpan));
        add(n, Prov.wasDerivedFrom, article);
        if (h.support() != null && statementList.indexOf(h.support()) >= 0) {
            add(n, Parley.supportedBy, uri(text.article().iri() + "/statement/" + (statementList.indexOf(h.support()) + 1)));
        }
        writeDate(n, h.date());
        for (Happening.Role r : h.roles()) {
            if (written.contains(r.entity().iri())) {
                add(n, r.property(), uri(r.entity().iri()));
            }
        }
        if (h.status() != null) {
            add(n, Parley.status, uri(h.status().getURI()));
        }
        if (h.planned() != null) {
            add(n, Parley.planned, NodeFactory.createLiteralDT(h.planned().toString(), XSDDatatype.XSDboolean));
        }
        if (h.count() != null) {
            add(n, Parley.count, NodeFactory.createLiteralDT(h.count().toString(),
                    XSDDatatype.XSDnonNegativeInteger));
        }
        if (h.countedItem() != null) {
            add(n, Parley.countedItem, lit(h.countedItem()));
        }
        if (h.duration() != null) {
            add(n, Parley.duration, NodeFactory.createLiteralDT(h.duration(), XSDDatatype.XSDduration));
            add(n, Parley.durationText, lit(h.durationText()));
        }
        for (String topic : h.topics()) {
            Node t = uri(Parley.DATA_NS + "topic/" + ArticleReader.slug(topic));
            add(t, RDF.type, Parley.Topic);
            add(t, RDFS.label, NodeFactory.createLiteralLang(topic, "en"));
            add(n, Parley.topic, t);
        }
        for (Happening.Provision p : h.provisions()) {
            Node pn = uri(n.getURI() + "/provision/" + ArticleReader.slug(p.label()));
            add(pn, RDF.type, Parley.Provision);
            add(pn, RDFS.label, NodeFactory.createLiteralLang(p.label(), "en"));
            add(pn, Parley.span, span(p.begin(), p.end(), Parley.TextSpan));
            add(pn, Prov.wasDerivedFrom, article);
            add(n, Parley.provision, pn);
        }
    }

    private void writeClaim(Claim c, Node n) {
        add(n, RDF.type, Parley.Claim);
        String words = text.slice(c.begin(), c.end());
        add(n, RDFS.label, NodeFactory.createLiteralLang(words, "en"));
        add(n, Parley.claimText, lit(words));
        add(n, Parley.span, span(c.begin(), c.end(), Parley.TextSpan));
        Sentence sentence = text.sentences().get(c.sentence());
        add(n, Parley.sentence, span(sentence.begin(), sentence.end(), Parley.TextSpan));
        add(n, Prov.wasDerivedFrom, article);
        for (Entity subject : c.subjects()) {
            add(n, Parley.about, uri(subject.iri()));
            if (c.object() != null) {
                add(uri(subject.iri()), c.relation(), uri(c.object().iri()));
            }
        }
        if (c.support() != null) {
            add(n, Parley.reportedBy, uri(c.support().speaker().iri()));
            int index = statementList.indexOf(c.support());
            if (index >= 0) {
                add(n, Parley.supportedBy, uri(text.article().iri() + "/statement/" + (index + 1)));
            }
        }
    }

    private void writeDate(Node n, TemporalExpression t) {
        if (t == null) {
            return;
        }
        add(n, Parley.dateText, lit(t.words()));
        if (t.date() != null) {
            add(n, Parley.date, date(t.date()));
        } else if (t.from() != null) {
            add(n, Parley.dateFrom, date(t.from()));
            add(n, Parley.dateTo, date(t.to()));
        }
    }

    /** The span node for [begin, end), written once. */
    private Node span(int begin, int end, Resource type) {
        String iri = text.article().iri() + "#char=" + begin + "," + end;
        Node n = uri(iri);
        if (spans.add(iri + type.getURI())) {
            add(n, RDF.type, type);
            if (type.equals(Parley.Mention)) {
                add(n, RDF.type, Parley.TextSpan);
            }
            if (spans.add(iri)) {
                add(n, Nif.referenceContext, article);
                add(n, Nif.beginIndex, NodeFactory.createLiteralDT(BigInteger.valueOf(begin).toString(),
                        XSDDatatype.XSDnonNegativeInteger));
                add(n, Nif.endIndex, NodeFactory.createLiteralDT(BigInteger.valueOf(end).toString(),
                        XSDDatatype.XSDnonNegativeInteger));
                add(n, Nif.anchorOf, lit(text.slice(begin, end)));
            }
        }
        return n;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(java.time.LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private void add(Node s, Property p, Node o) {
        g.add(s, p.asNode(), o);
    }

    private void add(Node s, Property p, Resource o) {
        g.add(s, p.asNode(), o.asNode());
    }
}
