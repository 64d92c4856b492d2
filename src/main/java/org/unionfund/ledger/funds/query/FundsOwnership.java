package org.unionfund.ledger.funds.query;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.kernel.BodyOwnership;
import org.unionfund.ledger.kernel.BodyOwnership.Owned;

/**
 * Which bodies own what the ledger keeps, for scope checks: a matching requirement belongs to the allocation's
 * receiver (it commits the matching funds); a booked posting to every body its legs touch, in leg order. An
 * unknown one is 422 {@code unknown-posting}.
 */
@Configuration
class FundsOwnership {

    @Bean
    BodyOwnership matchingRequirementOwners(MatchingStatuses matching) {
        return BodyOwnership.of(Owned.MATCHING_REQUIREMENT,
                (ledgerId, allocationId) -> matching.status(ledgerId, allocationId)
                        .map(status -> Set.of(status.toBodyId())).orElse(Set.of()),
                (ledgerId, allocationId) -> new LedgerRuleViolation(LedgerRule.UNKNOWN_POSTING, "allocationId",
                        "allocation " + allocationId + " with a matching requirement is not booked in ledger "
                                + ledgerId));
    }

    @Bean
    BodyOwnership postingOwners(LedgerBalances balances) {
        return BodyOwnership.of(Owned.POSTING, (ledgerId, postingId) -> {
            Set<String> bodies = new LinkedHashSet<>();
            balances.posting(ledgerId, postingId)
                    .ifPresent(view -> view.posting().legs().forEach(leg -> bodies.add(leg.account().body())));
            return bodies;
        }, (ledgerId, postingId) -> new LedgerRuleViolation(LedgerRule.UNKNOWN_POSTING, "originalPostingId",
                "posting " + postingId + " is not booked in ledger " + ledgerId));
    }
}
