package org.unionfund.ledger.recuperation.standard.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.recuperation.standard.api.SetStandardCommand;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardSetResult;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;

/** Zhejiang's daily price cap for recuperation trips: 400 yuan from 2015, 600 from 2020. */
class StandardScheduleTest {

    private static final BodyId ZHEJIANG = new BodyId("330000");
    private static final StandardScheduleId CAP = StandardScheduleId.of(ZHEJIANG, StandardKind.DAILY_PRICE_CAP);
    private static final LocalDate FROM_2015 = LocalDate.of(2015, 1, 1);
    private static final LocalDate FROM_2020 = LocalDate.of(2020, 1, 1);

    private final FixtureConfiguration<StandardSchedule> fixture = new AggregateTestFixture<>(StandardSchedule.class);

    private static SetStandardCommand cap(String id, long yuan, LocalDate from, String supersedes) {
        return new SetStandardCommand(CAP, new StandardId(id), ZHEJIANG, StandardKind.DAILY_PRICE_CAP,
                StandardValue.money(Money.ofYuan(yuan)), from, supersedes == null ? null : new StandardId(supersedes));
    }

    private static StandardSetEvent set(SetStandardCommand c) {
        return new StandardSetEvent(c.scheduleId(), c.standardId(), c.regionBodyId(), c.kind(), c.value(),
                c.effectiveFrom(), c.supersedesStandardId());
    }

    private static Matcher<Object> violation(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolation v && rule.equals(v.rule()) && field.equals(v.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation " + rule + " on " + field);
            }
        };
    }

    @Test
    void the_first_standard_opens_the_schedule() {
        SetStandardCommand command = cap("ZJ-CAP-2015", 400, FROM_2015, null);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(set(command))
                .expectResultMessagePayload(new StandardSetResult(CAP, new StandardEntry(command.standardId(),
                        command.value(), FROM_2015, null)));
    }

    @Test
    void a_later_date_supersedes_from_that_date_on() {
        SetStandardCommand raise = cap("ZJ-CAP-2020", 600, FROM_2020, null);
        fixture.givenCommands(cap("ZJ-CAP-2015", 400, FROM_2015, null))
                .when(raise)
                .expectEvents(set(raise))
                .expectState(schedule -> {
                    assertThat(schedule.inForceOn(LocalDate.of(2019, 8, 1))).get()
                            .extracting(e -> e.value().amount()).isEqualTo(Money.ofYuan(400));
                    assertThat(schedule.inForceOn(LocalDate.of(2025, 5, 1))).get()
                            .extracting(e -> e.value().amount()).isEqualTo(Money.ofYuan(600));
                    assertThat(schedule.inForceOn(LocalDate.of(2014, 12, 31))).isEmpty();
                });
    }

    @Test
    void setting_a_date_again_without_naming_the_replaced_standard_is_refused() {
        fixture.givenCommands(cap("ZJ-CAP-2020", 600, FROM_2020, null))
                .when(cap("ZJ-CAP-2020B", 650, FROM_2020, null))
                .expectException(violation("supersession-required", "supersedesStandardId"))
                .expectNoEvents();
    }

    @Test
    void a_correction_of_the_same_date_names_the_standard_it_replaces() {
        SetStandardCommand correction = cap("ZJ-CAP-2020B", 650, FROM_2020, "ZJ-CAP-2020");
        fixture.givenCommands(cap("ZJ-CAP-2020", 600, FROM_2020, null))
                .when(correction)
                .expectEvents(set(correction))
                .expectState(schedule -> assertThat(schedule.inForceOn(FROM_2020)).get()
                        .extracting(StandardEntry::standardId).isEqualTo(new StandardId("ZJ-CAP-2020B")));
    }

    @Test
    void a_correction_naming_another_standard_is_refused() {
        fixture.givenCommands(cap("ZJ-CAP-2015", 400, FROM_2015, null), cap("ZJ-CAP-2020", 600, FROM_2020, null))
                .when(cap("ZJ-CAP-2020B", 650, FROM_2020, "ZJ-CAP-2015"))
                .expectException(violation("supersession-mismatch", "supersedesStandardId"))
                .expectNoEvents();
    }

    @Test
    void a_supersession_on_a_new_date_is_refused() {
        fixture.givenCommands(cap("ZJ-CAP-2015", 400, FROM_2015, null))
                .when(cap("ZJ-CAP-2020", 600, FROM_2020, "ZJ-CAP-2015"))
                .expectException(violation("supersession-mismatch", "supersedesStandardId"))
                .expectNoEvents();
    }

    @Test
    void repeating_a_standard_writes_nothing_and_returns_the_same_result() {
        SetStandardCommand command = cap("ZJ-CAP-2015", 400, FROM_2015, null);
        fixture.givenCommands(command)
                .when(command)
                .expectNoEvents()
                .expectResultMessagePayload(new StandardSetResult(CAP, new StandardEntry(command.standardId(),
                        command.value(), FROM_2015, null)));
    }

    @Test
    void reusing_a_standard_id_with_another_value_is_refused() {
        fixture.givenCommands(cap("ZJ-CAP-2015", 400, FROM_2015, null))
                .when(cap("ZJ-CAP-2015", 450, FROM_2015, null))
                .expectException(violation("idempotency-conflict", "standardId"))
                .expectNoEvents();
    }

    @Test
    void a_price_cap_needs_an_amount_of_money() {
        fixture.givenNoPriorActivity()
                .when(new SetStandardCommand(CAP, new StandardId("ZJ-CAP"), ZHEJIANG, StandardKind.DAILY_PRICE_CAP,
                        StandardValue.days(5), FROM_2015, null))
                .expectException(violation("invalid-amount", "value"))
                .expectNoEvents();
    }

    @Test
    void a_trip_length_limit_is_a_number_of_days() {
        StandardScheduleId lengths = StandardScheduleId.of(ZHEJIANG, StandardKind.TRIP_LENGTH_LIMIT);
        SetStandardCommand command = new SetStandardCommand(lengths, new StandardId("ZJ-LEN-2015"), ZHEJIANG,
                StandardKind.TRIP_LENGTH_LIMIT, StandardValue.days(5), FROM_2015, null);
        fixture.givenNoPriorActivity().when(command).expectEvents(set(command));
    }

    @Test
    void the_schedule_id_must_name_region_and_kind() {
        fixture.givenNoPriorActivity()
                .when(new SetStandardCommand(new StandardScheduleId("330000:ANNUAL_CAP_PER_WORKER"),
                        new StandardId("ZJ-CAP"), ZHEJIANG, StandardKind.DAILY_PRICE_CAP,
                        StandardValue.money(Money.ofYuan(400)), FROM_2015, null))
                .expectException(violation("invalid-id", "scheduleId"))
                .expectNoEvents();
    }
}
