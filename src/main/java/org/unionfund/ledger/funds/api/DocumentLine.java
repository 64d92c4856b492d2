package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.Money;

/**
 * A line of an issued allocation document as recorded: the fund line it came from, the amount, and the kind of
 * money — {@code EARMARKED} (an earmarked line), {@code GENERAL} (the unrestricted line of a fund received from
 * above) or {@code OWN} (a fund the sender established from its own budget, or its own-money fund).
 */
public record DocumentLine(FundId fundId, String earmark, Money amount, String source) {

    public static final String EARMARKED = "EARMARKED";
    public static final String GENERAL = "GENERAL";
    public static final String OWN = "OWN";
}
