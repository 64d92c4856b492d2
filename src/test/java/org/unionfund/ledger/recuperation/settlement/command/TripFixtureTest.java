package org.unionfund.ledger.recuperation.settlement.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.testsupport.GongshuCase.AKSU;
import static org.unionfund.ledger.testsupport.GongshuCase.EARMARKED_LINE;
import static org.unionfund.ledger.testsupport.GongshuCase.OWN_LINE;
import static org.unionfund.ledger.testsupport.GongshuCase.courier;
import static org.unionfund.ledger.testsupport.GongshuCase.family;
import static org.unionfund.ledger.testsupport.GongshuCase.frontline;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.recuperation.trip.command.Trip;
import org.unionfund.ledger.recuperation.trip.command.TripRulesProperties;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.RechargeParticipantCommand;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;
import org.unionfund.ledger.recuperation.worker.api.FundWorkerCommand;

/** The rules a trip enforces itself, on an {@link AggregateTestFixture} with the trip handler and stand-ins. */
class TripFixtureTest {

    private static final TripId TRIP = new TripId("T-1");
    private FixtureConfiguration<Trip> fixture;
    private FakeTripParties parties;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Trip.class);
        parties = new FakeTripParties();
        parties.standard(cap("ZJ-CAP-2015", 400, LocalDate.of(2015, 1, 1)));
        parties.standard(cap("ZJ-CAP-2020", 600, LocalDate.of(2020, 1, 1)));
        fixture.registerAnnotatedCommandHandler(new TripCommandHandler(fixture.getRepository(), parties,
                TripRulesProperties.defaults()));
    }

    private static StandardSetEvent cap(String id, long yuan, LocalDate from) {
        return new StandardSetEvent(StandardScheduleId.of(GongshuCase.ZHEJIANG, StandardKind.DAILY_PRICE_CAP),
                new StandardId(id), GongshuCase.ZHEJIANG, StandardKind.DAILY_PRICE_CAP, StandardValue.money(yuan(yuan)),
                from, null);
    }

    private void year(int year) {
        ProgrammeTerms t = parties.terms;
        parties.terms = new ProgrammeTerms(t.programmeId(), t.ledgerId(), t.bodyId(), t.bodyPath(), year,
                t.eligibleCategories(), t.tripDays(), t.frequencyRule(), t.annualCapPerWorker(), t.lines());
    }

    private static ScheduleTripCommand trip(LocalDate start, int days, long price) {
        return new ScheduleTripCommand(TRIP, GongshuCase.PROGRAMME, GongshuCase.AGENCY, GongshuCase.ANJI, start, days,
                yuan(price));
    }

    static Matcher<Object> violation(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolation v && rule.equals(v.rule()) && (field == null
                        || field.equals(v.field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(rule + " on " + field);
            }
        };
    }

    @Test
    void a_2019_trip_is_judged_by_400_a_2025_trip_by_600() {
        year(2019);
        fixture.givenNoPriorActivity().when(trip(LocalDate.of(2019, 6, 3), 3, 450))
                .expectException(violation("standard-exceeded", "pricePerPersonPerDay")).expectNoEvents();
        fixture.givenNoPriorActivity().when(trip(LocalDate.of(2019, 6, 3), 3, 400)).expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(judgedBy("ZJ-CAP-2015", 400),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        year(2025);
        fixture.givenNoPriorActivity().when(trip(LocalDate.of(2025, 6, 3), 3, 601))
                .expectException(violation("standard-exceeded", "pricePerPersonPerDay"));
        fixture.givenNoPriorActivity().when(trip(LocalDate.of(2025, 6, 3), 3, 450))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(judgedBy("ZJ-CAP-2020", 600),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    private static Matcher<Object> judgedBy(String standard, long yuan) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof TripScheduledEvent e && e.priceCap().standardId().value().equals(standard)
                        && e.priceCap().value().amount().equals(yuan(yuan))
                        && e.costPerPerson().equals(e.pricePerPersonPerDay().times(e.days()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a trip judged by " + standard);
            }
        };
    }

    @Test
    void trips_longer_than_5_days_or_7_to_a_paired_region_are_refused() {
        fixture.givenNoPriorActivity().when(trip(LocalDate.of(2025, 6, 3), 6, 500))
                .expectException(violation("trip-too-long", "days")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new ScheduleTripCommand(TRIP, GongshuCase.PROGRAMME, GongshuCase.AGENCY,
                AKSU, LocalDate.of(2025, 6, 3), 7, yuan(500))).expectSuccessfulHandlerExecution();
        parties.terms = new ProgrammeTerms(parties.terms.programmeId(), parties.terms.ledgerId(),
                parties.terms.bodyId(), parties.terms.bodyPath(), 2025, parties.terms.eligibleCategories(),
                List.of(8), FrequencyRule.ONCE_PER_YEAR, null, parties.terms.lines());
        fixture.givenNoPriorActivity().when(new ScheduleTripCommand(TRIP, GongshuCase.PROGRAMME, GongshuCase.AGENCY,
                AKSU, LocalDate.of(2025, 6, 3), 8, yuan(500))).expectException(violation("trip-too-long", "days"));
    }

    private List<Object> scheduledAndEnrolled(Participant... participants) {
        return List.of(trip(LocalDate.of(2025, 6, 3), 3, 580),
                new EnrolParticipantsCommand(TRIP, new EnrolmentId("E-1"), List.of(participants)));
    }

    private static SettleTripCommand settle(AttendeeFunding... attendees) {
        return new SettleTripCommand(TRIP, new SettlementId("S-1"), List.of(attendees), null, null);
    }

    private static AttendeeFunding went(String id) {
        return new AttendeeFunding(new ParticipantId(id), null);
    }

    @Test
    void a_family_member_is_never_charged() {
        fixture.givenCommands(scheduledAndEnrolled(frontline("p1", 1), family("fam")))
                .when(settle(went("p1"), new AttendeeFunding(new ParticipantId("fam"), OWN_LINE)))
                .expectException(violation("family-member-charged", "attendees[1].line")).expectNoEvents();
        assertThat(parties.ledgerCalls).isEmpty();
    }

    @Test
    void no_shows_are_not_paid_and_family_members_travel_at_own_cost() {
        fixture.givenCommands(scheduledAndEnrolled(frontline("p1", 1), frontline("p2", 2), family("fam")))
                .when(settle(went("p1"), went("fam")))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(new TypeSafeMatcher<Object>() {
                            @Override
                            protected boolean matchesSafely(Object item) {
                                return item instanceof TripSettledEvent e && e.charges().size() == 1
                                        && e.charges().get(0).participantId().value().equals("p1")
                                        && e.charges().get(0).amount().equals(yuan(1_740))
                                        && e.noShows().equals(List.of(new ParticipantId("p2")))
                                        && e.selfPaid().equals(List.of(new ParticipantId("fam")))
                                        && e.total().equals(yuan(1_740));
                            }

                            @Override
                            public void describeTo(Description description) {
                                description.appendText("p1 paid 1740, p2 a no-show, fam self-paid");
                            }
                        }, org.axonframework.test.matchers.Matchers.andNoMore())));
        assertThat(parties.workerCalls).singleElement().satisfies(c -> assertThat(((FundWorkerCommand) c).year())
                .isEqualTo(2025));
    }

    @Test
    void an_ineligible_category_is_refused_at_enrolment() {
        fixture.givenCommands(List.of(trip(LocalDate.of(2025, 6, 3), 3, 580)))
                .when(new EnrolParticipantsCommand(TRIP, new EnrolmentId("E-1"), List.of(GongshuCase.worker("h", 9,
                        org.unionfund.ledger.kernel.WorkerCategory.HARDSHIP,
                        org.unionfund.ledger.kernel.EmployerOwnership.STATE_OWNED))))
                .expectException(violation("category-not-eligible", "participants[0].category"));
    }

    @Test
    void corrections_reverse_and_recharge_referencing_the_original() {
        List<Object> given = new java.util.ArrayList<>(scheduledAndEnrolled(frontline("p1", 1), courier("c1", 3)));
        given.add(settle(went("p1"), went("c1")));
        fixture.givenCommands(given)
                .when(new RemoveNoShowCommand(TRIP, new CorrectionId("K-1"), new ParticipantId("p1"), "did not go",
                        LocalDate.of(2025, 6, 20)))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(new TypeSafeMatcher<Object>() {
                            @Override
                            protected boolean matchesSafely(Object item) {
                                return item instanceof NoShowRemovedEvent e && e.originalPostingId()
                                        .equals(PostingId.tripSettlement(TRIP.value())) && e.charge().amount().equals(yuan(1_740));
                            }

                            @Override
                            public void describeTo(Description description) {
                                description.appendText("p1's charge reversed against the settlement posting");
                            }
                        }, org.axonframework.test.matchers.Matchers.andNoMore())));
        fixture.givenCommands(given)
                .when(new RechargeParticipantCommand(TRIP, new CorrectionId("K-2"), new ParticipantId("c1"),
                        EARMARKED_LINE, "belongs on the earmark", LocalDate.of(2025, 6, 20)))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(new TypeSafeMatcher<Object>() {
                            @Override
                            protected boolean matchesSafely(Object item) {
                                return item instanceof ParticipantRechargedEvent e
                                        && e.originalPostingId().equals(PostingId.tripSettlement(TRIP.value()))
                                        && e.reversal().id().equals(PostingId.tripReversal(TRIP.value(), 1))
                                        && e.charge().id().equals(PostingId.tripCharge(TRIP.value(), 1))
                                        && e.toLine().equals(EARMARKED_LINE);
                            }

                            @Override
                            public void describeTo(Description description) {
                                description.appendText("c1 moved to the earmark");
                            }
                        }, org.axonframework.test.matchers.Matchers.andNoMore())));
        fixture.givenCommands(given)
                .when(new RemoveNoShowCommand(TRIP, new CorrectionId("K-3"), new ParticipantId("nobody"), "x",
                        LocalDate.of(2025, 6, 20)))
                .expectException(violation("unknown-participant", "participantId"));
    }

    @Test
    void a_trip_is_settled_once() {
        List<Object> given = new java.util.ArrayList<>(scheduledAndEnrolled(frontline("p1", 1)));
        given.add(settle(went("p1")));
        fixture.givenCommands(given)
                .when(new SettleTripCommand(TRIP, new SettlementId("S-2"), List.of(went("p1")), null, null))
                .expectException(violation("already-settled", "settlementId"));
        fixture.givenCommands(given).when(settle(went("p1"))).expectNoEvents().expectSuccessfulHandlerExecution();
        assertThat(new LedgerId("330000").rootBodyId()).isEqualTo("330000");
    }

    @Test
    void a_december_trip_settled_in_january_is_charged_to_the_programme_year() {
        fixture.givenCommands(List.of(trip(LocalDate.of(2025, 12, 28), 3, 580),
                new EnrolParticipantsCommand(TRIP, new EnrolmentId("E-1"), List.of(frontline("p1", 1)))))
                .when(new SettleTripCommand(TRIP, new SettlementId("S-1"), List.of(went("p1")), null,
                        LocalDate.of(2026, 1, 12)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(new TypeSafeMatcher<Object>() {
                            @Override
                            protected boolean matchesSafely(Object item) {
                                return item instanceof TripSettledEvent e
                                        && e.settledOn().equals(LocalDate.of(2026, 1, 12))
                                        && e.posting().effectiveDate().equals(LocalDate.of(2025, 12, 31));
                            }

                            @Override
                            public void describeTo(Description description) {
                                description.appendText("settled on 12 January, booked on 31 December");
                            }
                        }, org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void a_trip_is_not_settled_before_it_starts_or_two_years_on() {
        List<Object> given = List.of(trip(LocalDate.of(2025, 12, 28), 3, 580),
                new EnrolParticipantsCommand(TRIP, new EnrolmentId("E-1"), List.of(frontline("p1", 1))));
        fixture.givenCommands(given).when(new SettleTripCommand(TRIP, new SettlementId("S-1"), List.of(went("p1")),
                null, LocalDate.of(2025, 12, 27))).expectException(violation("invalid-date", "settledOn"))
                .expectNoEvents();
        fixture.givenCommands(given).when(new SettleTripCommand(TRIP, new SettlementId("S-1"), List.of(went("p1")),
                null, LocalDate.of(2027, 1, 4))).expectException(violation("invalid-date", "settledOn"))
                .expectNoEvents();
    }
}
