package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.bench.ServerReport.Check;
import dev.parley.bench.ServerReport.Measurement;
import dev.parley.bench.ServerReport.Start;
import dev.parley.bench.ServerReport.Verdict;

/** The report's medians, ratios and target verdicts, on made-up measurements (no server is started). */
class TestServerReport {
    private static Measurement m(int round, Endpoint e, String query, int connections, double rps, double p99) {
        return new Measurement(round, e, query, connections, (long) (rps * 10), 0, 0, 10.0, p99 / 2, p99, 1000);
    }

    private static Start start(String server, double seconds, long idleMb) {
        return new Start(server, seconds, new ServerProcess.Memory(idleMb * 1024, idleMb * 512, idleMb * 512),
                ServerProcess.Memory.UNKNOWN);
    }

    private static Verdict verdict(ServerReport r, String targetStart) {
        return r.checks().stream().filter(c -> c.target().startsWith(targetStart)).map(Check::verdict)
                .findFirst().orElseThrow();
    }

    @Test
    void mediansOverRoundsAndRatiosToFuseki() {
        List<Measurement> ms = List.of(
                m(1, Endpoint.PARLEY_SPARQL, "actors", 8, 100, 5), m(2, Endpoint.PARLEY_SPARQL, "actors", 8, 300, 5),
                m(3, Endpoint.PARLEY_SPARQL, "actors", 8, 200, 5),
                m(1, Endpoint.FUSEKI_QUERY, "actors", 8, 100, 5), m(2, Endpoint.FUSEKI_QUERY, "actors", 8, 100, 5),
                m(3, Endpoint.FUSEKI_QUERY, "actors", 8, 900, 5));
        ServerReport r = new ServerReport("setting", ms, List.of(start("parley", 1.0, 200),
                start("fuseki", 2.0, 300)), List.of(), false, List.of());
        assertEquals(200.0, r.figures(Endpoint.PARLEY_SPARQL, "actors", 8).requestsPerSecond(), 1e-9);
        assertEquals(2.0, r.ratio(Endpoint.PARLEY_SPARQL, "actors", 8), 1e-9, "median 200 over median 100");
        assertEquals(Verdict.MET, verdict(r, "raw /sparql"));
        assertEquals(Verdict.NOT_MEASURED, verdict(r, "saved-query endpoints"));
        assertEquals(Verdict.NOT_MEASURED, verdict(r, "p99"));
        assertEquals(Verdict.MET, verdict(r, "start-up"));
        assertEquals(Verdict.MET, verdict(r, "RSS"));
        assertTrue(r.table().contains("2.00x"), r.table());
        assertEquals(ms.size() + 1, r.resultsCsv().lines().count(), "a header and one row per round");
        assertEquals(3, r.startsCsv().lines().count());
    }

    @Test
    void savedEndpointTargetsAreCheckedAgainstTheirFloors() {
        List<Measurement> ms = new ArrayList<>();
        ms.add(m(1, Endpoint.FUSEKI_QUERY, "actors", 8, 100, 50));
        ms.add(m(1, Endpoint.PARLEY_SPARQL, "actors", 8, 90, 50));
        ms.add(m(1, Endpoint.PARLEY_SAVED, "actors", 8, 250, 4));
        ms.add(m(1, Endpoint.PARLEY_SAVED_JSON, "actors", 8, 500, 12));
        ServerReport r = new ServerReport("setting", ms, List.of(start("parley", 1.6, 300),
                start("fuseki", 2.0, 300)), List.of(), true, List.of());
        // 2.5x and 5x: geometric mean sqrt(12.5) = 3.54x, over the 3x floor although one of them is under it
        assertEquals(Verdict.MET, verdict(r, "saved-query endpoints"));
        assertEquals(Verdict.MISSED, verdict(r, "raw /sparql"), "0.9x is under 1.0x");
        assertEquals(Verdict.MISSED, verdict(r, "p99"), "12 ms on the .json endpoint is over 10 ms");
        assertEquals(Verdict.MISSED, verdict(r, "start-up"), "1.6 s is over 1.5 s");
        assertEquals(Verdict.MISSED, verdict(r, "RSS"), "300 MB is over 256 MB");
        String detail = r.checks().stream().filter(c -> c.target().startsWith("p99")).findFirst().orElseThrow()
                .detail();
        assertTrue(detail.contains("12.00 ms") && detail.contains("/queries/NAME.json"), detail);
    }

    @Test
    void chartHasABarPerEndpointQueryAndConnectionCount() {
        List<Measurement> ms = List.of(m(1, Endpoint.PARLEY_SPARQL, "a", 1, 10, 1),
                m(1, Endpoint.FUSEKI_QUERY, "a", 1, 20, 1), m(1, Endpoint.PARLEY_SPARQL, "a", 8, 30, 1),
                m(1, Endpoint.FUSEKI_QUERY, "a", 8, 40, 1));
        String svg = new ServerReport("s", ms, List.of(), List.of(), false, List.of()).chartSvg();
        assertEquals(4, svg.split("class=\"bar ").length - 1);
        assertTrue(svg.contains("a @8"), svg);
    }
}
