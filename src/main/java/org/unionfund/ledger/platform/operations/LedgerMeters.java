package org.unionfund.ledger.platform.operations;

/**
 * Names of the ledger's own Micrometer meters (Prometheus: dots become underscores, counters end in
 * {@code _total}, timers in {@code _seconds_count|_sum|_max}); listed with their meaning in docs/operations.md.
 */
public final class LedgerMeters {

    /** Timer, tags {@code type} (command class) and {@code outcome} (accepted, refused, conflict, failed). */
    public static final String COMMANDS = "ledger.commands";
    /** Counter: events in the log (the head global sequence); its rate is events appended per second. */
    public static final String EVENTS_APPENDED = "ledger.events.appended";
    /** Gauge, tag {@code processor}: events between the processor's position and the head of the log. */
    public static final String PROJECTION_LAG = "ledger.projection.lag";
    /** Gauge: events recorded after the last audit checkpoint (not yet sealed). */
    public static final String SEAL_LAG = "ledger.audit.seal.lag";
    /** Counter, tags {@code source} and {@code outcome} (imported, refused): rows read by an import. */
    public static final String IMPORT_ROWS = "ledger.import.rows";

    private LedgerMeters() {
    }
}
