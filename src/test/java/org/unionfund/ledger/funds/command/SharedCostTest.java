package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.Money;

/** Dalian (a parentless city ledger) pays union social workers 50/50 with its district unions. */
class SharedCostTest {

    private static final LedgerId DL_LEDGER = new LedgerId("210200");
    private static final BodyId DALIAN = new BodyId("210200");
    private static final BodyId ZHONGSHAN = new BodyId("210202");
    private static final FundId CITY_FUND = new FundId("DL-2025-SW");
    private static final FundId DISTRICT_FUND = new FundId("ZS-2025-SW");
    private static final LocalDate PAYDAY = LocalDate.of(2025, 1, 31);
    private static final String CATEGORY = "SOCIAL_WORKER_PAY";

    private final LedgerScenario ledger = new LedgerScenario().given(
            new RegisterUnionBodyCommand(DL_LEDGER, DALIAN, "大连市总工会", UnionBodyLevel.CITY, null),
            new RegisterUnionBodyCommand(DL_LEDGER, ZHONGSHAN, "中山区总工会", UnionBodyLevel.COUNTY, DALIAN),
            fund(CITY_FUND, DALIAN, yuan(720_000)),
            fund(DISTRICT_FUND, ZHONGSHAN, yuan(720_000)));

    private static EstablishFundCommand fund(FundId id, BodyId body, Money total) {
        return new EstablishFundCommand(DL_LEDGER, id, body, 2025, FundPurpose.SOCIAL_WORKER_PAY, total, List.of(),
                LocalDate.of(2025, 1, 2));
    }

    private static PostSharedCostCommand pay(Money city, Money district) {
        return new PostSharedCostCommand(DL_LEDGER, new PostingId("SW-2025-01"), "社会工作者工资 2025年1月", CATEGORY,
                PAYDAY, List.of(new SharedCostShare(DALIAN, CITY_FUND, null, city),
                        new SharedCostShare(ZHONGSHAN, DISTRICT_FUND, null, district)));
    }

    @Test
    void city_and_district_each_pay_half_in_one_posting() {
        PostSharedCostCommand command = pay(yuan(60_000), yuan(60_000));
        Posting expected = posting("SW-2025-01", PAYDAY,
                leg(AccountRef.fund(DALIAN, 2025, CITY_FUND, null), yuan(-60_000)),
                leg(AccountRef.expense(DALIAN, 2025, CITY_FUND, null, CATEGORY), yuan(60_000)),
                leg(AccountRef.fund(ZHONGSHAN, 2025, DISTRICT_FUND, null), yuan(-60_000)),
                leg(AccountRef.expense(ZHONGSHAN, 2025, DISTRICT_FUND, null, CATEGORY), yuan(60_000)));
        ledger.when(command)
                .expectEvents(new SharedCostPostedEvent(DL_LEDGER, new PostingId("SW-2025-01"), command.description(),
                        CATEGORY, command.legs(), expected, Fingerprint.of(command)))
                .expectResultMessagePayload(new LedgerCommandResult("SW-2025-01", "SharedCostPostedEvent", expected));
    }

    @Test
    void nothing_is_booked_when_one_share_cannot_be_paid() {
        ledger.when(pay(yuan(60_000), yuan(720_001)))
                .expectException(violation("insufficient-funds", "legs[1].amount"))
                .expectNoEvents();
    }

    @Test
    void a_share_from_a_fund_the_ledger_does_not_know_is_refused() {
        ledger.when(new PostSharedCostCommand(DL_LEDGER, new PostingId("SW-X"), "工资", CATEGORY, PAYDAY,
                        List.of(new SharedCostShare(DALIAN, new FundId("NOPE"), null, yuan(1)))))
                .expectException(violation("unknown-fund", "legs[0].fundId"))
                .expectNoEvents();
    }

    @Test
    void a_share_of_an_unregistered_body_is_refused() {
        ledger.when(new PostSharedCostCommand(DL_LEDGER, new PostingId("SW-X"), "工资", CATEGORY, PAYDAY,
                        List.of(new SharedCostShare(new BodyId("210203"), CITY_FUND, null, yuan(1)))))
                .expectException(violation("unknown-body", "legs[0].bodyId"))
                .expectNoEvents();
    }
}
