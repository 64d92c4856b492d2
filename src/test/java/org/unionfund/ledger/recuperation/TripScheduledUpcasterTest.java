package org.unionfund.ledger.recuperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.testsupport.OlderRevisions;

/** {@code TripScheduled} revision 2 added {@code name}: a stored revision-1 trip reads with it null, its bytes kept. */
class TripScheduledUpcasterTest {

    private final OlderRevisions store = OlderRevisions.fresh(TripScheduledUpcasterTest.class);

    @Test
    void a_stored_revision_1_trip_reads_as_revision_2_without_a_name_and_its_bytes_unchanged() {
        store.store("T-1", OlderRevisions.json(scheduled(null), p -> p.remove("name")),
                "org.unionfund.ledger.trip.api.TripScheduledEvent", "1");
        List<Document> stored = store.stored();
        assertThat(stored.get(0).toJson()).contains("\"revision\": \"1\"").doesNotContain("\"name\"");

        assertThat(store.read("T-1", RecuperationUpcasters.tripScheduledUpcaster())).containsExactly(scheduled(null));
        assertThat(store.stored()).isEqualTo(stored);
    }

    @Test
    void new_trips_are_stored_as_revision_2_with_their_name() {
        store.append("T-1", scheduled("安吉3日疗休养"));

        assertThat(store.stored().get(0).getList("events", Document.class).get(0).getString("revision"))
                .isEqualTo("2");
        assertThat(store.read("T-1", RecuperationUpcasters.tripScheduledUpcaster())).containsExactly(scheduled("安吉3日疗休养"));
    }

    private static TripScheduledEvent scheduled(String name) {
        return new TripScheduledEvent(new TripId("T-1"), GongshuCase.PROGRAMME, GongshuCase.LEDGER,
                GongshuCase.GONGSHU, 2025, GongshuCase.AGENCY, GongshuCase.ANJI, "330523", false,
                LocalDate.of(2025, 4, 14), 3, Money.ofYuan(500), Money.ofYuan(1500), null, null, null, Set.of(),
                "sha256:x", name);
    }
}
