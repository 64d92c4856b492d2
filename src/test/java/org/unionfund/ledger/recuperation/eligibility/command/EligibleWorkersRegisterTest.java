package org.unionfund.ledger.recuperation.eligibility.command;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.recuperation.eligibility.api.EligibilityRuleViolation;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCount;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCountChange;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersId;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersResult;
import org.unionfund.ledger.recuperation.eligibility.api.RegisterEligibleWorkersCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.funds.command.Fingerprint;

/** The eligible-workers register: counts per category and year, replaced by later registrations, idempotent by id. */
class EligibleWorkersRegisterTest {

    private static final BodyId GONGSHU = new BodyId("330105");
    private static final EligibleWorkersId REGISTER = new EligibleWorkersId(GONGSHU);
    private static final LedgerId LEDGER = new LedgerId("330000");
    private static final List<BodyId> PATH = List.of(GONGSHU, new BodyId("330100"), new BodyId("330000"));

    private AggregateTestFixture<EligibleWorkersRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EligibleWorkersRegister.class);
    }

    private static RegisterEligibleWorkersCommand register(String id, int year, EligibleCount... counts) {
        return new RegisterEligibleWorkersCommand(REGISTER, id, LEDGER, PATH, year, List.of(counts));
    }

    private static EligibleWorkersRegisteredEvent registered(RegisterEligibleWorkersCommand c,
            EligibleCountChange... changes) {
        return new EligibleWorkersRegisteredEvent(REGISTER, c.registrationId(), LEDGER, GONGSHU, PATH, c.year(),
                List.of(changes), Fingerprint.of(c));
    }

    @Test
    void first_registration_records_counts_replacing_nothing() {
        RegisterEligibleWorkersCommand c = register("REG-1", 2025, new EligibleCount(WorkerCategory.FRONTLINE, 100),
                new EligibleCount(WorkerCategory.NEW_FORM, 20));
        EligibleCountChange frontline = new EligibleCountChange(WorkerCategory.FRONTLINE, 100, 0);
        EligibleCountChange newForm = new EligibleCountChange(WorkerCategory.NEW_FORM, 20, 0);
        fixture.givenNoPriorActivity()
                .when(c)
                .expectEvents(registered(c, frontline, newForm))
                .expectResultMessagePayload(new EligibleWorkersResult("330105", "REG-1", 2025,
                        List.of(frontline, newForm)));
    }

    @Test
    void a_later_registration_replaces_the_count_of_its_year_and_category_and_names_the_previous_one() {
        RegisterEligibleWorkersCommand first = register("REG-1", 2025,
                new EligibleCount(WorkerCategory.FRONTLINE, 100));
        RegisterEligibleWorkersCommand correction = register("REG-2", 2025,
                new EligibleCount(WorkerCategory.FRONTLINE, 120), new EligibleCount(WorkerCategory.HARDSHIP, 3));
        RegisterEligibleWorkersCommand otherYear = register("REG-3", 2026,
                new EligibleCount(WorkerCategory.FRONTLINE, 90));
        fixture.given(registered(first, new EligibleCountChange(WorkerCategory.FRONTLINE, 100, 0)))
                .when(correction)
                .expectEvents(registered(correction, new EligibleCountChange(WorkerCategory.FRONTLINE, 120, 100),
                        new EligibleCountChange(WorkerCategory.HARDSHIP, 3, 0)));
        fixture.given(registered(first, new EligibleCountChange(WorkerCategory.FRONTLINE, 100, 0)))
                .when(otherYear)
                .expectEvents(registered(otherYear, new EligibleCountChange(WorkerCategory.FRONTLINE, 90, 0)));
    }

    @Test
    void the_same_request_again_records_nothing_and_returns_the_original_result() {
        RegisterEligibleWorkersCommand c = register("REG-1", 2025, new EligibleCount(WorkerCategory.FRONTLINE, 100));
        EligibleCountChange change = new EligibleCountChange(WorkerCategory.FRONTLINE, 100, 0);
        fixture.given(registered(c, change))
                .when(c)
                .expectNoEvents()
                .expectResultMessagePayload(new EligibleWorkersResult("330105", "REG-1", 2025, List.of(change)));
    }

    @Test
    void the_same_id_with_other_content_is_an_idempotency_conflict() {
        RegisterEligibleWorkersCommand c = register("REG-1", 2025, new EligibleCount(WorkerCategory.FRONTLINE, 100));
        fixture.given(registered(c, new EligibleCountChange(WorkerCategory.FRONTLINE, 100, 0)))
                .when(register("REG-1", 2025, new EligibleCount(WorkerCategory.FRONTLINE, 101)))
                .expectNoEvents()
                .expectException(EligibilityRuleViolation.class)
                .expectExceptionMessage("registration REG-1 was already made with other content");
    }

    @Test
    void invalid_registrations_are_refused() {
        fixture.givenNoPriorActivity()
                .when(register("REG-1", 2025, new EligibleCount(WorkerCategory.FRONTLINE, -1)))
                .expectNoEvents().expectException(EligibilityRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(register("REG-1", 2025, new EligibleCount(WorkerCategory.FRONTLINE, 1),
                        new EligibleCount(WorkerCategory.FRONTLINE, 2)))
                .expectNoEvents().expectException(EligibilityRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(register("REG-1", 1999, new EligibleCount(WorkerCategory.FRONTLINE, 1)))
                .expectNoEvents().expectException(EligibilityRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(register("REG-1", 2025))
                .expectNoEvents().expectException(EligibilityRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new RegisterEligibleWorkersCommand(REGISTER, "REG-1", LEDGER, List.of(new BodyId("330100")),
                        2025, List.of(new EligibleCount(WorkerCategory.FRONTLINE, 1))))
                .expectNoEvents().expectException(EligibilityRuleViolation.class);
    }
}
