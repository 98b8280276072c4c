package dev.parley.extract;

import java.util.List;

/**
 * The quotation-cluster layer: for each statement of {@link Statements}, in the same order, the IRI of the
 * quotation cluster it belongs to, or null (reported speech, quotes too short to tell apart).
 */
record QuotationClusters(List<String> all) implements Layer {
    QuotationClusters {
        all = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(all));
    }
}
