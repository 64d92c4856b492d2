package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

/**
 * A posting. Client-chosen ids are at most 64 characters. The ledger names year-close postings
 * {@code close:<year>:<bodyId>}; trips name theirs {@code trip-settle:<tripId>} and, for their n-th correction,
 * {@code trip-reverse:<n>:<tripId>} and {@code trip-charge:<n>:<tripId>} (the number first, so that no two trips can
 * make the same id), which is why this id type allows 96. Clients may use neither prefix.
 */
public record PostingId(String value) implements SafeId {

    public static final int MAX_LENGTH = 96;
    public static final String TRIP_PREFIX = "trip-";

    public PostingId {
        SafeId.require(value, "postingId", MAX_LENGTH);
    }

    public static PostingId of(SafeId clientId) {
        return new PostingId(clientId.value());
    }

    public static PostingId yearClose(BodyId body, int year) {
        return new PostingId("close:" + year + ":" + body.value());
    }

    public static PostingId tripSettlement(String tripId) {
        return new PostingId(TRIP_PREFIX + "settle:" + tripId);
    }

    public static PostingId tripReversal(String tripId, int correction) {
        return new PostingId(TRIP_PREFIX + "reverse:" + correction + ":" + tripId);
    }

    public static PostingId tripCharge(String tripId, int correction) {
        return new PostingId(TRIP_PREFIX + "charge:" + correction + ":" + tripId);
    }

    /** Whether a trip made this posting: the trip, not the ledger's journal, then holds it and its corrections. */
    public boolean madeByTrip() {
        return value.startsWith(TRIP_PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
