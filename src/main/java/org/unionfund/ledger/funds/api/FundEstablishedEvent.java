package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;

/**
 * A programme fund was set up. Posting: SOURCE(body) −total, FUND(body, fund, unrestricted) +rest,
 * FUND(body, fund, code) +amount of each earmark. {@code name}: display name, null when none was given. Revision 2
 * added {@code name}; revision-1 events read with it null ({@code funds.FundsUpcasters}).
 */
@Revision("2")
public record FundEstablishedEvent(
        LedgerId ledgerId,
        FundId fundId,
        BodyId bodyId,
        int year,
        FundPurpose purpose,
        Money total,
        List<Earmark> earmarks,
        Posting posting,
        String requestFingerprint,
        String name) implements PostingEvent {

    /** Without a display name; events stored before names existed read with {@code name} null. */
    public FundEstablishedEvent(LedgerId ledgerId, FundId fundId, BodyId bodyId, int year, FundPurpose purpose,
            Money total, List<Earmark> earmarks, Posting posting, String requestFingerprint) {
        this(ledgerId, fundId, bodyId, year, purpose, total, earmarks, posting, requestFingerprint, null);
    }

    public FundEstablishedEvent {
        earmarks = List.copyOf(earmarks);
    }
}
