package org.unionfund.ledger.funds.query;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.kernel.BodyOwnership;

/** A booked posting belongs to every body its legs touch, in leg order. */
@Component
class PostingOwnership implements BodyOwnership {

    private final LedgerBalances balances;

    PostingOwnership(LedgerBalances balances) {
        this.balances = balances;
    }

    @Override
    public Owned owns() {
        return Owned.POSTING;
    }

    @Override
    public Set<String> ownersOf(String ledgerId, String postingId) {
        Set<String> bodies = new LinkedHashSet<>();
        balances.posting(ledgerId, postingId)
                .ifPresent(view -> view.posting().legs().forEach(leg -> bodies.add(leg.account().body())));
        return bodies;
    }

    /** 422 {@code unknown-posting} naming {@code originalPostingId}. */
    @Override
    public RuntimeException unknown(String ledgerId, String postingId) {
        return new LedgerRuleViolation(LedgerRule.UNKNOWN_POSTING, "originalPostingId",
                "posting " + postingId + " is not booked in ledger " + ledgerId);
    }
}
