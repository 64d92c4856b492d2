package org.unionfund.ledger.funds.query;

import java.util.List;

import org.unionfund.ledger.funds.api.AccountKind;

/**
 * Totals of one ledger year per account kind. Every posting's legs sum to zero, and only a year close moves money
 * across years, so {@code net} (the sum of all accounts of the year) equals {@code carriedIn − carriedOut};
 * {@code balanced} says that it does. {@code allYearsNet} is the sum over every account of every year of the ledger
 * and must be zero.
 */
public record TrialBalanceView(String ledgerId, int year, List<KindTotal> kinds, String net, String carriedIn,
        String carriedOut, boolean balanced, String allYearsNet) {

    /** Sum of the balances of one kind's accounts; {@code debits} the sum of the negative balances. */
    public record KindTotal(AccountKind kind, int accounts, String total) {
    }
}
