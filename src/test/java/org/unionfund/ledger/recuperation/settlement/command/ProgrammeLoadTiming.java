package org.unionfund.ledger.recuperation.settlement.command;

import static org.unionfund.ledger.testsupport.GongshuCase.world;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.unionfund.ledger.recuperation.trip.query.EventStoreProgrammeSpending;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.query.ProgrammeReadModel;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/**
 * Not a test: a timing of a 5,000-person programme (25 trips × 200) on the embedded store, printed. Run with
 * {@code mvn -o test -Dtest=ProgrammeLoadTiming -Dtiming=true}.
 */
@EnabledIfSystemProperty(named = "timing", matches = "true")
class ProgrammeLoadTiming {

    @Test
    void time_a_5000_person_programme() {
        try (RecuperationApp app = new RecuperationApp(ProgrammeLoadTiming.class)) {
            app.sendAll(world(FrequencyRule.ONCE_PER_YEAR, null));
            long start = System.nanoTime();
            long enrol = 0;
            long settle = 0;
            for (int t = 0; t < 25; t++) {
                String trip = "T-" + t;
                app.send(GongshuCase.trip(trip, LocalDate.of(2025, 4, 1).plusDays(t), 1, 300));
                List<Participant> people = new ArrayList<>();
                List<AttendeeFunding> went = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    Participant p = GongshuCase.frontline("P" + t + "-" + i, t * 200 + i);
                    people.add(p);
                    went.add(new AttendeeFunding(p.participantId(), null));
                }
                long a = System.nanoTime();
                app.send(new EnrolParticipantsCommand(new TripId(trip), new EnrolmentId("E-" + trip), people));
                long b = System.nanoTime();
                app.send(new SettleTripCommand(new TripId(trip), new SettlementId("S-" + trip), went, null, null));
                long c = System.nanoTime();
                enrol += b - a;
                settle += c - b;
            }
            long built = System.nanoTime();
            var view = new ProgrammeReadModel(app.events(), new EventStoreProgrammeSpending(app.events())).find(GongshuCase.PROGRAMME).orElseThrow();
            long read = System.nanoTime();
            System.out.printf("TIMING 25 trips x 200: total %d ms (enrol %d ms, settle %d ms: %.0f ms per 200-person"
                    + " settlement), programme read model over %d person-times %d ms, charged %s%n",
                    (built - start) / 1_000_000, enrol / 1_000_000, settle / 1_000_000, settle / 25e6,
                    view.totals().personTimes(), (read - built) / 1_000_000, view.totals().charged());
            long again = System.nanoTime();
            new ProgrammeReadModel(app.events(), new EventStoreProgrammeSpending(app.events())).find(GongshuCase.PROGRAMME).orElseThrow();
            System.out.printf("TIMING programme read model again: %d ms%n", (System.nanoTime() - again) / 1_000_000);
        }
    }
}
