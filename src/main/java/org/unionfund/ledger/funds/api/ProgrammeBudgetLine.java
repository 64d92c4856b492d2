package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

import java.util.Objects;

import org.unionfund.ledger.kernel.Money;

/** An amount of one fund line of a body ({@code earmark} null = the unrestricted line) set aside for a programme. */
public record ProgrammeBudgetLine(FundId fundId, String earmark, Money amount) {

    public ProgrammeBudgetLine {
        Objects.requireNonNull(fundId, "fundId");
        SafeId.optional(earmark, "earmark");
        Objects.requireNonNull(amount, "amount");
    }
}
