package org.unionfund.ledger.audit.asof;

/**
 * An answer as the ledger stood at a cut: the same query as the live endpoint, answered from projections replayed
 * from the log up to the cut ({@code replayedEvents} events read; {@code cached} when the replay was reused).
 */
public record AsOfAnswer<T>(AsOfCut asOf, long replayedEvents, boolean cached, T answer) {
}
