package org.unionfund.ledger.recuperation.settlement.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.recuperation.trip.command.Trip;
import org.unionfund.ledger.recuperation.trip.command.TripRulesProperties;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

class TripDisplayNameTest {

    private FixtureConfiguration<Trip> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Trip.class);
        FakeTripParties parties = new FakeTripParties();
        parties.standard(new StandardSetEvent(StandardScheduleId.of(GongshuCase.ZHEJIANG,
                StandardKind.DAILY_PRICE_CAP), new StandardId("ZJ-CAP-2020"), GongshuCase.ZHEJIANG,
                StandardKind.DAILY_PRICE_CAP, StandardValue.money(yuan(600)), LocalDate.of(2020, 1, 1), null));
        fixture.registerAnnotatedCommandHandler(new TripCommandHandler(fixture.getRepository(), parties,
                TripRulesProperties.defaults()));
    }

    private static ScheduleTripCommand trip(String name) {
        return new ScheduleTripCommand(new TripId("T-1"), GongshuCase.PROGRAMME, GongshuCase.AGENCY, GongshuCase.ANJI,
                LocalDate.of(2025, 6, 3), 3, yuan(450), name);
    }

    @Test
    void the_display_name_is_carried_to_the_event() {
        fixture.givenNoPriorActivity().when(trip(" 安吉6月3日起3日疗休养 "))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(named("安吉6月3日起3日疗休养"), andNoMore())));
    }

    @Test
    void a_trip_without_a_name_records_none() {
        fixture.givenNoPriorActivity().when(trip(""))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(named(null), andNoMore())));
    }

    private static Matcher<Object> named(String name) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof TripScheduledEvent e && java.util.Objects.equals(name, e.name());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a trip named " + name);
            }
        };
    }
}
