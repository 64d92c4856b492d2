package org.unionfund.ledger.funds.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.kernel.Money;

/**
 * The rules every posting obeys, checked in one place: legs sum to zero, no leg touches a closed year (unless
 * it is a flagged correction), no FUND or EXPENSE account ends below zero, no SOURCE account above zero.
 */
final class PostingGuard {

    private PostingGuard() {
    }

    static void check(LedgerState state, PostingDraft draft, boolean correction, String yearField) {
        List<PostingLeg> legs = draft.legs();
        if (!Posting.sumOf(legs).isZero()) {
            throw Violations.violation(LedgerRule.UNBALANCED_POSTING, "legs",
                    "the legs sum to " + Posting.sumOf(legs) + " instead of zero");
        }
        Map<String, Long> delta = new LinkedHashMap<>();
        Map<String, Integer> firstLeg = new LinkedHashMap<>();
        for (int i = 0; i < legs.size(); i++) {
            AccountRef account = legs.get(i).account();
            if (!correction && state.isClosed(account.body(), account.year())) {
                throw Violations.violation(LedgerRule.YEAR_CLOSED, yearField, "year " + account.year() + " of "
                        + account.body() + " is closed; only a reversal flagged as correction may touch it");
            }
            delta.merge(account.key(), legs.get(i).amount().fen(), Math::addExact);
            firstLeg.putIfAbsent(account.key(), i);
        }
        for (Map.Entry<String, Integer> entry : firstLeg.entrySet()) {
            int leg = entry.getValue();
            AccountRef account = legs.get(leg).account();
            long before = state.accounts().balance(account);
            long after = Math.addExact(before, delta.get(entry.getKey()));
            boolean negativeHolding = account.kind() != AccountKind.SOURCE && after < 0;
            boolean positiveSource = account.kind() == AccountKind.SOURCE && after > 0;
            if (negativeHolding || positiveSource) {
                throw Violations.violation(LedgerRule.INSUFFICIENT_FUNDS, draft.field(leg), account + " holds "
                        + Money.ofFen(before) + " and cannot move " + Money.ofFen(-delta.get(entry.getKey())));
            }
        }
    }
}
