package org.unionfund.ledger.audit.statement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prints a signed statement as PDF. The audit context states what it needs; the reporting context, which owns the
 * PDF renderer of the yearly report, provides it (so audit never depends on reporting).
 */
@FunctionalInterface
public interface StatementPrinter {

    /** The statement's page ({@link StatementHtml#xhtml}) as PDF bytes, not yet signed. */
    byte[] pdf(JsonNode signedDocument);
}
