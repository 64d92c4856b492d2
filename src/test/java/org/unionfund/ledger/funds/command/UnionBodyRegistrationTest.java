package org.unionfund.ledger.funds.command;

import static org.unionfund.ledger.funds.command.LedgerScenario.violation;
import static org.unionfund.ledger.funds.command.LedgerTestData.GONGSHU;
import static org.unionfund.ledger.funds.command.LedgerTestData.HANGZHOU;
import static org.unionfund.ledger.funds.command.LedgerTestData.NINGBO;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_LEDGER;
import static org.unionfund.ledger.funds.command.LedgerTestData.register;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;

class UnionBodyRegistrationTest {

    private final LedgerScenario ledger = new LedgerScenario();
    private final RegisterUnionBodyCommand zhejiang = register(ZHEJIANG, "浙江省总工会", UnionBodyLevel.PROVINCE, null);
    private final RegisterUnionBodyCommand hangzhou = register(HANGZHOU, "杭州市总工会", UnionBodyLevel.CITY, ZHEJIANG);

    @Test
    void registering_the_root_body_opens_the_ledger() {
        ledger.when(zhejiang)
                .expectEvents(new UnionBodyRegisteredEvent(ZJ_LEDGER, ZHEJIANG, "浙江省总工会", UnionBodyLevel.PROVINCE,
                        null))
                .expectResultMessagePayload(new LedgerCommandResult("330000", "UnionBodyRegisteredEvent", null));
    }

    @Test
    void a_parentless_city_such_as_dalian_is_the_root_of_its_own_ledger() {
        BodyId dalian = new BodyId("210200");
        ledger.when(new RegisterUnionBodyCommand(new LedgerId("210200"), dalian, "大连市总工会", UnionBodyLevel.CITY,
                        null))
                .expectEvents(new UnionBodyRegisteredEvent(new LedgerId("210200"), dalian, "大连市总工会",
                        UnionBodyLevel.CITY, null));
    }

    @Test
    void a_child_is_registered_under_its_parent() {
        ledger.given(zhejiang)
                .when(hangzhou)
                .expectEvents(new UnionBodyRegisteredEvent(ZJ_LEDGER, HANGZHOU, "杭州市总工会", UnionBodyLevel.CITY,
                        ZHEJIANG));
    }

    @Test
    void a_child_of_an_unregistered_parent_is_refused() {
        ledger.given(zhejiang)
                .when(register(GONGSHU, "拱墅区总工会", UnionBodyLevel.COUNTY, HANGZHOU))
                .expectException(violation("unknown-body", "parentId"))
                .expectNoEvents();
    }

    @Test
    void a_child_cannot_open_a_ledger_that_does_not_exist() {
        ledger.when(hangzhou)
                .expectException(violation("unknown-body", "parentId"))
                .expectNoEvents();
    }

    @Test
    void repeating_a_registration_writes_nothing_and_returns_the_same_result() {
        ledger.given(zhejiang, hangzhou)
                .when(hangzhou)
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerCommandResult("330100", "UnionBodyRegisteredEvent", null));
    }

    @Test
    void repeating_the_ledger_opening_registration_is_idempotent_too() {
        ledger.given(zhejiang)
                .when(zhejiang)
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerCommandResult("330000", "UnionBodyRegisteredEvent", null));
    }

    @Test
    void registering_a_body_again_with_other_details_is_refused() {
        ledger.given(zhejiang, hangzhou)
                .when(register(HANGZHOU, "杭州市", UnionBodyLevel.CITY, ZHEJIANG))
                .expectException(violation("duplicate-body", "bodyId"))
                .expectNoEvents();
    }

    @Test
    void a_parentless_body_other_than_the_root_is_refused() {
        ledger.given(zhejiang)
                .when(register(new BodyId("210200"), "大连市总工会", UnionBodyLevel.CITY, null))
                .expectException(violation("root-mismatch", "parentId"))
                .expectNoEvents();
    }

    @Test
    void a_regional_body_needs_a_six_digit_administrative_code() {
        ledger.given(zhejiang)
                .when(register(new BodyId("hangzhou"), "杭州市总工会", UnionBodyLevel.CITY, ZHEJIANG))
                .expectException(violation("invalid-body-id", "bodyId"))
                .expectNoEvents();
    }

    @Test
    void a_county_code_outside_its_city_is_refused() {
        ledger.given(zhejiang, hangzhou, register(NINGBO, "宁波市总工会", UnionBodyLevel.CITY, ZHEJIANG))
                .when(register(GONGSHU, "拱墅区总工会", UnionBodyLevel.COUNTY, NINGBO))
                .expectException(violation("invalid-body-id", "bodyId"))
                .expectNoEvents();
    }

    @Test
    void industry_and_grassroots_unions_may_use_any_safe_id() {
        BodyId grassroots = new BodyId("GS-SF-EXPRESS-01");
        ledger.given(zhejiang, hangzhou, register(GONGSHU, "拱墅区总工会", UnionBodyLevel.COUNTY, HANGZHOU))
                .when(register(grassroots, "顺丰速运拱墅站工会", UnionBodyLevel.GRASSROOTS, GONGSHU))
                .expectEvents(new UnionBodyRegisteredEvent(ZJ_LEDGER, grassroots, "顺丰速运拱墅站工会",
                        UnionBodyLevel.GRASSROOTS, GONGSHU));
    }
}
