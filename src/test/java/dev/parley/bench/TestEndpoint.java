package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The requests the server benchmark sends: raw text, saved queries by name with parameters, bound query text. */
class TestEndpoint {
    private static final String IRI = "https://w3id.org/parley/id/someone";
    private static final BenchQuery QUOTES = new BenchQuery("quotes-by",
            ServerBenchmark.withValues("SELECT ?s WHERE { ?s <http://example.org/p> ?_speaker_iri }",
                    Map.of("_speaker_iri", IRI)), "quotes-by", Map.of("_speaker_iri", IRI));

    @Test
    void rawEndpointsCarryTheSameText() {
        String parley = Endpoint.PARLEY_SPARQL.uri("http://127.0.0.1:1", QUOTES).toString();
        String fuseki = Endpoint.FUSEKI_QUERY.uri("http://127.0.0.1:2", QUOTES).toString();
        assertTrue(parley.startsWith("http://127.0.0.1:1/sparql?query="), parley);
        assertTrue(fuseki.startsWith("http://127.0.0.1:2/ds/query?query="), fuseki);
        assertEquals(parley.substring(parley.indexOf('?')), fuseki.substring(fuseki.indexOf('?')));
        String text = URLDecoder.decode(parley.substring(parley.indexOf('=') + 1), StandardCharsets.UTF_8);
        assertEquals(QUOTES.text(), text);
    }

    @Test
    void savedEndpointsTakeTheNameAndGrlcStyleParameters() {
        assertEquals("http://127.0.0.1:1/queries/quotes-by?speaker=" + encoded(IRI),
                Endpoint.PARLEY_SAVED.uri("http://127.0.0.1:1", QUOTES).toString());
        assertEquals("http://127.0.0.1:1/queries/quotes-by.json?speaker=" + encoded(IRI),
                Endpoint.PARLEY_SAVED_JSON.uri("http://127.0.0.1:1", QUOTES).toString());
        BenchQuery plain = new BenchQuery("actors", "SELECT * {}", "actors", Map.of());
        assertEquals("http://127.0.0.1:1/queries/actors.json",
                Endpoint.PARLEY_SAVED_JSON.uri("http://127.0.0.1:1", plain).toString());
        BenchQuery raw = new BenchQuery("point-lookup", "SELECT * {}", null, Map.of());
        assertThrows(IllegalArgumentException.class, () -> Endpoint.PARLEY_SAVED.uri("http://127.0.0.1:1", raw));
    }

    @Test
    void parameterNames() {
        assertEquals("speaker", Endpoint.parameterName("_speaker_iri"));
        assertEquals("from", Endpoint.parameterName("__from_xsd_date"));
        assertEquals("topic", Endpoint.parameterName("_topic"));
    }

    @Test
    void valuesBindTheRequiredParameterAndKeepTheQueryValid() {
        Query q = QueryFactory.create(QUOTES.text());
        assertTrue(q.hasValues());
        assertEquals("_speaker_iri", q.getValuesVariables().getFirst().getVarName());
        assertEquals(IRI, q.getValuesData().getFirst().get(q.getValuesVariables().getFirst()).getURI());
        String unbound = "SELECT * WHERE { ?s ?p ?o }";
        assertEquals(unbound, ServerBenchmark.withValues(unbound, Map.of()), "nothing to bind, nothing added");
    }

    private static String encoded(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
