package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.kernel.Money;

/**
 * Corrections are append-only: a reversal negates chosen parts of an original posting in the original accounts.
 * Cumulative reversals never exceed the original, and the usual balance rules still apply.
 */
final class PostingReversal {

    private PostingReversal() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, ReversePostingCommand c) {
        return Decision.once(state, c, PostingId.of(c.reversalId()), "reversalId", (postingId, fingerprint) -> {
            if (c.originalPostingId().madeByTrip()) {
                throw Violations.violation(LedgerRule.NOT_REVERSIBLE, "originalPostingId", "posting "
                        + c.originalPostingId() + " belongs to a trip; correct it through the trip (no-show removal,"
                        + " re-charge or category change)");
            }
            JournalEntry original = state.journal().require(c.originalPostingId(), "originalPostingId");
            if (original.recordedBy(PostingReversedEvent.class) || original.recordedBy(YearClosedEvent.class)) {
                throw Violations.violation(LedgerRule.NOT_REVERSIBLE, "originalPostingId", original.event()
                        + " postings are not reversed; post a new request instead");
            }
            return reverse(state, c, original, fingerprint);
        });
    }

    /**
     * A trip's correction of its own charge posting {@code original}: the trip holds the posting and reverses each
     * participant's share of it at most once, so there is no journal entry to check or mark.
     */
    static Decision<LedgerCommandResult> decideForTrip(LedgerState state, ReversePostingCommand c, Posting original) {
        PostingId postingId = PostingId.of(c.reversalId());
        if (!postingId.madeByTrip() || !original.id().madeByTrip() || !original.id().equals(c.originalPostingId())) {
            throw Violations.violation(LedgerRule.INVALID_ID, "reversalId", "a trip reverses only its own postings,"
                    + " under a trip posting id");
        }
        return reverse(state, c, JournalEntry.of(ProgrammeChargedEvent.class.getSimpleName(), null, original),
                Fingerprint.of(c));
    }

    private static Decision<LedgerCommandResult> reverse(LedgerState state, ReversePostingCommand c,
            JournalEntry original, String fingerprint) {
        PostingId postingId = PostingId.of(c.reversalId());
        List<ReversalLeg> parts = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        choose(original, c, parts, fields);

        PostingDraft draft = new PostingDraft();
        long creditReversed = 0;
        for (int i = 0; i < parts.size(); i++) {
            ReversalLeg part = parts.get(i);
            if (part.amount().fen() > original.remaining(part.leg())) {
                throw Violations.violation(LedgerRule.REVERSAL_EXCEEDS_ORIGINAL, fields.get(i), "leg " + part.leg()
                        + " of " + c.originalPostingId() + " has only " + Money.ofFen(original.remaining(part.leg()))
                        + " left to reverse");
            }
            PostingLeg leg = original.posting().legs().get(part.leg());
            boolean credit = leg.amount().isPositive();
            creditReversed += credit ? part.amount().fen() : 0;
            draft.leg(leg.account(), credit ? part.amount().negate() : part.amount(), fields.get(i));
        }
        requireWholeMatching(state, c, creditReversed);
        PostingGuard.check(state, draft, c.correction(), "originalPostingId");
        Posting posting = draft.toPosting(postingId, c.effectiveDate());
        List<Object> revisions = new ArrayList<>(MatchingRevision.afterReversal(
                state.matching().countedOnTime(c.originalPostingId()), c.ledgerId(), c.originalPostingId(),
                c.reversalId(), creditReversed));
        long credit = creditReversed;
        state.matching().forAllocationPosting(c.originalPostingId()).flatMap(document -> MatchingRevision
                .afterDocumentReversal(document, c.ledgerId(), c.originalPostingId(), c.reversalId(), credit))
                .ifPresent(revisions::add);
        return Decision.posted(new PostingReversedEvent(c.ledgerId(), c.reversalId(), c.originalPostingId(), parts,
                c.reason(), c.correction(), posting, fingerprint),
                postingId.value(), posting, followUps(revisions, SealedYears.corrected(state, c, posting)));
    }

    private static void choose(JournalEntry original, ReversePostingCommand c, List<ReversalLeg> parts,
            List<String> fields) {
        int legCount = original.posting().legs().size();
        if (c.amount() != null && !c.legs().isEmpty()) {
            throw Violations.violation(LedgerRule.INVALID_AMOUNT, "amount", "give either legs or an amount");
        }
        if (c.amount() != null) {
            if (legCount != 2) {
                throw Violations.violation(LedgerRule.INVALID_AMOUNT, "amount", "a single amount only reverses a"
                        + " two-leg posting; this one has " + legCount + " legs, name them in legs");
            }
            Violations.requirePositive(c.amount(), "amount");
            for (int leg = 0; leg < 2; leg++) {
                parts.add(new ReversalLeg(leg, c.amount()));
                fields.add("amount");
            }
            return;
        }
        if (c.legs().isEmpty()) {
            for (int leg = 0; leg < legCount; leg++) {
                if (original.remaining(leg) > 0) {
                    parts.add(new ReversalLeg(leg, Money.ofFen(original.remaining(leg))));
                    fields.add("originalPostingId");
                }
            }
            if (parts.isEmpty()) {
                throw Violations.violation(LedgerRule.REVERSAL_EXCEEDS_ORIGINAL, "originalPostingId",
                        "posting " + c.originalPostingId() + " is already fully reversed");
            }
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < c.legs().size(); i++) {
            ReversalLeg part = c.legs().get(i);
            String field = "legs[" + i + "]";
            if (part.leg() < 0 || part.leg() >= legCount) {
                throw Violations.violation(LedgerRule.UNKNOWN_LEG, field + ".leg",
                        "posting " + c.originalPostingId() + " has legs 0 to " + (legCount - 1));
            }
            if (!seen.add(part.leg())) {
                throw Violations.violation(LedgerRule.INVALID_AMOUNT, field + ".leg", "leg " + part.leg()
                        + " is named twice");
            }
            Violations.requirePositive(part.amount(), field + ".amount");
            parts.add(part);
            fields.add(field + ".amount");
        }
    }

    /** A partly reversed allocation must still owe a whole number of fen of matching funds. */
    private static void requireWholeMatching(LedgerState state, ReversePostingCommand c, long creditReversed) {
        state.matching().forAllocationPosting(c.originalPostingId()).ifPresent(matching -> {
            long left = matching.allocatedFen() - creditReversed;
            if (MatchingState.requiredFor(left, matching.requirement().ratioBasisPoints()) < 0) {
                throw Violations.violation(LedgerRule.INVALID_AMOUNT, c.amount() != null ? "amount" : "legs",
                        "the allocation left after this reversal would owe a matching amount that is not a whole"
                                + " fen");
            }
        });
    }

    /** Matching revisions first, then the sealed-year correction record, all in the reversal's unit of work. */
    private static List<Object> followUps(List<Object> revisions, List<Object> sealCorrections) {
        List<Object> all = new ArrayList<>(revisions);
        all.addAll(sealCorrections);
        return all;
    }
}
