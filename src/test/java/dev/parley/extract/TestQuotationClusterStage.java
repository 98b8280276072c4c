package dev.parley.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The quotation-cluster stage alone: a quote's cluster is named by its words, nothing else. */
class TestQuotationClusterStage {
    private static List<String> clusters(String body) {
        StageFixtures.Case c = new StageFixtures.Case("clusters", ArticleReader.of("clusters", "Talks resume\n" + body
                + "\n", new dev.parley.model.Article.Metadata("Talks resume", java.time.LocalDate.of(2025, 3, 17), null,
                null, "en")), List.of(), List.of());
        return SpeechFacts.layer(c, QuotationClusters.class).all();
    }

    @Test
    void theSameWordsInAnyCaseOrPunctuationAreOneCluster() {
        List<String> a = clusters("“Thirty days without shelling is not peace,” said Aldo Vance.");
        List<String> b = clusters("“THIRTY days without shelling — is not peace!” Mira Holt said on Monday.");
        assertEquals(1, a.size());
        assertNotNull(a.get(0));
        assertEquals(a, b);
    }

    @Test
    void otherWordsAreAnotherCluster() {
        assertNotEquals(clusters("“Thirty days without shelling is not peace,” said Aldo Vance."),
                clusters("“Thirty days without shelling is not a peace,” said Aldo Vance."));
    }

    @Test
    void shortQuotesAndReportedSpeechBelongToNone() {
        assertNull(clusters("“Not peace,” said Aldo Vance.").get(0));
        List<String> reported = clusters("Aldo Vance said thirty days without shelling were not peace at all.");
        assertEquals(1, reported.size());
        assertNull(reported.get(0));
    }

    @Test
    void theKeyKeepsLettersDigitsAndApostrophesInWords() {
        assertEquals("we don't want 30 days", QuotationClusterStage.key("“We don’t want — 30 days!”"));
    }
}
