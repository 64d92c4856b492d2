package org.unionfund.ledger.funds.command;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.MatchingScope;

/**
 * The matching requirement of one allocation or allocation document, what counts against it (by commitment id,
 * on time or late) and the current outcome (null until evaluated). {@code scope} is null for a one-line allocation
 * (only commitments made against it count, late also after a recorded shortfall: the rule before documents);
 * {@code year} is the document's accounting year, {@code revision} the number of the current outcome (0 = first).
 */
record MatchingState(AllocationId allocationId, BodyId receiver, FundPurpose purpose,
        MatchingRequirement requirement, long allocatedFen, long requiredFen,
        Map<String, CommitmentState> commitments, String outcome, MatchingScope scope, int year, int revision) {

    static final String SHORTFALL = "SHORTFALL";
    static final String MET = "MET";

    MatchingState {
        commitments = new LinkedHashMap<>(commitments);
    }

    static MatchingState of(AllocationId allocationId, BodyId receiver, FundPurpose purpose,
            MatchingRequirement requirement, long allocatedFen, long requiredFen) {
        return new MatchingState(allocationId, receiver, purpose, requirement, allocatedFen, requiredFen, Map.of(),
                null, null, 0, 0);
    }

    static MatchingState ofDocument(AllocationId documentId, BodyId receiver, FundPurpose purpose,
            MatchingRequirement requirement, MatchingScope scope, int year, long allocatedFen, long requiredFen) {
        return new MatchingState(documentId, receiver, purpose, requirement, allocatedFen, requiredFen, Map.of(),
                null, scope, year, 0);
    }

    /** The exact own contribution for an allocated amount, or -1 when it is not a whole number of fen. */
    static long requiredFor(long allocatedFen, int ratioBasisPoints) {
        long product = Math.multiplyExact(allocatedFen, (long) ratioBasisPoints);
        return product % 10_000 == 0 ? product / 10_000 : -1;
    }

    boolean isDocument() {
        return scope != null;
    }

    /** Late: effective after the deadline; for a one-line allocation also anything after a recorded shortfall. */
    boolean lateOn(LocalDate effectiveDate) {
        return effectiveDate.isAfter(requirement.deadline()) || (!isDocument() && SHORTFALL.equals(outcome));
    }

    long committedByDeadline() {
        return commitments.values().stream().filter(c -> !c.late()).mapToLong(CommitmentState::fen).sum();
    }

    MatchingState withCommitment(String commitmentId, CommitmentState commitment) {
        Map<String, CommitmentState> updated = new LinkedHashMap<>(commitments);
        updated.put(commitmentId, commitment);
        return new MatchingState(allocationId, receiver, purpose, requirement, allocatedFen, requiredFen, updated,
                outcome, scope, year, revision);
    }

    MatchingState withCommitmentReduced(String commitmentId, long fen) {
        CommitmentState c = commitments.get(commitmentId);
        return withCommitment(commitmentId, new CommitmentState(c.fen() - fen, c.late()));
    }

    MatchingState withAllocationReduced(long fen) {
        long allocated = allocatedFen - fen;
        return new MatchingState(allocationId, receiver, purpose, requirement, allocated,
                requiredFor(allocated, requirement.ratioBasisPoints()), commitments, outcome, scope, year, revision);
    }

    MatchingState withOutcome(String evaluated, int revisionNumber) {
        return new MatchingState(allocationId, receiver, purpose, requirement, allocatedFen, requiredFen,
                commitments, evaluated, scope, year, revisionNumber);
    }
}
