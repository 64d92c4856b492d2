package org.unionfund.ledger.funds.api;


import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/**
 * One line of a sealed trial balance: the account's balance at the end of the year, what the close carried
 * forward (结转) into the same line of the next year, and what is left in the closed year (FUND and programme lines:
 * zero; income and expense accounts keep the year's figures).
 */
public record SealedLine(AccountRef account, Money yearEnd, Money carriedForward, Money afterClose) {

    public SealedLine {
        Require.present(account, "account", yearEnd, "yearEnd", carriedForward, "carriedForward",
                afterClose, "afterClose");
    }
}
