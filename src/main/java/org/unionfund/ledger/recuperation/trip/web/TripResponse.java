package org.unionfund.ledger.recuperation.trip.web;

import java.util.List;

import org.unionfund.ledger.funds.query.PostingView;
import org.unionfund.ledger.recuperation.trip.api.TripResult;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Result of a trip command: the trip, the request id, the events recorded and the ledger postings")
public record TripResponse(String tripId, String requestId, List<String> events, List<PostingView> postings) {

    static TripResponse of(TripResult result) {
        return new TripResponse(result.tripId(), result.requestId(), result.events(),
                result.postings().stream().map(PostingView::of).toList());
    }
}
