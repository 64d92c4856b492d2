package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingCount;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.kernel.Money;

/**
 * Business dates, not recording order, decide a matching outcome: an on-time commitment recorded after a requirement
 * was evaluated revises that outcome by a new event that references it, and so does the reversal of an on-time
 * commitment counted in an outcome already recorded, or of (part of) the allocation document itself.
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
            revisions.add(revised(m, c.ledgerId(), c.commitmentId(), null,
                    m.committedByDeadline() + c.amount().fen()));
        }
        return revisions;
    }

    /**
     * The revisions a reversal of {@code creditFen} of commitment {@code commitment} makes: one for every evaluated
     * document requirement it counted for on time (one-line allocations keep their rule: no revisions).
     */
    static List<Object> afterReversal(List<MatchingState> countedOnTime, LedgerId ledger, PostingId commitment,
            ReversalId reversal, long creditFen) {
        List<Object> revisions = new ArrayList<>();
        for (MatchingState m : countedOnTime) {
            if (m.outcome() != null && m.isDocument() && creditFen > 0) {
                revisions.add(revised(m, ledger, new CommitmentId(commitment.value()), reversal, m.committedByDeadline() - creditFen));
            }
        }
        return revisions;
    }

    /**
     * The revision a reversal of {@code creditFen} of allocation document {@code document} makes once its
     * requirement was evaluated: the requirement shrinks with the money taken back (to nothing when all of it is:
     * the requirement is withdrawn, and the outcome is met with nothing required). One-line allocations keep their
     * rule: none.
     */
    static Optional<MatchingOutcomeRevisedEvent> afterDocumentReversal(MatchingState document, LedgerId ledger,
            PostingId posting, ReversalId reversal, long creditFen) {
        if (document.outcome() == null || !document.isDocument() || creditFen <= 0) {
            return Optional.empty();
        }
        MatchingState reduced = document.withAllocationReduced(creditFen);
        return Optional.of(revised(reduced, ledger, new CommitmentId(posting.value()), reversal,
                reduced.committedByDeadline()));
    }

    private static MatchingOutcomeRevisedEvent revised(MatchingState m, LedgerId ledger, CommitmentId causedBy,
            ReversalId reversedBy, long committedFen) {
        Money required = Money.ofFen(m.requiredFen());
        Money committed = Money.ofFen(committedFen);
        Money shortfall = committed.compareTo(required) < 0 ? required.minus(committed) : Money.ZERO;
        return new MatchingOutcomeRevisedEvent(ledger, m.allocationId(), m.receiver(), m.requirement().deadline(),
                m.revision() + 1, m.revision(), causedBy,
                shortfall.isPositive() ? MatchingState.SHORTFALL : MatchingState.MET, required, committed, shortfall,
                reversedBy);
    }
}
