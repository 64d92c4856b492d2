package org.unionfund.ledger.statistics.matching;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;

/** How each matching event creates or changes an {@link AllocationState} of {@link MatchingProjection}. */
final class AllocationChanges {

    private AllocationChanges() {
    }

    static AllocationState created(FundsAllocatedEvent e) {
        AllocationState a = opened(e, e.allocationId().value(), e.fromBodyId(), e.toBodyId(), e.matching(),
                e.amount(), e.requiredMatching());
        a.fund = e.fundId().value();
        a.earmark = e.earmark();
        return a;
    }

    static AllocationState created(AllocationDocumentIssuedEvent e) {
        AllocationState a = opened(e, e.documentId().value(), e.fromBodyId(), e.toBodyId(), e.matching(),
                e.amount(), e.requiredMatching());
        a.documentNumber = e.documentNumber();
        a.title = e.title();
        a.scope = e.scope().name();
        a.fund = e.lines().get(0).fundId().value();
        a.earmark = e.lines().get(0).earmark();
        a.lines = e.lines().stream().map(l -> new Document("fundId", l.fundId().value())
                .append("earmark", l.earmark()).append("amountFen", l.amount().fen()).append("source", l.source()))
                .toList();
        return a;
    }

    /** What every allocation with a matching requirement starts with, whichever event created it. */
    private static AllocationState opened(PostingEvent e, String allocation, BodyId from, BodyId to,
            MatchingRequirement matching, Money amount, Money required) {
        AllocationState a = new AllocationState();
        a.ledger = e.ledgerId().rootBodyId();
        a.allocation = allocation;
        a.from = from.value();
        a.to = to.value();
        a.year = e.posting().effectiveDate().getYear();
        a.effectiveDate = e.posting().effectiveDate().toString();
        a.ratioBasisPoints = matching.ratioBasisPoints();
        a.deadline = matching.deadline().toString();
        a.allocatedFen = amount.fen();
        a.requiredFen = required.fen();
        a.status = AllocationState.OPEN;
        return a;
    }

    static Consumer<AllocationState> committed(long fen, boolean late) {
        return a -> {
            if (late) {
                a.lateFen += fen;
            } else {
                a.onTimeFen += fen;
            }
            a.commitments++;
        };
    }

    static Consumer<AllocationState> shortfall(MatchingShortfallRecordedEvent s) {
        return evaluated(AllocationState.SHORTFALL, s.evaluatedAt(), s.required(), s.committedByDeadline(),
                s.shortfall());
    }

    static Consumer<AllocationState> met(MatchingRequirementMetEvent m) {
        return evaluated(AllocationState.MET, m.evaluatedAt(), m.required(), m.committedByDeadline(), Money.ZERO);
    }

    private static Consumer<AllocationState> evaluated(String status, Instant evaluatedAt, Money required,
            Money committed, Money shortfall) {
        return a -> {
            a.status = status;
            a.evaluatedAt = evaluatedAt.toString();
            a.recordedRequiredFen = required.fen();
            a.recordedCommittedFen = committed.fen();
            a.recordedShortfallFen = shortfall.fen();
        };
    }

    /** The revised outcome becomes the current one; the first evaluation's shortfall is kept beside it. */
    static Consumer<AllocationState> revised(MatchingOutcomeRevisedEvent r) {
        return a -> {
            if (a.revisions == 0) {
                a.firstShortfallFen = a.recordedShortfallFen;
            }
            a.revisions = r.revision();
            a.status = r.outcome();
            a.recordedRequiredFen = r.required().fen();
            a.recordedCommittedFen = r.committedByDeadline().fen();
            a.recordedShortfallFen = r.shortfall().fen();
        };
    }

    /** Whether region {@code region} rolls this requirement up (see docs/queries.md, Matching API: Roll-up). */
    static boolean rolledUpBy(AllocationState a, String region, List<String> senderPath) {
        if (a.scope == null) {
            return true;
        }
        boolean senderOutside = !senderPath.contains(region);
        boolean issuedByRoot = region.equals(a.from) && senderPath.size() == 1;
        return senderOutside || issuedByRoot;
    }
}
