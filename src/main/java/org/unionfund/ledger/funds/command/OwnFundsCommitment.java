package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.MatchingCount;
import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;

/**
 * A body's own money entering towards a document's matching requirement. It counts for that requirement and for
 * every REGION requirement of the same purpose and year received above the body, on time when its effective date is
 * on or before each deadline; an on-time count for a requirement already evaluated revises its outcome
 * ({@link MatchingRevision}).
 */
final class OwnFundsCommitment {

    private OwnFundsCommitment() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, CommitOwnFundsCommand c) {
        return Decision.once(state, c, PostingId.of(c.commitmentId()), "commitmentId", (postingId, fingerprint) -> {
            Violations.requirePositive(c.amount(), "amount");
            MatchingState named = state.matching().find(c.documentId()).filter(MatchingState::isDocument)
                    .orElseThrow(() -> Violations.violation(LedgerRule.NO_MATCHING_REQUIREMENT, "documentId",
                            "allocation document " + c.documentId() + " carries no matching requirement"));
            List<BodyId> path = state.bodies().pathToRoot(c.bodyId(), "bodyId");
            boolean inScope = named.scope() == MatchingScope.RECEIVER ? path.get(0).equals(named.receiver())
                    : path.contains(named.receiver());
            if (!inScope) {
                throw Violations.violation(LedgerRule.OUTSIDE_REGION, "bodyId", "union body " + c.bodyId()
                        + " is outside the " + named.scope() + " scope of " + named.receiver() + " that "
                        + c.documentId() + " requires matching from");
            }
            List<MatchingState> requirements = new ArrayList<>();
            requirements.add(named);
            requirements.addAll(state.matching().regionRequirementsOf(path, named));
            List<MatchingCount> counted = requirements.stream()
                    .map(m -> new MatchingCount(m.allocationId(), !m.lateOn(c.effectiveDate()))).toList();

            int year = c.effectiveDate().getYear();
            FundId fund = c.fundId() != null ? c.fundId() : new FundId("OWN-" + c.bodyId().value() + "-" + year);
            state.funds().find(fund).filter(f -> !f.owner().equals(c.bodyId())).ifPresent(f -> {
                throw Violations.violation(LedgerRule.UNKNOWN_FUND, "fundId", "fund " + fund + " belongs to "
                        + f.owner() + ", not to " + c.bodyId());
            });
            PostingDraft draft = new PostingDraft()
                    .leg(AccountRef.source(c.bodyId(), year), c.amount().negate(), "amount")
                    .leg(AccountRef.fund(c.bodyId(), year, fund, null), c.amount(), "amount");
            PostingGuard.check(state, draft, false, "effectiveDate");
            Posting posting = draft.toPosting(postingId, c.effectiveDate());
            var event = new OwnFundsCommittedEvent(c.ledgerId(), c.commitmentId(), c.documentId(), c.bodyId(), fund,
                    named.purpose(), c.amount(), counted, posting, fingerprint);
            return Decision.posted(event, postingId.value(), posting,
                    MatchingRevision.revisions(requirements, counted, c));
        });
    }
}
