package org.unionfund.ledger.ledger.api;

import org.unionfund.ledger.shared.Money;

/** Outcome of evaluating a matching requirement at its deadline. */
public record MatchingEvaluationResult(AllocationId allocationId, String event, Money required,
        Money committedByDeadline, Money shortfall) {
}
