package org.unionfund.ledger.recuperation.imports.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;

/**
 * Sends each imported trip's ordinary commands ({@link TripCommands}) through the command gateway — same handlers,
 * same rules, signed with the importing user by the gateway's metadata interceptor. A commit appends a group of
 * trips as one commit (when configured), or, when a trip of the group is refused, each trip as its own
 * ({@link TripGroupCommit}): either way a trip is written whole or not at all. A dry run judges every trip in one unit of work that is rolled
 * back ({@link TripDryRun}). Both read the worker histories of a group of trips at once.
 */
@Component
public class TripImporter {

    private static final String EVENTS = TripImporter.class.getName() + ".events";

    private final TripDryRun dryRun;
    private final TripGroupCommit commit;
    private final int groupTrips;
    private final int commitGroupTrips;

    /**
     * {@code commitGroupTrips}: trips per commit (default 1: see docs/performance.md §Imports — one commit holding
     * many trips makes every later reload of the programme and the ledger read those large commits whole).
     */
    public TripImporter(CommandGateway gateway, EventBus eventBus, EventStorageEngine engine,
            @Value("${ledger.imports.window-trips:" + TripSending.GROUP_TRIPS + "}") int groupTrips,
            @Value("${ledger.imports.commit-group-trips:1}") int commitGroupTrips) {
        TripSending sending = new TripSending(gateway, eventBus, engine);
        this.dryRun = new TripDryRun(sending);
        this.commit = new TripGroupCommit(sending, EVENTS);
        this.groupTrips = Math.max(1, groupTrips);
        this.commitGroupTrips = Math.max(1, commitGroupTrips);
        eventBus.registerDispatchInterceptor(messages -> {
            if (!messages.isEmpty() && CurrentUnitOfWork.isStarted()) {
                UnitOfWork<?> root = CurrentUnitOfWork.get().root();
                Integer seen = root.getResource(EVENTS);
                if (seen != null) {
                    root.resources().put(EVENTS, seen + messages.size());
                }
            }
            return (index, event) -> event;
        });
    }

    /**
     * Imports (or dry-runs) the trips in order. {@code refusal} may refuse a trip before anything is sent (scope);
     * {@code progress} receives the number of rows done.
     */
    public List<RowOutcome> run(List<ImportedTrip> trips, boolean dryRun, ColumnMapping mapping,
            Function<ImportedTrip, RowOutcome> refusal, IntConsumer progress) {
        Map<ImportedTrip, List<RowOutcome>> outcomes = new HashMap<>();
        for (ImportedTrip trip : trips) {
            List<RowOutcome> early = TripOutcomes.formProblems(trip);
            if (early == null && refusal != null) {
                RowOutcome refused = refusal.apply(trip);
                early = refused == null ? null : TripOutcomes.refusedWhole(trip, refused);
            }
            if (early != null) {
                outcomes.put(trip, early);
            }
        }
        if (dryRun) {
            this.dryRun.judge(trips, outcomes, mapping, groupTrips, progress);
        } else {
            int done = 0;
            for (List<ImportedTrip> group : TripSending.groups(trips, commitGroupTrips)) {
                commit.commit(group.stream().filter(t -> !outcomes.containsKey(t)).toList(), outcomes, mapping);
                done += group.stream().mapToInt(ImportedTrip::size).sum();
                progress.accept(done);
            }
        }
        List<RowOutcome> all = new ArrayList<>();
        trips.forEach(trip -> all.addAll(outcomes.get(trip)));
        return all;
    }

    /** Which enrolment batch was sent last (maps a refused participants[i] to its row). */
    static final class Step {
        int batch;

        int batch() {
            return batch;
        }
    }
}
