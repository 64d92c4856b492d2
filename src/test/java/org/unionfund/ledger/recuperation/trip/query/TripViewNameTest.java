package org.unionfund.ledger.recuperation.trip.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

class TripViewNameTest {

    private static TripScheduledEvent scheduled(String name) {
        return new TripScheduledEvent(new TripId("T-1"), GongshuCase.PROGRAMME, GongshuCase.LEDGER, GongshuCase.GONGSHU,
                2025, GongshuCase.AGENCY, GongshuCase.ANJI, "330523", false, LocalDate.of(2025, 4, 14), 3,
                Money.ofYuan(500), Money.ofYuan(1500), null, null, null, Set.of(), "sha256:x", name);
    }

    private static TripView fold(TripScheduledEvent event) {
        TripReadModel.Fold fold = new TripReadModel.Fold();
        fold.on(event);
        return fold.view();
    }

    @Test
    void the_view_shows_the_name_given_at_scheduling_beside_the_code() {
        TripView view = fold(scheduled("安吉4月14日起3日疗休养"));
        assertThat(view.name()).isEqualTo("安吉4月14日起3日疗休养");
        assertThat(view.tripId()).isEqualTo("T-1");
    }

    @Test
    void a_trip_scheduled_without_a_name_is_named_by_destination_and_dates() {
        assertThat(fold(scheduled(null)).name()).isEqualTo("ANJI-BASE 2025-04-14起3日");
    }
}
