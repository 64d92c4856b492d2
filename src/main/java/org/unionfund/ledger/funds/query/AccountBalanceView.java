package org.unionfund.ledger.funds.query;

/**
 * An account's balance in yuan. {@code carriedIn} / {@code carriedOut}: what year closes moved into this account
 * from the previous year, or out of it into the next year (already contained in {@code balance}).
 */
public record AccountBalanceView(AccountView account, String balance, String carriedIn, String carriedOut) {
}
