package org.unionfund.ledger.ledger.api;

import java.util.Objects;

import org.unionfund.ledger.shared.Money;

/** An amount of one fund line of a body ({@code earmark} null = the unrestricted line) set aside for a programme. */
public record ProgrammeBudgetLine(FundId fundId, String earmark, Money amount) {

    public ProgrammeBudgetLine {
        Objects.requireNonNull(fundId, "fundId");
        SafeId.optional(earmark, "earmark");
        Objects.requireNonNull(amount, "amount");
    }
}
