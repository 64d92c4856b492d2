package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.Money;

/** Outcome of evaluating a matching requirement at its deadline. */
public record MatchingEvaluationResult(AllocationId allocationId, String event, Money required,
        Money committedByDeadline, Money shortfall) {
}
