package org.unionfund.ledger.recuperation.imports.command;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.unionfund.ledger.platform.eventstore.StreamPrefetch;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;

/**
 * The dry run: every trip in order, nothing written, later trips judged after earlier ones (budget, frequency per
 * worker). The file is judged in windows (the commit's groups of trips), each in a root unit of work that is rolled
 * back, with a nested unit per trip; the events the accepted trips of all earlier windows staged are staged again
 * at the start of the next window, so an aggregate loaded there (the ledger, a worker's history) is rebuilt from the
 * store plus those events: budget and frequency carry forward, while no unit of work outlives its window (Axon's
 * 60-second command transaction limit, locks held) and no staged list grows with the file in one unit.
 * <p>
 * A refused trip's nested unit of work rolls back, and with it every aggregate the trip loaded leaves the root's
 * managed aggregates and the cache (Axon registers that on each load); the next trip that needs one reloads it from
 * the store plus the events staged so far. So a refused trip leaves no trace, even if it had charged the ledger
 * before a worker's frequency check refused it, and the run goes on: one pass, whatever the number of refusals.
 */
final class TripDryRun {

    private final TripSending sending;

    TripDryRun(TripSending sending) {
        this.sending = sending;
    }

    void judge(List<ImportedTrip> trips, Map<ImportedTrip, List<RowOutcome>> outcomes, ColumnMapping mapping,
            int groupTrips, IntConsumer progress) {
        List<EventMessage<?>> carried = List.of();
        int done = 0;
        // without the store's staged events to carry, the whole file is one window
        List<List<ImportedTrip>> windows = sending.groupsCommits() ? TripSending.groups(trips, groupTrips)
                : List.of(trips);
        for (List<ImportedTrip> window : windows) {
            UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(new GenericMessage<>("import dry run"));
            try (StreamPrefetch.Scope histories = sending.prefetch(window)) {
                sending.restage(carried);
                for (ImportedTrip trip : window) {
                    done += trip.size();
                    if (!outcomes.containsKey(trip)) {
                        outcomes.put(trip, judge(trip, mapping));
                    }
                }
                carried = sending.stagedEvents(root);
            } finally {
                root.rollback();
            }
            progress.accept(done);
        }
    }

    private List<RowOutcome> judge(ImportedTrip trip, ColumnMapping mapping) {
        TripCommands commands = TripCommands.of(trip);
        TripImporter.Step step = new TripImporter.Step();
        UnitOfWork<?> nested = TripSending.start(trip);
        try {
            sending.send(commands, step);
            nested.commit();
            return TripOutcomes.accepted(trip, commands, RowOutcome.Status.WOULD_WRITE);
        } catch (RuntimeException e) {
            TripSending.rollback(nested, e);
            return TripSending.refused(trip, commands, step, e, mapping);
        }
    }
}
