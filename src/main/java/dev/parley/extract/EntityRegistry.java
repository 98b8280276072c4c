package dev.parley.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import dev.parley.ParleyException;
import dev.parley.vocab.Parley;

/**
 * The entity registry: known actors and places with their labels, aliases and demonyms, read from
 * {@code data/entities.ttl}. Finds the longest registered name at a token position.
 * <pre>
 *   EntityRegistry registry = EntityRegistry.load(Path.of("data/entities.ttl"));
 *   EntityRegistry.Match m = registry.match(tokens, i);
 * </pre>
 * Labels with a capital letter match case-sensitively ("US" is not "us"); all-lower-case labels ("social media")
 * match in any case. Curly and straight apostrophes are the same.
 */
final class EntityRegistry {
    /** How a registered label matched. */
    enum MatchKind { LABEL, DEMONYM }

    /** A registry match: the entity, how many tokens it covers, and how it matched. */
    record Match(Entity entity, int length, MatchKind kind) {}

    private record Label(String[] tokens, Entity entity, MatchKind kind, boolean anyCase) {}

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Map<String, Entity> byIri;
    private final Map<String, List<Label>> byFirstToken = new HashMap<>();

    private EntityRegistry(Map<String, Entity> byIri) {
        this.byIri = byIri;
        for (Entity e : byIri.values()) {
            index(e.label(), e, MatchKind.LABEL);
            e.aliases().forEach(a -> index(a, e, MatchKind.LABEL));
            e.demonyms().forEach(d -> index(d, e, MatchKind.DEMONYM));
        }
        byFirstToken.values().forEach(list -> list.sort((a, b) -> b.tokens.length - a.tokens.length));
    }

    /** An empty registry: every name is minted. */
    static EntityRegistry empty() {
        return new EntityRegistry(Map.of());
    }

    /** Reads the registry file; a broken file is a {@link ParleyException} that names it. */
    static EntityRegistry load(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new ParleyException("Entity registry not found: " + file);
        }
        try {
            return fromModel(RDFParser.source(file).toModel());
        } catch (RiotException e) {
            throw new ParleyException("Cannot parse entity registry " + file + ": " + e.getMessage(), e);
        }
    }

    static EntityRegistry fromModel(Model m) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Resource r : m.listSubjectsWithProperty(SKOS.prefLabel).toList()) {
            if (!r.isURIResource()) {
                continue;
            }
            Resource type = r.getPropertyResourceValue(RDF.type);
            String label = r.getProperty(SKOS.prefLabel).getString();
            String wikidata = null;
            for (Statement s : r.listProperties(OWL2.sameAs).toList()) {
                if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(WIKIDATA)) {
                    wikidata = s.getResource().getURI();
                }
            }
            entities.put(r.getURI(), new Entity(r.getURI(), type == null ? Parley.Actor : type, label,
                    strings(r, SKOS.altLabel), strings(r, Parley.demonym), wikidata, iris(r, Parley.partOf),
                    first(iris(r, Parley.standsFor)), first(iris(r, Parley.affiliation)), strings(r, Parley.title),
                    true));
        }
        return new EntityRegistry(entities);
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                out.add(s.getString());
            }
        });
        return out;
    }

    private static List<String> iris(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            if (o.isURIResource()) {
                out.add(o.asResource().getURI());
            }
        });
        return out;
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private void index(String label, Entity e, MatchKind kind) {
        String[] tokens = labelTokens(label);
        if (tokens.length == 0) {
            return;
        }
        boolean anyCase = label.equals(label.toLowerCase(Locale.ROOT));
        String key = anyCase ? tokens[0].toLowerCase(Locale.ROOT) : tokens[0];
        byFirstToken.computeIfAbsent(key, k -> new ArrayList<>()).add(new Label(tokens, e, kind, anyCase));
        if (!anyCase) {
            byFirstToken.computeIfAbsent(tokens[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        }
    }

    /** Splits a label the way {@link Nlp} splits text: at spaces, dashes and before a clitic 's. */
    static String[] labelTokens(String label) {
        List<String> out = new ArrayList<>();
        for (String w : norm(label).split("[\\s\\u00A0\\u2013\\u2014]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > 2 && w.endsWith("'s")) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else {
                out.add(w);
            }
        }
        return out.toArray(new String[0]);
    }

    /** Normalises apostrophes so that curly and straight ones compare equal. */
    static String norm(String s) {
        return s.indexOf('\u2019') < 0 && s.indexOf('\u2018') < 0 ? s : s.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** The longest registered name that starts at token {@code i}, or null. */
    Match match(List<Token> tokens, int i) {
        String first = norm(tokens.get(i).text());
        Match best = longest(byFirstToken.get(first), tokens, i, false);
        Match lower = longest(byFirstToken.get(first.toLowerCase(Locale.ROOT)), tokens, i, true);
        if (lower != null && (best == null || lower.length() > best.length())) {
            best = lower;
        }
        return best;
    }

    private static Match longest(List<Label> labels, List<Token> tokens, int i, boolean anyCaseOnly) {
        if (labels == null) {
            return null;
        }
        for (Label l : labels) {
            if (anyCaseOnly && !l.anyCase) {
                continue;
            }
            if (i + l.tokens.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < l.tokens.length && ok; k++) {
                String t = norm(tokens.get(i + k).text());
                ok = l.anyCase ? t.equalsIgnoreCase(l.tokens[k]) : t.equals(l.tokens[k]);
            }
            if (ok) {
                return new Match(l.entity, l.tokens.length, l.kind);
            }
        }
        return null;
    }

    Entity get(String iri) {
        return byIri.get(iri);
    }

    Collection<Entity> all() {
        return byIri.values();
    }
}
