package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.MatchingCount;
import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.funds.api.PostingId;

/**
 * Matching requirements by allocation (or document) id, which requirements each commitment counts for, and the
 * document numbers (文号) in use per issuing body and year.
 */
@FieldState
final class MatchingBook {

    private LinkedHashMap<String, MatchingState> byAllocation = new LinkedHashMap<>();
    private LinkedHashMap<String, String> allocationOfCommitment = new LinkedHashMap<>();
    /** Commitment id → the further requirements (comma-separated) an own-money commitment counts for. */
    private LinkedHashMap<String, String> alsoCountedFor = new LinkedHashMap<>();
    /** {@code <issuer>|<year>|<文号>} → document id. */
    private LinkedHashMap<String, String> documentNumbers = new LinkedHashMap<>();

    Optional<MatchingState> find(AllocationId allocation) {
        return Optional.ofNullable(byAllocation.get(allocation.value()));
    }

    /** The requirement of an allocation posting, if it carries one. */
    Optional<MatchingState> forAllocationPosting(PostingId posting) {
        return Optional.ofNullable(byAllocation.get(posting.value()));
    }

    Optional<String> documentWithNumber(BodyId issuer, int year, String number) {
        return Optional.ofNullable(documentNumbers.get(issuer.value() + "|" + year + "|" + number));
    }

    void numberDocument(BodyId issuer, int year, String number, AllocationId document) {
        documentNumbers.put(issuer.value() + "|" + year + "|" + number, document.value());
    }

    /** REGION requirements of documents received by one of {@code bodies} with the given purpose and year. */
    List<MatchingState> regionRequirementsOf(List<BodyId> bodies, MatchingState like) {
        List<MatchingState> found = new ArrayList<>();
        for (MatchingState m : byAllocation.values()) {
            if (m.scope() == MatchingScope.REGION && bodies.contains(m.receiver()) && m.year() == like.year()
                    && m.purpose().equals(like.purpose()) && !m.allocationId().equals(like.allocationId())) {
                found.add(m);
            }
        }
        return found;
    }

    void add(MatchingState state) {
        byAllocation.put(state.allocationId().value(), state);
    }

    void commit(CommitmentId commitment, AllocationId allocation, long fen, boolean late) {
        allocationOfCommitment.put(commitment.value(), allocation.value());
        byAllocation.computeIfPresent(allocation.value(),
                (id, state) -> state.withCommitment(commitment.value(), new CommitmentState(fen, late)));
    }

    /** An own-money commitment: the first count is the document it names, the others REGION requirements above. */
    void commitOwn(CommitmentId commitment, List<MatchingCount> counted, long fen) {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            MatchingCount count = counted.get(i);
            if (i == 0) {
                allocationOfCommitment.put(commitment.value(), count.requirement().value());
            } else {
                others.add(count.requirement().value());
            }
            byAllocation.computeIfPresent(count.requirement().value(), (id, state) -> state
                    .withCommitment(commitment.value(), new CommitmentState(fen, !count.onTime())));
        }
        if (!others.isEmpty()) {
            alsoCountedFor.put(commitment.value(), String.join(",", others));
        }
    }

    void evaluated(AllocationId allocation, String outcome, int revision) {
        byAllocation.computeIfPresent(allocation.value(), (id, state) -> state.withOutcome(outcome, revision));
    }

    /** The requirements a commitment posting counts for on time, the one it named first. */
    List<MatchingState> countedOnTime(PostingId commitment) {
        return countedFor(commitment).stream().map(byAllocation::get)
                .filter(m -> m != null && m.commitments().containsKey(commitment.value())
                        && !m.commitments().get(commitment.value()).late())
                .toList();
    }

    /** Follows a reversal of an allocation or commitment posting; {@code creditFen} is the credit taken back. */
    void reverse(PostingId original, long creditFen) {
        byAllocation.computeIfPresent(original.value(), (id, state) -> state.withAllocationReduced(creditFen));
        for (String id : countedFor(original)) {
            byAllocation.computeIfPresent(id, (key, state) -> state.withCommitmentReduced(original.value(), creditFen));
        }
    }

    private List<String> countedFor(PostingId commitment) {
        List<String> counted = new ArrayList<>();
        String allocation = allocationOfCommitment.get(commitment.value());
        if (allocation != null) {
            counted.add(allocation);
        }
        String others = alsoCountedFor.get(commitment.value());
        if (others != null) {
            counted.addAll(List.of(others.split(",")));
        }
        return counted;
    }
}
