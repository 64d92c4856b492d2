package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.leg;
import static org.unionfund.ledger.funds.command.LedgerTestData.posting;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.GrantFixedSubsidiesCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.funds.api.SubsidyGrant;
import org.unionfund.ledger.funds.api.SubsidyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;

/** Guizhou: 5,000,000 a year (2022–2025) in fixed subsidies to county unions of counties that left poverty. */
class FixedSubsidiesTest {

    private static final LedgerId GZ_LEDGER = new LedgerId("520000");
    private static final BodyId GUIZHOU = new BodyId("520000");
    private static final BodyId QIANDONGNAN = new BodyId("522600");
    private static final BodyId RONGJIANG = new BodyId("522632");
    private static final BodyId CONGJIANG = new BodyId("522633");
    private static final BodyId LEISHAN = new BodyId("522634");
    private static final BodyId GUIYANG = new BodyId("520100");
    private static final BodyId HUAXI = new BodyId("520111");
    private static final FundId FUND = new FundId("GZ-2025-FIXED");
    private static final LocalDate PAID = LocalDate.of(2025, 4, 15);

    private final LedgerScenario ledger = new LedgerScenario().given(
            register(GUIZHOU, "贵州省总工会", UnionBodyLevel.PROVINCE, null),
            register(QIANDONGNAN, "黔东南州总工会", UnionBodyLevel.CITY, GUIZHOU),
            register(RONGJIANG, "榕江县总工会", UnionBodyLevel.COUNTY, QIANDONGNAN),
            register(CONGJIANG, "从江县总工会", UnionBodyLevel.COUNTY, QIANDONGNAN),
            register(LEISHAN, "雷山县总工会", UnionBodyLevel.COUNTY, QIANDONGNAN),
            register(GUIYANG, "贵阳市总工会", UnionBodyLevel.CITY, GUIZHOU),
            register(HUAXI, "花溪区总工会", UnionBodyLevel.COUNTY, GUIYANG),
            new EstablishFundCommand(GZ_LEDGER, FUND, GUIZHOU, 2025, FundPurpose.FIXED_SUBSIDY, yuan(5_000_000),
                    List.of(), LocalDate.of(2025, 1, 5)));

    private static RegisterUnionBodyCommand register(BodyId body, String name, UnionBodyLevel level,
            BodyId parent) {
        return new RegisterUnionBodyCommand(GZ_LEDGER, body, name, level, parent);
    }

    private static GrantFixedSubsidiesCommand grant(String id, BodyId from, SubsidyGrant... grants) {
        return new GrantFixedSubsidiesCommand(GZ_LEDGER, new SubsidyId(id), from, FUND, null, 2025, List.of(grants),
                PAID);
    }

    private static AccountRef line(BodyId body) {
        return AccountRef.fund(body, 2025, FUND, null);
    }

    @Test
    void the_province_pays_three_county_unions_in_one_posting() {
        GrantFixedSubsidiesCommand command = grant("S-GZ-2025", GUIZHOU,
                new SubsidyGrant(RONGJIANG, yuan(1_700_000)), new SubsidyGrant(CONGJIANG, yuan(1_650_000)),
                new SubsidyGrant(LEISHAN, yuan(1_650_000)));
        ledger.when(command)
                .expectEvents(new FixedSubsidiesGrantedEvent(GZ_LEDGER, new SubsidyId("S-GZ-2025"), GUIZHOU, FUND,
                        null, 2025, command.grants(), posting("S-GZ-2025", PAID,
                                leg(line(GUIZHOU), yuan(-5_000_000)),
                                leg(line(RONGJIANG), yuan(1_700_000)),
                                leg(line(CONGJIANG), yuan(1_650_000)),
                                leg(line(LEISHAN), yuan(1_650_000))),
                        Fingerprint.of(command)));
    }

    @Test
    void the_whole_posting_is_refused_when_one_receiver_is_outside_the_subtree() {
        ledger.given(new AllocateFundsCommand(GZ_LEDGER, new AllocationId("A-QDN"), GUIZHOU, FUND, null, QIANDONGNAN,
                        yuan(3_000_000), PAID, null))
                .when(grant("S-QDN-2025", QIANDONGNAN, new SubsidyGrant(RONGJIANG, yuan(1_000_000)),
                        new SubsidyGrant(CONGJIANG, yuan(1_000_000)), new SubsidyGrant(HUAXI, yuan(1_000_000))))
                .expectException(violation("not-in-subtree", "grants[2].toBodyId"))
                .expectNoEvents();
    }

    @Test
    void subsidies_beyond_the_fund_are_refused() {
        ledger.when(grant("S-GZ-2025", GUIZHOU, new SubsidyGrant(RONGJIANG, yuan(3_000_000)),
                        new SubsidyGrant(CONGJIANG, yuan(2_000_001))))
                .expectException(violation("insufficient-funds", "grants"))
                .expectNoEvents();
    }

    @Test
    void the_payment_date_must_lie_in_the_subsidy_year() {
        ledger.when(new GrantFixedSubsidiesCommand(GZ_LEDGER, new SubsidyId("S-X"), GUIZHOU, FUND, null, 2025,
                        List.of(new SubsidyGrant(RONGJIANG, yuan(1))), LocalDate.of(2026, 1, 2)))
                .expectException(violation("invalid-date", "effectiveDate"))
                .expectNoEvents();
    }

    @Test
    void a_batch_without_grants_is_refused() {
        ledger.when(grant("S-EMPTY", GUIZHOU))
                .expectException(violation("invalid-amount", "grants"))
                .expectNoEvents();
    }
}
