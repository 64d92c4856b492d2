package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.fundLine;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.funds.api.YearClosedEvent;

class YearCloseTest {

    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    private static final CloseYearCommand CLOSE_HANGZHOU = new CloseYearCommand(ZJ_LEDGER, HANGZHOU, 2025, YEAR_END);
    private static final PostSharedCostCommand HANGZHOU_COST = new PostSharedCostCommand(ZJ_LEDGER,
            new PostingId("HZ-COST-2025-06"), "疗休养基地场地费", "VENUE", LocalDate.of(2025, 6, 1),
            List.of(new SharedCostShare(HANGZHOU, ZJ_FUND, null, yuan(100_000))));

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(zhejiangFund(),
            allocate("A-HZ-EARMARK", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(4_000_000)),
            allocate("A-HZ", ZHEJIANG, null, HANGZHOU, yuan(1_000_000)));

    private static ReversePostingCommand reverseCost(String id, boolean correction) {
        return new ReversePostingCommand(ZJ_LEDGER, new ReversalId(id), HANGZHOU_COST.postingId(), null, null,
                "venue fee refunded", LocalDate.of(2026, 1, 15), correction);
    }

    @Test
    void closing_carries_every_positive_line_into_next_year_with_its_earmark() {
        var expected = posting("close:2025:330100", YEAR_END,
                leg(fundLine(HANGZHOU, 2025, NON_PUBLIC_LINE), yuan(-4_000_000)),
                leg(fundLine(HANGZHOU, 2026, NON_PUBLIC_LINE), yuan(4_000_000)),
                leg(fundLine(HANGZHOU, 2025, null), yuan(-1_000_000)),
                leg(fundLine(HANGZHOU, 2026, null), yuan(1_000_000)));
        ledger.when(CLOSE_HANGZHOU)
                .expectEvents(new YearClosedEvent(ZJ_LEDGER, HANGZHOU, 2025, expected))
                .expectResultMessagePayload(new LedgerCommandResult("close:2025:330100", "YearClosedEvent",
                        expected));
    }

    @Test
    void closing_a_year_without_money_records_an_empty_carry_over() {
        ledger.when(new CloseYearCommand(ZJ_LEDGER, GONGSHU, 2025, YEAR_END))
                .expectEvents(new YearClosedEvent(ZJ_LEDGER, GONGSHU, 2025, posting("close:2025:330105", YEAR_END)));
    }

    @Test
    void a_posting_into_a_closed_year_is_refused() {
        ledger.given(CLOSE_HANGZHOU)
                .when(new AllocateFundsCommand(ZJ_LEDGER, new AllocationId("A-LATE"), ZHEJIANG, ZJ_FUND, null,
                        HANGZHOU, yuan(1), YEAR_END, null))
                .expectException(violation("year-closed", "effectiveDate"))
                .expectNoEvents();
    }

    @Test
    void carried_over_money_is_spent_in_the_next_year_with_purpose_and_earmark() {
        AllocateFundsCommand nextYear = new AllocateFundsCommand(ZJ_LEDGER, new AllocationId("A-GS-2026"), HANGZHOU,
                ZJ_FUND, NON_PUBLIC_LINE, GONGSHU, yuan(4_000_000), LocalDate.of(2026, 3, 1), null);
        ledger.given(CLOSE_HANGZHOU)
                .when(nextYear)
                .expectEvents(new FundsAllocatedEvent(ZJ_LEDGER, nextYear.allocationId(), HANGZHOU, GONGSHU, ZJ_FUND,
                        NON_PUBLIC_LINE, yuan(4_000_000), null, null, posting("A-GS-2026", nextYear.effectiveDate(),
                                leg(fundLine(HANGZHOU, 2026, NON_PUBLIC_LINE), yuan(-4_000_000)),
                                leg(fundLine(GONGSHU, 2026, NON_PUBLIC_LINE), yuan(4_000_000))),
                        Fingerprint.of(nextYear)));
    }

    @Test
    void a_reversal_into_a_closed_year_is_refused_unless_flagged_as_correction() {
        ledger.given(HANGZHOU_COST, CLOSE_HANGZHOU)
                .when(reverseCost("R-COST", false))
                .expectException(violation("year-closed", "originalPostingId"))
                .expectNoEvents();
    }

    @Test
    void a_reversal_flagged_as_correction_may_touch_a_closed_year() {
        ReversePostingCommand correction = reverseCost("R-COST", true);
        ledger.given(HANGZHOU_COST, CLOSE_HANGZHOU)
                .when(correction)
                .expectEvents(new PostingReversedEvent(ZJ_LEDGER, correction.reversalId(), HANGZHOU_COST.postingId(),
                        List.of(new ReversalLeg(0, yuan(100_000)), new ReversalLeg(1, yuan(100_000))),
                        correction.reason(), true, posting("R-COST", correction.effectiveDate(),
                                leg(fundLine(HANGZHOU, 2025, null), yuan(100_000)),
                                leg(AccountRef.expense(HANGZHOU, 2025, ZJ_FUND, null, "VENUE"), yuan(-100_000))),
                        Fingerprint.of(correction)));
    }

    @Test
    void closing_a_year_twice_is_refused() {
        ledger.given(CLOSE_HANGZHOU)
                .when(CLOSE_HANGZHOU)
                .expectException(violation("year-closed", "year"))
                .expectNoEvents();
    }

    @Test
    void a_year_close_posting_cannot_be_reversed() {
        ledger.given(CLOSE_HANGZHOU)
                .when(new ReversePostingCommand(ZJ_LEDGER, new ReversalId("R-CLOSE"),
                        new PostingId("close:2025:330100"), null, null, "reopen", YEAR_END, true))
                .expectException(violation("not-reversible", "originalPostingId"))
                .expectNoEvents();
    }

    @Test
    void closing_the_year_of_an_unregistered_body_is_refused() {
        ledger.when(new CloseYearCommand(ZJ_LEDGER, new BodyId("330300"), 2025, YEAR_END))
                .expectException(violation("unknown-body", "bodyId"))
                .expectNoEvents();
    }

    @Test
    void a_year_is_closed_in_that_year_or_the_next_not_decades_later() {
        ledger.when(new CloseYearCommand(ZJ_LEDGER, GONGSHU, 2025, java.time.LocalDate.of(2041, 12, 31)))
                .expectException(violation("invalid-date", "effectiveDate"))
                .expectNoEvents();
        new LedgerScenario().given(LedgerTestData.zhejiangTree())
                .when(new CloseYearCommand(ZJ_LEDGER, GONGSHU, 2025, java.time.LocalDate.of(2026, 1, 20)))
                .expectSuccessfulHandlerExecution();
    }
}
