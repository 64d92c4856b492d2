package org.unionfund.ledger.statistics.coverage;

import java.util.List;

/** Reads a trip's own events from the log (the fallback when a projection has not seen all its enrolments). */
public interface TripHistory {

    /** The payloads of the trip aggregate's events with sequence number below {@code beforeSequence}, in order. */
    List<Object> events(String tripAggregateId, long beforeSequence);
}
