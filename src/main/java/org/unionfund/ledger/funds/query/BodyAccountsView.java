package org.unionfund.ledger.funds.query;

import java.util.List;

/** The accounts of one body (of one year, or of all years when {@code year} is null). */
public record BodyAccountsView(String bodyId, String ledgerId, Integer year, List<AccountBalanceView> accounts) {
}
