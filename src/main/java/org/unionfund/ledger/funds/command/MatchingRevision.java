package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.MatchingCount;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.kernel.Money;

/**
 * Business dates, not recording order, decide a matching outcome: an on-time commitment recorded after a requirement
 * was evaluated revises that outcome by a new event that references it.
 */
final class MatchingRevision {

    private MatchingRevision() {
    }

    static List<Object> revisions(List<MatchingState> requirements, List<MatchingCount> counted,
            CommitOwnFundsCommand c) {
        List<Object> revisions = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            MatchingState m = requirements.get(i);
            if (m.outcome() == null || !counted.get(i).onTime()) {
                continue;
            }
            Money required = Money.ofFen(m.requiredFen());
            Money committed = Money.ofFen(m.committedByDeadline() + c.amount().fen());
            Money shortfall = committed.compareTo(required) < 0 ? required.minus(committed) : Money.ZERO;
            revisions.add(new MatchingOutcomeRevisedEvent(c.ledgerId(), m.allocationId(), m.receiver(),
                    m.requirement().deadline(), m.revision() + 1, m.revision(), c.commitmentId(),
                    shortfall.isPositive() ? MatchingState.SHORTFALL : MatchingState.MET, required, committed,
                    shortfall));
        }
        return revisions;
    }
}
