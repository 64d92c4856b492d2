package org.unionfund.ledger.funds.api;

/** An event that moves money; projections can book any of them generically from {@link #posting()}. */
public interface PostingEvent {

    LedgerId ledgerId();

    Posting posting();
}
