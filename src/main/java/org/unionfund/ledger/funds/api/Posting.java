package org.unionfund.ledger.funds.api;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/** A double-entry posting: its legs always sum to zero. A year close with nothing to carry has no legs. */
public record Posting(PostingId id, LocalDate effectiveDate, List<PostingLeg> legs) {

    public Posting {
        Require.present(id, "id", effectiveDate, "effectiveDate");
        legs = List.copyOf(legs);
        if (!sumOf(legs).isZero()) {
            throw new IllegalArgumentException("legs of posting " + id + " must sum to zero");
        }
    }

    public static Money sumOf(List<PostingLeg> legs) {
        Money sum = Money.ZERO;
        for (PostingLeg leg : legs) {
            sum = sum.plus(leg.amount());
        }
        return sum;
    }
}
