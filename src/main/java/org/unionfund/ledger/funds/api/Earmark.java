package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;


import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/** A restricted line of a fund (专项): its code, the amount set aside and who it may pay for. */
public record Earmark(String code, Money amount, EarmarkEligibility eligibility) {

    public Earmark {
        SafeId.require(code, "earmark code");
        Require.present(amount, "amount", eligibility, "eligibility");
    }
}
