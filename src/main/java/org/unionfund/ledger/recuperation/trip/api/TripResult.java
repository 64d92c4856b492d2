package org.unionfund.ledger.recuperation.trip.api;

import java.util.List;

import org.unionfund.ledger.funds.api.Posting;

/**
 * What a trip command did: the trip, the request id, the trip's event(s) and the ledger postings made with it.
 * Repeating a request returns the original result.
 */
public record TripResult(String tripId, String requestId, List<String> events, List<Posting> postings) {

    public TripResult {
        events = List.copyOf(events);
        postings = List.copyOf(postings);
    }
}
