package org.unionfund.ledger.audit.exchange;

/** Names of the NDJSON export format (docs/audit.md, "Export format"). */
final class ExportFormat {

    static final String FORMAT = "welfare-ledger-audit-export";
    static final int VERSION = 1;

    private ExportFormat() {
    }
}
