package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.FUND_DATE;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.fundLine;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.nonPublicEarmark;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangFund;
import static org.unionfund.ledger.funds.command.LedgerTestData.zhejiangTree;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.kernel.Money;

class FundEstablishmentTest {

    private final LedgerScenario ledger = new LedgerScenario().given(zhejiangTree());

    private static EstablishFundCommand fund(Money total, List<Earmark> earmarks) {
        return new EstablishFundCommand(ZJ_LEDGER, ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION, total, earmarks,
                FUND_DATE);
    }

    @Test
    void zhejiang_2025_fund_books_the_budget_into_an_unrestricted_and_an_earmarked_line() {
        EstablishFundCommand command = zhejiangFund();
        Posting expected = posting("ZJ-2025-RECUP", FUND_DATE,
                leg(AccountRef.source(ZHEJIANG, 2025), yuan(-20_000_000)),
                leg(fundLine(ZHEJIANG, 2025, null), yuan(10_000_000)),
                leg(fundLine(ZHEJIANG, 2025, NON_PUBLIC_LINE), yuan(10_000_000)));
        ledger.when(command)
                .expectEvents(new FundEstablishedEvent(ZJ_LEDGER, ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION,
                        yuan(20_000_000), command.earmarks(), expected, Fingerprint.of(command)))
                .expectResultMessagePayload(new LedgerCommandResult("ZJ-2025-RECUP", "FundEstablishedEvent",
                        expected));
    }

    @Test
    void a_fund_that_is_wholly_earmarked_has_no_unrestricted_leg() {
        EstablishFundCommand command = fund(yuan(10_000_000), List.of(nonPublicEarmark(yuan(10_000_000))));
        ledger.when(command)
                .expectEvents(new FundEstablishedEvent(ZJ_LEDGER, ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION,
                        yuan(10_000_000), command.earmarks(), posting("ZJ-2025-RECUP", FUND_DATE,
                                leg(AccountRef.source(ZHEJIANG, 2025), yuan(-10_000_000)),
                                leg(fundLine(ZHEJIANG, 2025, NON_PUBLIC_LINE), yuan(10_000_000))),
                        Fingerprint.of(command)));
    }

    @Test
    void the_display_name_is_carried_to_the_event_and_does_not_change_the_posting() {
        EstablishFundCommand command = new EstablishFundCommand(ZJ_LEDGER, ZJ_FUND, ZHEJIANG, 2025,
                FundPurpose.RECUPERATION, yuan(10_000_000), List.of(), FUND_DATE, "  省总本级职工疗休养资金 ");
        ledger.when(command)
                .expectEvents(new FundEstablishedEvent(ZJ_LEDGER, ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION,
                        yuan(10_000_000), List.of(), posting("ZJ-2025-RECUP", FUND_DATE,
                                leg(AccountRef.source(ZHEJIANG, 2025), yuan(-10_000_000)),
                                leg(fundLine(ZHEJIANG, 2025, null), yuan(10_000_000))),
                        Fingerprint.of(command), "省总本级职工疗休养资金"));
    }

    @Test
    void a_blank_name_is_no_name_and_keeps_the_fingerprint_of_a_request_without_one() {
        EstablishFundCommand unnamed = fund(yuan(10_000_000), List.of());
        EstablishFundCommand blank = new EstablishFundCommand(ZJ_LEDGER, ZJ_FUND, ZHEJIANG, 2025,
                FundPurpose.RECUPERATION, yuan(10_000_000), List.of(), FUND_DATE, " ");
        org.junit.jupiter.api.Assertions.assertNull(blank.name());
        org.junit.jupiter.api.Assertions.assertEquals(Fingerprint.of(unnamed), Fingerprint.of(blank));
    }

    @Test
    void earmarks_above_the_total_are_refused() {
        ledger.when(fund(yuan(5_000_000), List.of(nonPublicEarmark(yuan(6_000_000)))))
                .expectException(violation("invalid-amount", "earmarks"))
                .expectNoEvents();
    }

    @Test
    void an_earmark_code_used_twice_is_refused() {
        ledger.when(fund(yuan(20_000_000), List.of(nonPublicEarmark(yuan(1)), nonPublicEarmark(yuan(2)))))
                .expectException(violation("earmark-violation", "earmarks[1].code"))
                .expectNoEvents();
    }

    @Test
    void an_earmark_that_admits_nobody_is_refused() {
        Earmark nobody = new Earmark("EMPTY", yuan(100), new EarmarkEligibility(Set.of(), Set.of()));
        ledger.when(fund(yuan(20_000_000), List.of(nobody)))
                .expectException(violation("earmark-violation", "earmarks[0].eligibility"))
                .expectNoEvents();
    }

    @Test
    void a_fund_without_money_is_refused() {
        ledger.when(fund(Money.ZERO, List.of()))
                .expectException(violation("invalid-amount", "total"))
                .expectNoEvents();
    }

    @Test
    void the_effective_date_must_lie_in_the_fund_year() {
        ledger.when(new EstablishFundCommand(ZJ_LEDGER, ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION,
                        yuan(1_000), List.of(), LocalDate.of(2024, 12, 20)))
                .expectException(violation("invalid-date", "effectiveDate"))
                .expectNoEvents();
    }

    @Test
    void a_fund_of_an_unregistered_body_is_refused() {
        ledger.when(new EstablishFundCommand(ZJ_LEDGER, ZJ_FUND, new BodyId("330300"), 2025,
                        FundPurpose.RECUPERATION, yuan(1_000), List.of(), FUND_DATE))
                .expectException(violation("unknown-body", "bodyId"))
                .expectNoEvents();
    }

    @Test
    void ids_in_the_year_close_namespace_are_refused() {
        ledger.when(new EstablishFundCommand(ZJ_LEDGER, new FundId("close:2025:330000"), ZHEJIANG, 2025,
                        FundPurpose.RECUPERATION, yuan(1_000), List.of(), FUND_DATE))
                .expectException(violation("invalid-id", "fundId"))
                .expectNoEvents();
    }
}
