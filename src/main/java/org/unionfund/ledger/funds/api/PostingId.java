package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

/**
 * A posting. Client-chosen ids are at most 64 characters. The ledger names year-close postings
 * {@code close:<year>:<bodyId>}; trips name theirs {@code trip-settle:<tripId>} and, for their n-th correction,
 * {@code trip-reverse:<n>:<tripId>} and {@code trip-charge:<n>:<tripId>} (the number first, so that no two trips can
 * make the same id), which is why this id type allows 96. Relief campaigns name their payment postings the same way
 * under {@code relief-} ({@code relief-pay:<n>:<campaignId>}, {@code relief-reverse:<n>:<campaignId>}): like a trip,
 * the campaign holds them. Clients may use none of these prefixes.
 */
public record PostingId(String value) implements SafeId {

    public static final int MAX_LENGTH = 96;
    public static final String TRIP_PREFIX = "trip-";
    public static final String RELIEF_PREFIX = "relief-";

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

    /**
     * Whether a trip (or a relief campaign, which charges the same way) made this posting: the trip or campaign, not
     * the ledger's journal, then holds it and its corrections.
     */
    public boolean madeByTrip() {
        return value.startsWith(TRIP_PREFIX) || value.startsWith(RELIEF_PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
