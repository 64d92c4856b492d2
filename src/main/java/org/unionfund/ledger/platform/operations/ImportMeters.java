package org.unionfund.ledger.platform.operations;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the rows an import reads ({@value LedgerMeters#IMPORT_ROWS}); an importer calls
 * {@code importMeters.rows("trips-xlsx", ImportMeters.IMPORTED, n)} once per batch or file.
 */
@Component
public class ImportMeters {

    public static final String IMPORTED = "imported";
    public static final String REFUSED = "refused";
    public static final String ALREADY_PRESENT = "already-present";

    private final MeterRegistry registry;

    public ImportMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Adds {@code count} rows of an import {@code source} (a short stable name) with the given outcome. */
    public void rows(String source, String outcome, long count) {
        Counter.builder(LedgerMeters.IMPORT_ROWS).description("rows read by imports, by source and outcome")
                .tag("source", source).tag("outcome", outcome).register(registry).increment(count);
    }
}
