package org.unionfund.ledger.recuperation.imports.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;
import org.unionfund.ledger.kernel.RuleViolation;

/**
 * Sends each imported trip's ordinary commands ({@link TripCommands}) through the command gateway — same handlers,
 * same rules, signed with the importing user by the gateway's metadata interceptor — inside one unit of work per
 * trip, so the event store writes the trip (schedule, enrolment, settlement, ledger charge, worker histories) as ONE
 * commit or nothing. A crash between trips leaves whole trips; importing the file again skips them (their ids and
 * fingerprints match: nothing recorded) and writes the rest.
 * <p>
 * A dry run sends the same commands in one unit of work over the whole file that is rolled back at the end, each
 * trip in a nested unit of work: later trips are judged after earlier ones (budget, frequency per worker). A refused
 * trip may already have changed shared aggregates in memory before its refusal (e.g. the ledger charge before a
 * worker's frequency check), so after a refusal the dry run starts again without the refused trips.
 */
@Component
public class TripImporter {

    private static final Logger LOG = LoggerFactory.getLogger(TripImporter.class);
    private static final String EVENTS = TripImporter.class.getName() + ".events";
    private static final int COMMIT_ATTEMPTS = 5;

    private final CommandGateway gateway;

    public TripImporter(CommandGateway gateway, EventBus eventBus) {
        this.gateway = gateway;
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
            dryRun(trips, outcomes, mapping, progress);
        } else {
            int done = 0;
            for (ImportedTrip trip : trips) {
                if (!outcomes.containsKey(trip)) {
                    outcomes.put(trip, commit(trip, mapping));
                }
                done += trip.size();
                progress.accept(done);
            }
        }
        List<RowOutcome> all = new ArrayList<>();
        trips.forEach(trip -> all.addAll(outcomes.get(trip)));
        return all;
    }

    private List<RowOutcome> commit(ImportedTrip trip, ColumnMapping mapping) {
        TripCommands commands = TripCommands.of(trip);
        Step step = new Step();
        for (int attempt = 1; ; attempt++) {
            UnitOfWork<?> uow = start(trip);
            uow.resources().put(EVENTS, 0);
            try {
                send(commands, step);
                uow.commit();
                boolean recorded = (Integer) uow.getResource(EVENTS) > 0;
                return TripOutcomes.accepted(trip, commands, recorded ? RowOutcome.Status.WRITTEN
                        : RowOutcome.Status.ALREADY_PRESENT);
            } catch (ConcurrencyException e) {
                rollback(uow, e);
                if (attempt == COMMIT_ATTEMPTS) {
                    return TripOutcomes.refusedWhole(trip, TripOutcomes.refusal(trip, "concurrent-change",
                            "该团正被他人同时修改，请稍后重新导入（已导入的团不会重复写入）",
                            "the trip's aggregates changed concurrently; import the file again"));
                }
            } catch (RuntimeException e) {
                rollback(uow, e);
                return refused(trip, commands, step, e, mapping);
            }
        }
    }

    private void dryRun(List<ImportedTrip> trips, Map<ImportedTrip, List<RowOutcome>> outcomes, ColumnMapping mapping,
            IntConsumer progress) {
        Set<ImportedTrip> decided = new java.util.HashSet<>(outcomes.keySet());
        boolean again = true;
        while (again) {
            again = false;
            Map<ImportedTrip, List<RowOutcome>> pass = new HashMap<>();
            UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(new GenericMessage<>("import dry run"));
            try {
                int done = 0;
                for (ImportedTrip trip : trips) {
                    done += trip.size();
                    if (decided.contains(trip)) {
                        continue;
                    }
                    TripCommands commands = TripCommands.of(trip);
                    Step step = new Step();
                    UnitOfWork<?> nested = start(trip);
                    try {
                        send(commands, step);
                        nested.commit();
                        pass.put(trip, TripOutcomes.accepted(trip, commands, RowOutcome.Status.WOULD_WRITE));
                    } catch (RuntimeException e) {
                        rollback(nested, e);
                        outcomes.put(trip, refused(trip, commands, step, e, mapping));
                        decided.add(trip);
                        again = true;
                        break;
                    }
                    progress.accept(done);
                }
            } finally {
                root.rollback();
            }
            if (!again) {
                outcomes.putAll(pass);
            }
        }
    }

    private static UnitOfWork<?> start(ImportedTrip trip) {
        return DefaultUnitOfWork.startAndGet(new GenericMessage<>("import trip " + trip.tripId()));
    }

    /** Which enrolment batch was sent last (maps a refused participants[i] to its row). */
    static final class Step {
        private int batch;

        int batch() {
            return batch;
        }
    }

    private void send(TripCommands commands, Step step) {
        gateway.sendAndWait(commands.schedule());
        for (int i = 0; i < commands.enrolments().size(); i++) {
            step.batch = i;
            gateway.sendAndWait(commands.enrolments().get(i));
        }
        if (commands.settlement() != null) {
            gateway.sendAndWait(commands.settlement());
        }
    }

    private static void rollback(UnitOfWork<?> uow, RuntimeException cause) {
        if (uow.isActive()) {
            uow.rollback(cause);
        }
    }

    private static List<RowOutcome> refused(ImportedTrip trip, TripCommands commands, Step step, RuntimeException e,
            ColumnMapping mapping) {
        if (e instanceof RuleViolation violation) {
            return TripOutcomes.ruleRefusal(trip, commands, violation, step, mapping);
        }
        LOG.warn("import of trip {} refused by an unexpected error", trip.tripId(), e);
        return TripOutcomes.refusedWhole(trip, TripOutcomes.refusal(trip, "unexpected-error",
                "导入该团时发生意外错误，未写入任何数据", "an unexpected error stopped this trip; nothing was written ("
                        + e.getClass().getSimpleName() + ")"));
    }
}
