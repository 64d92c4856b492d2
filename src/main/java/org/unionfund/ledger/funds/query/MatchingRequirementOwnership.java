package org.unionfund.ledger.funds.query;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.kernel.BodyOwnership;

/** Matching funds for an allocation are committed by its receiver: the requirement belongs to that body. */
@Component
class MatchingRequirementOwnership implements BodyOwnership {

    private final MatchingStatuses matching;

    MatchingRequirementOwnership(MatchingStatuses matching) {
        this.matching = matching;
    }

    @Override
    public Owned owns() {
        return Owned.MATCHING_REQUIREMENT;
    }

    @Override
    public Set<String> ownersOf(String ledgerId, String allocationId) {
        return matching.status(ledgerId, allocationId).map(status -> Set.of(status.toBodyId())).orElse(Set.of());
    }

    /** 422 {@code unknown-posting} naming {@code allocationId}. */
    @Override
    public RuntimeException unknown(String ledgerId, String allocationId) {
        return new LedgerRuleViolation(LedgerRule.UNKNOWN_POSTING, "allocationId", "allocation " + allocationId
                + " with a matching requirement is not booked in ledger " + ledgerId);
    }
}
