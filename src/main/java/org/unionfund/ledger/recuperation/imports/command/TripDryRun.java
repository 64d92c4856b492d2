package org.unionfund.ledger.recuperation.imports.command;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.unionfund.ledger.platform.eventstore.StreamPrefetch;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;

/**
 * The dry run: every trip in order, each in a nested unit of work of one root unit of work that is rolled back at
 * the end, so later trips are judged after earlier ones (budget, frequency per worker) and nothing is written. The
 * worker histories are read a group of trips at a time.
 * <p>
 * A refused trip's nested unit of work rolls back, and with it every aggregate the trip loaded leaves the root's
 * managed aggregates and the cache (Axon registers that on each load); the next trip that needs one reloads it from
 * the store plus the events staged by the trips accepted so far. So a refused trip leaves no trace, even if it had
 * charged the ledger before a worker's frequency check refused it, and the run simply goes on: one pass, whatever
 * the number of refusals. Looking up staged events stays linear ({@code LedgerEventStore}).
 */
final class TripDryRun {

    private final TripSending sending;

    TripDryRun(TripSending sending) {
        this.sending = sending;
    }

    void judge(List<ImportedTrip> trips, Map<ImportedTrip, List<RowOutcome>> outcomes, ColumnMapping mapping,
            int groupTrips, IntConsumer progress) {
        UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(new GenericMessage<>("import dry run"));
        try {
            int done = 0;
            for (List<ImportedTrip> group : TripSending.groups(trips, groupTrips)) {
                try (StreamPrefetch.Scope histories = sending.prefetch(group)) {
                    for (ImportedTrip trip : group) {
                        done += trip.size();
                        if (!outcomes.containsKey(trip)) {
                            outcomes.put(trip, judge(trip, mapping));
                        }
                    }
                }
                progress.accept(done);
            }
        } finally {
            root.rollback();
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
