package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.fundLine;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangToHangzhou;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.SealYearCommand;
import org.unionfund.ledger.funds.api.SealedLine;
import org.unionfund.ledger.funds.api.SealedYearCorrectedEvent;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.funds.api.YearSealedEvent;
import org.unionfund.ledger.kernel.Money;

/** Year close of programme lines (结转 keeps the programme) and the seal of a closed year (年终结账封存). */
class YearSealTest {

    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    private static final AccountRef PROGRAMME_2025 = ProgrammeBudgetTest.programmeLine();
    private static final AccountRef PROGRAMME_2026 = AccountRef.programme(GONGSHU, 2026, ZJ_FUND, NON_PUBLIC_LINE,
            "GS-2025-LIAOXIU");
    private static final CloseYearCommand CLOSE_GONGSHU = new CloseYearCommand(ZJ_LEDGER, GONGSHU, 2025, YEAR_END);
    private static final SealYearCommand SEAL_GONGSHU = new SealYearCommand(ZJ_LEDGER, GONGSHU, 2025);
    private static final PostSharedCostCommand GONGSHU_COST = new PostSharedCostCommand(ZJ_LEDGER,
            new PostingId("GS-COST-2025-06"), "疗休养基地场地费", "VENUE", LocalDate.of(2025, 6, 1),
            List.of(new SharedCostShare(GONGSHU, ZJ_FUND, NON_PUBLIC_LINE, yuan(4_000))));

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(zhejiangFund(),
            zhejiangToHangzhou(), allocate("A-HZ-GS", HANGZHOU, NON_PUBLIC_LINE, GONGSHU, yuan(1_000_000)),
            ProgrammeBudgetTest.budget(yuan(546_000)));

    private static ReversePostingCommand refund(String id) {
        return new ReversePostingCommand(ZJ_LEDGER, new ReversalId(id), GONGSHU_COST.postingId(), null, null,
                "场地费退回", LocalDate.of(2026, 1, 15), true);
    }

    @Test
    void closing_carries_unspent_programme_budget_into_next_year_keeping_programme_and_earmark() {
        var expected = posting("close:2025:330105", YEAR_END,
                leg(fundLine(GONGSHU, 2025, NON_PUBLIC_LINE), yuan(-454_000)),
                leg(fundLine(GONGSHU, 2026, NON_PUBLIC_LINE), yuan(454_000)),
                leg(PROGRAMME_2025, yuan(-546_000)),
                leg(PROGRAMME_2026, yuan(546_000)));
        ledger.when(CLOSE_GONGSHU).expectEvents(new YearClosedEvent(ZJ_LEDGER, GONGSHU, 2025, expected));
    }

    @Test
    void sealing_a_closed_year_freezes_its_trial_balance_with_what_was_carried_forward() {
        ledger.given(GONGSHU_COST, CLOSE_GONGSHU)
                .when(SEAL_GONGSHU)
                .expectEvents(new YearSealedEvent(ZJ_LEDGER, GONGSHU, 2025, "seal:2025:330105",
                        new PostingId("close:2025:330105"), List.of(
                        line(AccountRef.expense(GONGSHU, 2025, ZJ_FUND, NON_PUBLIC_LINE, "VENUE"), 4_000, 0),
                        line(fundLine(GONGSHU, 2025, NON_PUBLIC_LINE), 450_000, 450_000),
                        line(PROGRAMME_2025, 546_000, 546_000))))
                .expectResultMessagePayload(new LedgerCommandResult("seal:2025:330105", "YearSealedEvent", null));
    }

    private static SealedLine line(AccountRef account, long yearEnd, long carried) {
        return new SealedLine(account, yuan(yearEnd), yuan(carried), Money.ofFen((yearEnd - carried) * 100));
    }

    @Test
    void a_year_that_is_not_closed_cannot_be_sealed() {
        ledger.when(SEAL_GONGSHU)
                .expectException(violation("year-not-closed", "year"))
                .expectNoEvents();
    }

    @Test
    void a_year_is_sealed_once() {
        ledger.given(CLOSE_GONGSHU, SEAL_GONGSHU)
                .when(SEAL_GONGSHU)
                .expectException(violation("year-sealed", "year"))
                .expectNoEvents();
    }

    @Test
    void a_correction_into_a_sealed_year_is_recorded_against_the_seal() {
        ReversePostingCommand correction = refund("R-GS-COST");
        ledger.given(GONGSHU_COST, CLOSE_GONGSHU, SEAL_GONGSHU)
                .when(correction)
                .expectEvents(new PostingReversedEvent(ZJ_LEDGER, correction.reversalId(), GONGSHU_COST.postingId(),
                                List.of(new ReversalLeg(0, yuan(4_000)), new ReversalLeg(1, yuan(4_000))),
                                correction.reason(), true, posting("R-GS-COST", correction.effectiveDate(),
                                        leg(fundLine(GONGSHU, 2025, NON_PUBLIC_LINE), yuan(4_000)),
                                        leg(AccountRef.expense(GONGSHU, 2025, ZJ_FUND, NON_PUBLIC_LINE, "VENUE"),
                                                yuan(-4_000))),
                                Fingerprint.of(correction)),
                        new SealedYearCorrectedEvent(ZJ_LEDGER, GONGSHU, 2025, "seal:2025:330105",
                                new PostingId("R-GS-COST"), GONGSHU_COST.postingId(), "场地费退回"));
    }

    @Test
    void a_correction_into_a_closed_but_unsealed_year_references_no_seal() {
        ReversePostingCommand correction = refund("R-GS-COST");
        ledger.given(GONGSHU_COST, CLOSE_GONGSHU)
                .when(correction)
                .expectEventsMatching(LedgerScenario.everyPostingBalanced())
                .expectEvents(new PostingReversedEvent(ZJ_LEDGER, correction.reversalId(), GONGSHU_COST.postingId(),
                        List.of(new ReversalLeg(0, yuan(4_000)), new ReversalLeg(1, yuan(4_000))),
                        correction.reason(), true, posting("R-GS-COST", correction.effectiveDate(),
                                leg(fundLine(GONGSHU, 2025, NON_PUBLIC_LINE), yuan(4_000)),
                                leg(AccountRef.expense(GONGSHU, 2025, ZJ_FUND, NON_PUBLIC_LINE, "VENUE"),
                                        yuan(-4_000))),
                        Fingerprint.of(correction)));
    }
}
