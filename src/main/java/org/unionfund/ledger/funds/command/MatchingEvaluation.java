package org.unionfund.ledger.funds.command;

import java.time.Instant;
import java.time.ZoneId;

import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.MatchingEvaluationResult;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.kernel.Money;

/** Judging a matching requirement once, after its deadline day has ended in China Standard Time. */
final class MatchingEvaluation {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private MatchingEvaluation() {
    }

    static Decision<MatchingEvaluationResult> decide(LedgerState state, RecordMatchingShortfallCommand c) {
        MatchingState matching = MatchingCommitment.requirementOf(state, c.allocationId());
        if (matching.outcome() != null) {
            throw Violations.violation(LedgerRule.MATCHING_ALREADY_EVALUATED, "allocationId",
                    "the matching requirement of " + c.allocationId() + " was already evaluated");
        }
        Instant deadlineOver = matching.requirement().deadline().plusDays(1).atStartOfDay(CHINA).toInstant();
        if (c.evaluatedAt().isBefore(deadlineOver)) {
            throw Violations.violation(LedgerRule.MATCHING_DEADLINE_NOT_REACHED, "evaluatedAt",
                    "the matching deadline " + matching.requirement().deadline() + " has not passed yet");
        }
        Money required = Money.ofFen(matching.requiredFen());
        Money committed = Money.ofFen(matching.committedByDeadline());
        if (committed.compareTo(required) < 0) {
            Money shortfall = required.minus(committed);
            var event = new MatchingShortfallRecordedEvent(c.ledgerId(), c.allocationId(), matching.receiver(),
                    matching.requirement().deadline(), required, committed, shortfall, c.evaluatedAt());
            return new Decision<>(event, new MatchingEvaluationResult(c.allocationId(),
                    event.getClass().getSimpleName(), required, committed, shortfall));
        }
        var event = new MatchingRequirementMetEvent(c.ledgerId(), c.allocationId(), matching.receiver(),
                matching.requirement().deadline(), required, committed, c.evaluatedAt());
        return new Decision<>(event, new MatchingEvaluationResult(c.allocationId(), event.getClass().getSimpleName(),
                required, committed, Money.ZERO));
    }
}
