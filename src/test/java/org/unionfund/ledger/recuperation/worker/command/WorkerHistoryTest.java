package org.unionfund.ledger.recuperation.worker.command;

import static org.unionfund.ledger.testsupport.GongshuCase.PROGRAMME;
import static org.unionfund.ledger.testsupport.GongshuCase.PSEUDONYMS;
import static org.unionfund.ledger.testsupport.GongshuCase.idNumber;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.worker.api.FundWorkerCommand;
import org.unionfund.ledger.recuperation.worker.api.ReleaseWorkerFundingCommand;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundedEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerHistoryId;

/** The frequency rule and the annual cap per worker, across trips and programmes. */
class WorkerHistoryTest {

    private static final WorkerHistoryId WORKER = new WorkerHistoryId(PSEUDONYMS.of(idNumber(1)));
    private final FixtureConfiguration<WorkerHistory> fixture = new AggregateTestFixture<>(WorkerHistory.class);

    private static FundWorkerCommand fund(String trip, int year, long yuan, FrequencyRule rule, Money cap) {
        return new FundWorkerCommand(WORKER, new TripId(trip), new ParticipantId("p"), PROGRAMME,
                new SettlementId("S-" + trip), year, yuan(yuan), rule, cap);
    }

    private static org.hamcrest.Matcher<Object> rule(String code) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolation v && v.rule().equals(code);
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText(code);
            }
        };
    }

    @Test
    void a_second_funded_trip_in_a_once_a_year_programme_is_refused() {
        fixture.givenCommands(fund("T-1", 2025, 1_740, FrequencyRule.ONCE_PER_YEAR, null))
                .when(fund("T-2", 2025, 300, FrequencyRule.ONCE_PER_YEAR, null))
                .expectException(rule("frequency-exceeded")).expectNoEvents();
        fixture.givenCommands(fund("T-1", 2024, 1_740, FrequencyRule.ONCE_PER_YEAR, null))
                .when(fund("T-2", 2025, 300, FrequencyRule.ONCE_PER_TWO_YEARS, null))
                .expectException(rule("frequency-exceeded"));
        fixture.givenCommands(fund("T-1", 2023, 1_740, FrequencyRule.ONCE_PER_YEAR, null))
                .when(fund("T-2", 2025, 300, FrequencyRule.ONCE_PER_TWO_YEARS, null))
                .expectEvents(new WorkerFundedEvent(WORKER, new TripId("T-2"), new ParticipantId("p"), PROGRAMME,
                        new SettlementId("S-T-2"), 2025, yuan(300), FrequencyRule.ONCE_PER_TWO_YEARS, null));
    }

    @Test
    void the_annual_cap_counts_every_trip_of_the_year() {
        fixture.givenCommands(fund("T-1", 2025, 1_740, FrequencyRule.UNLIMITED, yuan(3_000)))
                .when(fund("T-2", 2025, 1_740, FrequencyRule.UNLIMITED, yuan(3_000)))
                .expectException(rule("annual-cap-exceeded")).expectNoEvents();
        fixture.givenCommands(fund("T-1", 2025, 1_740, FrequencyRule.UNLIMITED, yuan(3_000)))
                .when(fund("T-2", 2025, 1_260, FrequencyRule.UNLIMITED, yuan(3_000)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_released_funding_no_longer_counts() {
        fixture.givenCommands(fund("T-1", 2025, 1_740, FrequencyRule.ONCE_PER_YEAR, null),
                        new ReleaseWorkerFundingCommand(WORKER, new TripId("T-1"), new ParticipantId("p"),
                                new CorrectionId("K-1"), "did not travel"))
                .when(fund("T-2", 2025, 300, FrequencyRule.ONCE_PER_YEAR, null))
                .expectSuccessfulHandlerExecution();
    }
}
