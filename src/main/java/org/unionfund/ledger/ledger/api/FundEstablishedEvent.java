package org.unionfund.ledger.ledger.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.shared.Money;

/**
 * A programme fund was set up. Posting: SOURCE(body) −total, FUND(body, fund, unrestricted) +rest,
 * FUND(body, fund, code) +amount of each earmark.
 */
@Revision("1")
public record FundEstablishedEvent(
        LedgerId ledgerId,
        FundId fundId,
        BodyId bodyId,
        int year,
        FundPurpose purpose,
        Money total,
        List<Earmark> earmarks,
        Posting posting,
        String requestFingerprint) implements PostingEvent {

    public FundEstablishedEvent {
        earmarks = List.copyOf(earmarks);
    }
}
