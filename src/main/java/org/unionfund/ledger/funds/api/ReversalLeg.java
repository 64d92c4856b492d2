package org.unionfund.ledger.funds.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.Money;

/**
 * Part of an original posting to reverse: {@code leg} is the 0-based index of the original leg, {@code amount}
 * the positive amount of it to take back.
 */
public record ReversalLeg(int leg, Money amount) {

    public ReversalLeg {
        Objects.requireNonNull(amount, "amount");
    }
}
