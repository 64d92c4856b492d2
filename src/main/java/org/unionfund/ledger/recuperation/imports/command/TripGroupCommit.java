package org.unionfund.ledger.recuperation.imports.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionfund.ledger.platform.eventstore.StreamPrefetch;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;

/**
 * The commit: a group of trips as ONE append (one root unit of work, a nested one per trip, the workers' histories
 * read at once). If any trip of the group is refused — or the append is — the whole group is rolled back and its
 * trips are committed one by one, each in its own unit of work and so its own commit: a trip stays all-or-nothing,
 * and a crash leaves whole groups or whole trips, which importing the file again recognises by their ids.
 */
final class TripGroupCommit {

    private static final Logger LOG = LoggerFactory.getLogger(TripGroupCommit.class);

    private static final int COMMIT_ATTEMPTS = 5;

    private final TripSending sending;
    private final String eventsCounter;

    TripGroupCommit(TripSending sending, String eventsCounter) {
        this.sending = sending;
        this.eventsCounter = eventsCounter;
    }

    void commit(List<ImportedTrip> group, Map<ImportedTrip, List<RowOutcome>> outcomes, ColumnMapping mapping) {
        if (group.size() > 1 && sending.groupsCommits()) {
            Map<ImportedTrip, List<RowOutcome>> accepted = together(group);
            if (accepted != null) {
                outcomes.putAll(accepted);
                return;
            }
        }
        for (ImportedTrip trip : group) {
            outcomes.put(trip, alone(trip, mapping));
        }
    }

    /** The group's outcomes if every trip was accepted and the group appended as one commit, else null. */
    private Map<ImportedTrip, List<RowOutcome>> together(List<ImportedTrip> group) {
        Map<ImportedTrip, List<RowOutcome>> accepted = new LinkedHashMap<>();
        UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(new GenericMessage<>("import group of trips"));
        try (StreamPrefetch.Scope histories = sending.prefetch(group)) {
            for (ImportedTrip trip : group) {
                TripCommands commands = TripCommands.of(trip);
                UnitOfWork<?> nested = TripSending.start(trip);
                try {
                    sending.send(commands, new TripImporter.Step());
                    boolean recorded = sending.staged(nested) > 0;
                    nested.commit();
                    accepted.put(trip, TripOutcomes.accepted(trip, commands, recorded ? RowOutcome.Status.WRITTEN
                            : RowOutcome.Status.ALREADY_PRESENT));
                } catch (RuntimeException e) {
                    TripSending.rollback(nested, e);
                    throw e;
                }
            }
            root.commit();
            return accepted;
        } catch (RuntimeException e) {
            // the rollback evicts every aggregate the group loaded from the caches: the trips reload them
            LOG.debug("group of {} trips committed trip by trip after {}", group.size(), e.toString());
            TripSending.rollback(root, e);
            return null;
        }
    }

    private List<RowOutcome> alone(ImportedTrip trip, ColumnMapping mapping) {
        TripCommands commands = TripCommands.of(trip);
        TripImporter.Step step = new TripImporter.Step();
        for (int attempt = 1; ; attempt++) {
            UnitOfWork<?> uow = TripSending.start(trip);
            uow.resources().put(eventsCounter, 0);
            try (StreamPrefetch.Scope histories = sending.prefetch(List.of(trip))) {
                sending.send(commands, step);
                uow.commit();
                boolean recorded = (Integer) uow.getResource(eventsCounter) > 0;
                return TripOutcomes.accepted(trip, commands, recorded ? RowOutcome.Status.WRITTEN
                        : RowOutcome.Status.ALREADY_PRESENT);
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                // another writer got there first (a worker's first funding included): reload and judge again
                TripSending.rollback(uow, e);
                if (attempt == COMMIT_ATTEMPTS) {
                    return TripOutcomes.refusedWhole(trip, TripOutcomes.refusal(trip, "concurrent-change",
                            "该团正被他人同时修改，请稍后重新导入（已导入的团不会重复写入）",
                            "the trip's aggregates changed concurrently; import the file again"));
                }
            } catch (RuntimeException e) {
                TripSending.rollback(uow, e);
                return TripSending.refused(trip, commands, step, e, mapping);
            }
        }
    }
}
