package org.unionfund.ledger.funds.query;

/** One leg of a posting; {@code amount} in yuan, positive = the account increases. */
public record LegView(AccountView account, String amount) {
}
