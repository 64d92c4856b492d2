package org.unionfund.ledger.funds.command;

import java.util.List;
import java.util.TreeMap;

import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingLeg;

/** Balances (in fen) of every account that was ever posted to; sorted so year-close legs come out stable. */
@FieldState
final class Accounts {

    private TreeMap<String, AccountBalance> balances = new TreeMap<>();

    long balance(AccountRef account) {
        AccountBalance balance = balances.get(account.key());
        return balance == null ? 0 : balance.fen();
    }

    void post(Posting posting) {
        for (PostingLeg leg : posting.legs()) {
            long updated = Math.addExact(balance(leg.account()), leg.amount().fen());
            balances.put(leg.account().key(), new AccountBalance(leg.account(), updated));
        }
    }

    /** What a year close carries over: unspent FUND lines and unspent programme budget lines (PROGRAMME). */
    List<AccountBalance> positiveCarriedLines(BodyId body, int year) {
        return balances.values().stream()
                .filter(b -> (b.account().kind() == AccountKind.FUND || b.account().kind() == AccountKind.PROGRAMME)
                        && b.account().body().equals(body) && b.account().year() == year && b.fen() > 0)
                .toList();
    }

    /** Every account of a body and year that was ever posted to, in key order (a trial balance). */
    List<AccountBalance> linesOf(BodyId body, int year) {
        return balances.values().stream()
                .filter(b -> b.account().body().equals(body) && b.account().year() == year)
                .toList();
    }
}
