package org.unionfund.ledger.ledger.api;

/**
 * A posting. Client-chosen ids are at most 64 characters; the ledger names year-close postings
 * {@code close:<year>:<bodyId>}, which is why this id type allows 80.
 */
public record PostingId(String value) implements SafeId {

    public static final int MAX_LENGTH = 80;

    public PostingId {
        SafeId.require(value, "postingId", MAX_LENGTH);
    }

    public static PostingId of(SafeId clientId) {
        return new PostingId(clientId.value());
    }

    public static PostingId yearClose(BodyId body, int year) {
        return new PostingId("close:" + year + ":" + body.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
