package org.unionfund.ledger.platform.operations;

/**
 * Names of the ledger's own Micrometer meters (Prometheus: dots become underscores, counters end in
 * {@code _total}, timers in {@code _seconds_count|_sum|_max}); listed with their meaning in docs/operations.md.
 */
public interface LedgerMeters {

    /** Timer, tags {@code type} (command class) and {@code outcome} (accepted, refused, conflict, failed). */
    String COMMANDS = "ledger.commands";
    /** Counter: events in the log (the head global sequence); its rate is events appended per second. */
    String EVENTS_APPENDED = "ledger.events.appended";
    /** Gauge, tag {@code processor}: events between the processor's position and the head of the log. */
    String PROJECTION_LAG = "ledger.projection.lag";
    /** Gauge: events recorded after the last audit checkpoint (not yet sealed). */
    String SEAL_LAG = "ledger.audit.seal.lag";
    /** Counter, tags {@code source} and {@code outcome} (imported, refused): rows read by an import. */
    String IMPORT_ROWS = "ledger.import.rows";
}
