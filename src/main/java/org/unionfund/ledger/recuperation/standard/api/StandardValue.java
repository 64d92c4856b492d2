package org.unionfund.ledger.recuperation.standard.api;

import org.unionfund.ledger.kernel.Money;

/** The value of a standard: exactly one of an amount of money or a number of days. */
public record StandardValue(Money amount, Integer days) {

    public StandardValue {
        if ((amount == null) == (days == null)) {
            throw new IllegalArgumentException("a standard value is either an amount or a number of days");
        }
    }

    public static StandardValue money(Money amount) {
        return new StandardValue(amount, null);
    }

    public static StandardValue days(int days) {
        return new StandardValue(null, days);
    }
}
