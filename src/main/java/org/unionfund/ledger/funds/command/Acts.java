package org.unionfund.ledger.funds.command;

import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProposedAct;

/** What every proposable act has: its request id and its decision, the very one the direct path runs. */
final class Acts {

    private Acts() {
    }

    static PostingId requestId(ProposedAct act) {
        return switch (act.kind()) {
            case ESTABLISH_FUND -> PostingId.of(act.establishFund().fundId());
            case ALLOCATION -> PostingId.of(act.allocation().allocationId());
            case ALLOCATION_DOCUMENT -> PostingId.of(act.allocationDocument().documentId());
            case SUBSIDY_BATCH -> PostingId.of(act.subsidyBatch().subsidyId());
            case SHARED_COST -> act.sharedCost().postingId();
            case REVERSAL -> PostingId.of(act.reversal().reversalId());
            case YEAR_CLOSE -> PostingId.yearClose(act.yearClose().bodyId(), act.yearClose().year());
        };
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, ProposedAct act) {
        return switch (act.kind()) {
            case ESTABLISH_FUND -> FundEstablishment.decide(state, act.establishFund());
            case ALLOCATION -> FundsAllocation.decide(state, act.allocation());
            case ALLOCATION_DOCUMENT -> DocumentIssuing.decide(state, act.allocationDocument());
            case SUBSIDY_BATCH -> SubsidyGranting.decide(state, act.subsidyBatch());
            case SHARED_COST -> SharedCosting.decide(state, act.sharedCost());
            case REVERSAL -> PostingReversal.decide(state, act.reversal());
            case YEAR_CLOSE -> YearClosing.decide(state, act.yearClose());
        };
    }
}
