package org.unionfund.ledger.funds.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.Money;

/** One side of a posting; a positive amount increases the account, a negative one decreases it. */
public record PostingLeg(AccountRef account, Money amount) {

    public PostingLeg {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new IllegalArgumentException("a posting leg must move money");
        }
    }
}
