package org.unionfund.ledger.ledger.command;

import java.util.LinkedHashMap;
import java.util.Optional;

import org.unionfund.ledger.ledger.api.AllocationId;
import org.unionfund.ledger.ledger.api.CommitmentId;
import org.unionfund.ledger.ledger.api.PostingId;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/** Matching requirements by allocation id, and which allocation each commitment was made against. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class MatchingBook {

    private LinkedHashMap<String, MatchingState> byAllocation = new LinkedHashMap<>();
    private LinkedHashMap<String, String> allocationOfCommitment = new LinkedHashMap<>();

    Optional<MatchingState> find(AllocationId allocation) {
        return Optional.ofNullable(byAllocation.get(allocation.value()));
    }

    /** The requirement of an allocation posting, if it carries one. */
    Optional<MatchingState> forAllocationPosting(PostingId posting) {
        return Optional.ofNullable(byAllocation.get(posting.value()));
    }

    void add(MatchingState state) {
        byAllocation.put(state.allocationId().value(), state);
    }

    void commit(CommitmentId commitment, AllocationId allocation, long fen, boolean late) {
        allocationOfCommitment.put(commitment.value(), allocation.value());
        byAllocation.computeIfPresent(allocation.value(),
                (id, state) -> state.withCommitment(commitment.value(), new CommitmentState(fen, late)));
    }

    void evaluated(AllocationId allocation, String outcome) {
        byAllocation.computeIfPresent(allocation.value(), (id, state) -> state.withOutcome(outcome));
    }

    /** Follows a reversal of an allocation or commitment posting; {@code creditFen} is the credit taken back. */
    void reverse(PostingId original, long creditFen) {
        byAllocation.computeIfPresent(original.value(), (id, state) -> state.withAllocationReduced(creditFen));
        String allocation = allocationOfCommitment.get(original.value());
        if (allocation != null) {
            byAllocation.computeIfPresent(allocation,
                    (id, state) -> state.withCommitmentReduced(original.value(), creditFen));
        }
    }
}
