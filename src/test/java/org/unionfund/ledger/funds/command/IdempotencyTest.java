package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.FUND_DATE;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.SPRING;
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
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.GrantFixedSubsidiesCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.SubsidyGrant;
import org.unionfund.ledger.funds.api.SubsidyId;

class IdempotencyTest {

    private static final AllocateFundsCommand TO_HANGZHOU = allocate("A-HZ", ZHEJIANG, null, HANGZHOU, yuan(500_000));

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(zhejiangFund());

    @Test
    void repeating_an_allocation_writes_nothing_and_returns_the_original_result() {
        ledger.given(TO_HANGZHOU)
                .when(TO_HANGZHOU)
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerCommandResult("A-HZ", "FundsAllocatedEvent",
                        posting("A-HZ", SPRING, leg(fundLine(ZHEJIANG, 2025, null), yuan(-500_000)),
                                leg(fundLine(HANGZHOU, 2025, null), yuan(500_000)))));
    }

    @Test
    void repeating_a_fund_establishment_returns_its_posting() {
        ledger.when(zhejiangFund())
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerCommandResult("ZJ-2025-RECUP", "FundEstablishedEvent",
                        posting("ZJ-2025-RECUP", FUND_DATE, leg(AccountRef.source(ZHEJIANG, 2025), yuan(-20_000_000)),
                                leg(fundLine(ZHEJIANG, 2025, null), yuan(10_000_000)),
                                leg(fundLine(ZHEJIANG, 2025, "NONPUB-NEWFORM"), yuan(10_000_000)))));
    }

    @Test
    void a_repeat_is_answered_even_after_the_year_was_closed() {
        ledger.given(TO_HANGZHOU, new CloseYearCommand(ZJ_LEDGER, HANGZHOU, 2025, LocalDate.of(2025, 12, 31)))
                .when(TO_HANGZHOU)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void reusing_an_allocation_id_with_another_amount_is_refused() {
        ledger.given(TO_HANGZHOU)
                .when(allocate("A-HZ", ZHEJIANG, null, HANGZHOU, yuan(500_001)))
                .expectException(violation("idempotency-conflict", "allocationId"))
                .expectNoEvents();
    }

    @Test
    void reusing_an_id_for_another_kind_of_request_is_refused() {
        ledger.given(TO_HANGZHOU)
                .when(new GrantFixedSubsidiesCommand(ZJ_LEDGER, new SubsidyId("A-HZ"), ZHEJIANG, ZJ_FUND, null, 2025,
                        List.of(new SubsidyGrant(GONGSHU, yuan(1))), SPRING))
                .expectException(violation("idempotency-conflict", "subsidyId"))
                .expectNoEvents();
    }

    @Test
    void repeating_a_reversal_does_not_reverse_twice() {
        ReversePostingCommand reversal = new ReversePostingCommand(ZJ_LEDGER, new ReversalId("R-1"),
                new PostingId("A-HZ"), null, yuan(100_000), "typo", SPRING, false);
        ledger.given(TO_HANGZHOU, reversal)
                .when(reversal)
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerCommandResult("R-1", "PostingReversedEvent",
                        posting("R-1", SPRING, leg(fundLine(ZHEJIANG, 2025, null), yuan(100_000)),
                                leg(fundLine(HANGZHOU, 2025, null), yuan(-100_000)))));
    }
}
