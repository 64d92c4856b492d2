package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.MATCHING_DEADLINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_TO_HZ;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangToHangzhou;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.MatchingEvaluationResult;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.Money;

class MatchingTest {

    private static final FundId MATCHING_FUND = new FundId(ZJ_TO_HZ.value());
    /** 1 July 2025 00:00 in Shanghai: the deadline day (30 June) is over. */
    private static final Instant DAY_AFTER_DEADLINE = Instant.parse("2025-06-30T16:00:00Z");

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree())
            .given(zhejiangFund(), zhejiangToHangzhou());

    private static CommitMatchingFundsCommand commit(String id, long yuan, LocalDate date) {
        return new CommitMatchingFundsCommand(ZJ_LEDGER, new CommitmentId(id), ZJ_TO_HZ, yuan(yuan), date);
    }

    private static RecordMatchingShortfallCommand evaluateAt(Instant at) {
        return new RecordMatchingShortfallCommand(ZJ_LEDGER, ZJ_TO_HZ, at);
    }

    private static ReversePostingCommand reverse(String id, String original, long yuan) {
        return new ReversePostingCommand(ZJ_LEDGER, new ReversalId(id), new PostingId(original), null, yuan(yuan),
                "booked twice", LocalDate.of(2025, 5, 1), false);
    }

    private static MatchingFundsCommittedEvent committed(CommitMatchingFundsCommand c, boolean late) {
        int year = c.effectiveDate().getYear();
        return new MatchingFundsCommittedEvent(ZJ_LEDGER, c.commitmentId(), ZJ_TO_HZ, HANGZHOU, MATCHING_FUND,
                FundPurpose.RECUPERATION, c.amount(), late, posting(c.commitmentId().value(), c.effectiveDate(),
                        leg(AccountRef.source(HANGZHOU, year), c.amount().negate()),
                        leg(AccountRef.fund(HANGZHOU, year, MATCHING_FUND, null), c.amount())),
                Fingerprint.of(c));
    }

    @Test
    void own_funds_committed_by_the_deadline_enter_a_matching_fund_on_time() {
        CommitMatchingFundsCommand command = commit("M-HZ-1", 4_000_000, MATCHING_DEADLINE);
        ledger.when(command).expectEvents(committed(command, false));
    }

    @Test
    void own_funds_dated_after_the_deadline_are_late() {
        CommitMatchingFundsCommand command = commit("M-HZ-1", 4_000_000, MATCHING_DEADLINE.plusDays(1));
        ledger.when(command).expectEvents(committed(command, true));
    }

    @Test
    void own_funds_committed_after_a_shortfall_was_recorded_are_late_even_when_backdated() {
        CommitMatchingFundsCommand backdated = commit("M-HZ-2", 3_000_000, MATCHING_DEADLINE.minusDays(1));
        ledger.given(commit("M-HZ-1", 1_000_000, MATCHING_DEADLINE), evaluateAt(DAY_AFTER_DEADLINE))
                .when(backdated)
                .expectEvents(committed(backdated, true));
    }

    @Test
    void a_shortfall_is_recorded_when_less_than_required_was_committed_by_the_deadline() {
        ledger.given(commit("M-HZ-1", 1_000_000, MATCHING_DEADLINE),
                        commit("M-HZ-LATE", 3_000_000, MATCHING_DEADLINE.plusDays(1)))
                .when(evaluateAt(DAY_AFTER_DEADLINE))
                .expectEvents(new MatchingShortfallRecordedEvent(ZJ_LEDGER, ZJ_TO_HZ, HANGZHOU, MATCHING_DEADLINE,
                        yuan(4_000_000), yuan(1_000_000), yuan(3_000_000), DAY_AFTER_DEADLINE))
                .expectResultMessagePayload(new MatchingEvaluationResult(ZJ_TO_HZ, "MatchingShortfallRecordedEvent",
                        yuan(4_000_000), yuan(1_000_000), yuan(3_000_000)));
    }

    @Test
    void the_requirement_is_met_when_enough_was_committed_by_the_deadline() {
        ledger.given(commit("M-HZ-1", 2_500_000, LocalDate.of(2025, 4, 1)),
                        commit("M-HZ-2", 1_500_000, MATCHING_DEADLINE))
                .when(evaluateAt(DAY_AFTER_DEADLINE))
                .expectEvents(new MatchingRequirementMetEvent(ZJ_LEDGER, ZJ_TO_HZ, HANGZHOU, MATCHING_DEADLINE,
                        yuan(4_000_000), yuan(4_000_000), DAY_AFTER_DEADLINE))
                .expectResultMessagePayload(new MatchingEvaluationResult(ZJ_TO_HZ, "MatchingRequirementMetEvent",
                        yuan(4_000_000), yuan(4_000_000), Money.ZERO));
    }

    @Test
    void reversing_part_of_the_allocation_lowers_the_matching_owed() {
        ledger.given(reverse("R-1", ZJ_TO_HZ.value(), 1_000_000), commit("M-HZ-1", 3_000_000, MATCHING_DEADLINE))
                .when(evaluateAt(DAY_AFTER_DEADLINE))
                .expectEvents(new MatchingRequirementMetEvent(ZJ_LEDGER, ZJ_TO_HZ, HANGZHOU, MATCHING_DEADLINE,
                        yuan(3_000_000), yuan(3_000_000), DAY_AFTER_DEADLINE));
    }

    @Test
    void a_reversed_commitment_no_longer_counts() {
        ledger.given(commit("M-HZ-1", 4_000_000, MATCHING_DEADLINE), reverse("R-1", "M-HZ-1", 500_000))
                .when(evaluateAt(DAY_AFTER_DEADLINE))
                .expectEvents(new MatchingShortfallRecordedEvent(ZJ_LEDGER, ZJ_TO_HZ, HANGZHOU, MATCHING_DEADLINE,
                        yuan(4_000_000), yuan(3_500_000), yuan(500_000), DAY_AFTER_DEADLINE));
    }

    @Test
    void evaluating_before_the_deadline_day_has_ended_in_shanghai_is_refused() {
        ledger.when(evaluateAt(DAY_AFTER_DEADLINE.minusSeconds(1)))
                .expectException(violation("matching-deadline-not-reached", "evaluatedAt"))
                .expectNoEvents();
    }

    @Test
    void a_requirement_is_evaluated_only_once() {
        ledger.given(evaluateAt(DAY_AFTER_DEADLINE))
                .when(evaluateAt(DAY_AFTER_DEADLINE.plusSeconds(3600)))
                .expectException(violation("matching-already-evaluated", "allocationId"))
                .expectNoEvents();
    }

    @Test
    void committing_against_an_allocation_without_a_requirement_is_refused() {
        ledger.given(allocate("A-PLAIN", ZHEJIANG, null, HANGZHOU, yuan(100)))
                .when(new CommitMatchingFundsCommand(ZJ_LEDGER, new CommitmentId("M-1"), new AllocationId("A-PLAIN"),
                        yuan(100), MATCHING_DEADLINE))
                .expectException(violation("no-matching-requirement", "allocationId"))
                .expectNoEvents();
    }

    @Test
    void committing_against_an_unknown_allocation_is_refused() {
        ledger.when(new CommitMatchingFundsCommand(ZJ_LEDGER, new CommitmentId("M-1"), new AllocationId("A-NONE"),
                        yuan(100), MATCHING_DEADLINE))
                .expectException(violation("unknown-posting", "allocationId"))
                .expectNoEvents();
    }
}
