package org.unionfund.ledger.ledger.command;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.unionfund.ledger.ledger.api.AllocationId;
import org.unionfund.ledger.ledger.api.BodyId;
import org.unionfund.ledger.ledger.api.FundPurpose;
import org.unionfund.ledger.ledger.api.MatchingRequirement;

/**
 * The matching requirement of one allocation, what the receiver committed against it (by commitment id) and the
 * outcome of the deadline evaluation (null until evaluated).
 */
record MatchingState(AllocationId allocationId, BodyId receiver, FundPurpose purpose,
        MatchingRequirement requirement, long allocatedFen, long requiredFen,
        Map<String, CommitmentState> commitments, String outcome) {

    static final String SHORTFALL = "SHORTFALL";
    static final String MET = "MET";

    MatchingState {
        commitments = new LinkedHashMap<>(commitments);
    }

    static MatchingState of(AllocationId allocationId, BodyId receiver, FundPurpose purpose,
            MatchingRequirement requirement, long allocatedFen, long requiredFen) {
        return new MatchingState(allocationId, receiver, purpose, requirement, allocatedFen, requiredFen, Map.of(),
                null);
    }

    /** The exact own contribution for an allocated amount, or -1 when it is not a whole number of fen. */
    static long requiredFor(long allocatedFen, int ratioBasisPoints) {
        long product = Math.multiplyExact(allocatedFen, (long) ratioBasisPoints);
        return product % 10_000 == 0 ? product / 10_000 : -1;
    }

    boolean lateOn(LocalDate effectiveDate) {
        return effectiveDate.isAfter(requirement.deadline()) || SHORTFALL.equals(outcome);
    }

    long committedByDeadline() {
        return commitments.values().stream().filter(c -> !c.late()).mapToLong(CommitmentState::fen).sum();
    }

    MatchingState withCommitment(String commitmentId, CommitmentState commitment) {
        Map<String, CommitmentState> updated = new LinkedHashMap<>(commitments);
        updated.put(commitmentId, commitment);
        return new MatchingState(allocationId, receiver, purpose, requirement, allocatedFen, requiredFen, updated,
                outcome);
    }

    MatchingState withCommitmentReduced(String commitmentId, long fen) {
        CommitmentState c = commitments.get(commitmentId);
        return withCommitment(commitmentId, new CommitmentState(c.fen() - fen, c.late()));
    }

    MatchingState withAllocationReduced(long fen) {
        long allocated = allocatedFen - fen;
        return new MatchingState(allocationId, receiver, purpose, requirement, allocated,
                requiredFor(allocated, requirement.ratioBasisPoints()), commitments, outcome);
    }

    MatchingState withOutcome(String evaluated) {
        return new MatchingState(allocationId, receiver, purpose, requirement, allocatedFen, requiredFen,
                commitments, evaluated);
    }
}
