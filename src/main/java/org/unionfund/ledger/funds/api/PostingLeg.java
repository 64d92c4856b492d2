package org.unionfund.ledger.funds.api;


import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/** One side of a posting; a positive amount increases the account, a negative one decreases it. */
public record PostingLeg(AccountRef account, Money amount) {

    public PostingLeg {
        Require.present(account, "account", amount, "amount");
        if (amount.isZero()) {
            throw new IllegalArgumentException("a posting leg must move money");
        }
    }
}
