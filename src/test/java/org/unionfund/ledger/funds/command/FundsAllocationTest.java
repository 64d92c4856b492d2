package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.MATCHING_DEADLINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.NINGBO;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.SPRING;
import static org.unionfund.ledger.funds.command.LedgerTestData.XIHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_TO_HZ;
import static org.unionfund.ledger.funds.command.LedgerTestData.allocate;
import static org.unionfund.ledger.funds.command.LedgerTestData.fundLine;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.oneToOneBy;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangToHangzhou;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.kernel.Money;

class FundsAllocationTest {

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree()).given(zhejiangFund());

    @Test
    void the_province_allocates_from_its_earmarked_line_to_hangzhou_with_one_to_one_matching() {
        AllocateFundsCommand command = zhejiangToHangzhou();
        Posting expected = posting(ZJ_TO_HZ.value(), SPRING,
                leg(fundLine(ZHEJIANG, 2025, NON_PUBLIC_LINE), yuan(-4_000_000)),
                leg(fundLine(HANGZHOU, 2025, NON_PUBLIC_LINE), yuan(4_000_000)));
        ledger.when(command)
                .expectEvents(new FundsAllocatedEvent(ZJ_LEDGER, ZJ_TO_HZ, ZHEJIANG, HANGZHOU, ZJ_FUND,
                        NON_PUBLIC_LINE, yuan(4_000_000), oneToOneBy(MATCHING_DEADLINE), yuan(4_000_000), expected,
                        Fingerprint.of(command)))
                .expectResultMessagePayload(new LedgerCommandResult(ZJ_TO_HZ.value(), "FundsAllocatedEvent",
                        expected));
    }

    @Test
    void hangzhou_allocates_onward_to_gongshu_keeping_fund_and_earmark() {
        AllocateFundsCommand onward = allocate("A-2025-330100-330105", HANGZHOU, NON_PUBLIC_LINE, GONGSHU,
                yuan(2_546_000));
        ledger.given(zhejiangToHangzhou())
                .when(onward)
                .expectEvents(new FundsAllocatedEvent(ZJ_LEDGER, new AllocationId("A-2025-330100-330105"), HANGZHOU,
                        GONGSHU, ZJ_FUND, NON_PUBLIC_LINE, yuan(2_546_000), null, null,
                        posting("A-2025-330100-330105", SPRING,
                                leg(fundLine(HANGZHOU, 2025, NON_PUBLIC_LINE), yuan(-2_546_000)),
                                leg(fundLine(GONGSHU, 2025, NON_PUBLIC_LINE), yuan(2_546_000))),
                        Fingerprint.of(onward)));
    }

    @Test
    void a_body_cannot_allocate_to_itself() {
        ledger.when(allocate("A-SELF", ZHEJIANG, null, ZHEJIANG, yuan(1)))
                .expectException(violation("not-in-subtree", "toBodyId"))
                .expectNoEvents();
    }

    @Test
    void a_city_cannot_allocate_to_a_sibling_city() {
        ledger.given(allocate("A-HZ", ZHEJIANG, null, HANGZHOU, yuan(100)))
                .when(allocate("A-SIBLING", HANGZHOU, null, NINGBO, yuan(100)))
                .expectException(violation("not-in-subtree", "toBodyId"))
                .expectNoEvents();
    }

    @Test
    void a_district_cannot_allocate_up_to_its_ancestor() {
        ledger.given(allocate("A-HZ", ZHEJIANG, null, HANGZHOU, yuan(100)),
                        allocate("A-GS", HANGZHOU, null, GONGSHU, yuan(100)))
                .when(allocate("A-UP", GONGSHU, null, ZHEJIANG, yuan(100)))
                .expectException(violation("not-in-subtree", "toBodyId"))
                .expectNoEvents();
    }

    @Test
    void a_city_cannot_pass_on_more_than_it_holds() {
        ledger.given(allocate("A-HZ", ZHEJIANG, null, HANGZHOU, yuan(100)))
                .when(allocate("A-XH", HANGZHOU, null, XIHU, Money.parseYuan("100.01")))
                .expectException(violation("insufficient-funds", "amount"))
                .expectNoEvents();
    }

    @Test
    void the_earmarked_line_cannot_be_overdrawn_while_the_unrestricted_line_has_money() {
        ledger.when(allocate("A-TOO-MUCH", ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(10_000_001)))
                .expectException(violation("insufficient-funds", "amount"))
                .expectNoEvents();
    }

    @Test
    void an_earmark_the_fund_does_not_define_is_refused() {
        ledger.when(allocate("A-X", ZHEJIANG, "HARDSHIP-ONLY", HANGZHOU, yuan(1)))
                .expectException(violation("earmark-violation", "earmark"))
                .expectNoEvents();
    }

    @Test
    void an_unknown_fund_is_refused() {
        ledger.when(new AllocateFundsCommand(ZJ_LEDGER, new AllocationId("A-X"), ZHEJIANG, new FundId("NOPE"), null,
                        HANGZHOU, yuan(1), SPRING, null))
                .expectException(violation("unknown-fund", "fundId"))
                .expectNoEvents();
    }

    @Test
    void a_matching_amount_that_is_not_a_whole_fen_is_refused_rather_than_rounded() {
        ledger.when(allocate("A-HALF", ZHEJIANG, null, HANGZHOU, Money.parseYuan("0.01"),
                        new MatchingRequirement(5_000, MATCHING_DEADLINE)))
                .expectException(violation("invalid-amount", "matching.ratioBasisPoints"))
                .expectNoEvents();
    }

    @Test
    void a_fifty_percent_requirement_owes_half_the_allocation() {
        AllocateFundsCommand command = allocate("A-HALF", ZHEJIANG, null, HANGZHOU, Money.parseYuan("0.02"),
                new MatchingRequirement(5_000, MATCHING_DEADLINE));
        ledger.when(command)
                .expectEvents(new FundsAllocatedEvent(ZJ_LEDGER, new AllocationId("A-HALF"), ZHEJIANG, HANGZHOU,
                        ZJ_FUND, null, Money.ofFen(2), command.matching(), Money.ofFen(1),
                        posting("A-HALF", SPRING, leg(fundLine(ZHEJIANG, 2025, null), Money.ofFen(-2)),
                                leg(fundLine(HANGZHOU, 2025, null), Money.ofFen(2))),
                        Fingerprint.of(command)));
    }

    @Test
    void a_deadline_before_the_allocation_is_refused() {
        ledger.when(allocate("A-LATE", ZHEJIANG, null, HANGZHOU, yuan(1), oneToOneBy(SPRING.minusDays(1))))
                .expectException(violation("invalid-date", "matching.deadline"))
                .expectNoEvents();
    }

    @Test
    void a_non_positive_amount_is_refused() {
        ledger.when(allocate("A-ZERO", ZHEJIANG, null, HANGZHOU, Money.ZERO))
                .expectException(violation("invalid-amount", "amount"))
                .expectNoEvents();
    }
}
