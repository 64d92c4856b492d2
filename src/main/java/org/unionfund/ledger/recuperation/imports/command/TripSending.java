package org.unionfund.ledger.recuperation.imports.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.platform.eventstore.LedgerEventStore;
import org.unionfund.ledger.platform.eventstore.StreamPrefetch;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportRow;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;
import org.unionfund.ledger.recuperation.worker.api.WorkerHistoryId;

/**
 * What the dry run and the commit share: a trip's commands sent in its own unit of work, the batched read of the
 * worker histories a group of trips will load, and the refusal of a trip turned into row outcomes.
 */
final class TripSending {

    private static final Logger LOG = LoggerFactory.getLogger(TripSending.class);
    private static final StreamPrefetch.Scope NOTHING = () -> { };

    /** Rows of a dry-run window or commit group at most (a larger trip is a group of its own). */
    static final int GROUP_ROWS = 1_000;
    /** Trips of a dry-run window at most (commit groups: {@code ledger.imports.commit-group-trips}). */
    static final int GROUP_TRIPS = 50;

    private final CommandGateway gateway;
    private final LedgerEventStore store;
    private final StreamPrefetch prefetch;

    TripSending(CommandGateway gateway, EventBus eventBus, EventStorageEngine engine) {
        this.gateway = gateway;
        this.store = eventBus instanceof LedgerEventStore ledger ? ledger : null;
        this.prefetch = engine instanceof LedgerEventStorageEngine ledger ? ledger.prefetch() : null;
    }

    /** The trips in consecutive groups of at most {@code maxTrips} trips and {@link #GROUP_ROWS} rows. */
    static List<List<ImportedTrip>> groups(List<ImportedTrip> trips, int maxTrips) {
        List<List<ImportedTrip>> groups = new ArrayList<>();
        List<ImportedTrip> group = new ArrayList<>();
        int rows = 0;
        for (ImportedTrip trip : trips) {
            if (!group.isEmpty() && (group.size() >= maxTrips || rows + trip.size() > GROUP_ROWS)) {
                groups.add(group);
                group = new ArrayList<>();
                rows = 0;
            }
            group.add(trip);
            rows += trip.size();
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /** Whether the commit can tell per trip what it wrote inside a group (else: one trip per commit). */
    boolean groupsCommits() {
        return store != null;
    }

    /** How many events the unit of work (a trip's) has staged. */
    int staged(UnitOfWork<?> unit) {
        return store.stagedBy(unit);
    }

    /** The events the unit of work has staged (to carry them into the next window of a dry run). */
    List<EventMessage<?>> stagedEvents(UnitOfWork<?> unit) {
        return store == null ? List.of() : store.stagedIn(unit);
    }

    /** Stages events again in the current unit of work: aggregates loaded in it see them as if stored. */
    void restage(List<EventMessage<?>> events) {
        if (!events.isEmpty()) {
            store.publish(events);
        }
    }

    /** Reads the histories of every charged worker of the trips at once, for this thread, until closed. */
    StreamPrefetch.Scope prefetch(Collection<ImportedTrip> trips) {
        if (prefetch == null) {
            return NOTHING;
        }
        List<String> histories = new ArrayList<>();
        for (ImportedTrip trip : trips) {
            for (ImportRow row : trip.rows()) {
                if (row.worker() != null && row.attended() && !row.familyMember()) {
                    histories.add(new WorkerHistoryId(row.worker()).toString());
                }
            }
        }
        return prefetch.open(histories);
    }

    static UnitOfWork<?> start(ImportedTrip trip) {
        return DefaultUnitOfWork.startAndGet(new GenericMessage<>("import trip " + trip.tripId()));
    }

    void send(TripCommands commands, TripImporter.Step step) {
        gateway.sendAndWait(commands.schedule());
        for (int i = 0; i < commands.enrolments().size(); i++) {
            step.batch = i;
            gateway.sendAndWait(commands.enrolments().get(i));
        }
        if (commands.settlement() != null) {
            gateway.sendAndWait(commands.settlement());
        }
    }

    static void rollback(UnitOfWork<?> uow, RuntimeException cause) {
        if (uow.isActive()) {
            uow.rollback(cause);
        }
    }

    static List<RowOutcome> refused(ImportedTrip trip, TripCommands commands, TripImporter.Step step,
            RuntimeException e, ColumnMapping mapping) {
        if (e instanceof RuleViolation violation) {
            return TripOutcomes.ruleRefusal(trip, commands, violation, step, mapping);
        }
        LOG.warn("import of trip {} refused by an unexpected error", trip.tripId(), e);
        return TripOutcomes.refusedWhole(trip, TripOutcomes.refusal(trip, "unexpected-error",
                "导入该团时发生意外错误，未写入任何数据", "an unexpected error stopped this trip; nothing was written ("
                        + e.getClass().getSimpleName() + ")"));
    }
}
