package org.unionfund.ledger;

import org.unionfund.ledger.audit.cli.AuditCli;
import org.unionfund.ledger.reporting.cli.ReportCli;

/**
 * What {@code cli --help} prints: every command, and the options every command takes. It lives beside
 * {@link LedgerCli}, the one place that knows every command (the platform's CLI plumbing knows none).
 */
public final class CliUsage {

    public static final String TEXT = String.join(System.lineSeparator(),
            "usage: java -jar target/welfare-ledger.jar cli COMMAND [--url http://localhost:8080] "
                    + "[--user NAME --password SECRET]",
            "  (or LEDGER_USER / LEDGER_PASSWORD; build the jar first: mvn -DskipTests package)",
            "commands (the user needs the role named):",
            "  processors list | processors status NAME              ADMIN or AUDITOR",
            "  processors replay NAME | processors replay --all      ADMIN or AUDITOR",
            "  projections list | projections digest NAME            ADMIN or AUDITOR",
            "  projections compare NAME|all [--keep-shadow]          ADMIN or AUDITOR (exit 1 names each difference)",
            "  " + AuditCli.USAGE.substring("usage: cli ".length()) + "   AUDITOR (import: ADMIN)",
            "  " + ReportCli.USAGE.substring("usage: cli ".length()) + "   a reader of BODY",
            "  --help                                                this text");

    private CliUsage() {
    }
}
