package org.unionfund.ledger.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.demo.seed.Divisions;
import org.unionfund.ledger.demo.seed.PersonFactory;
import org.unionfund.ledger.demo.scenario.ApprovalScenario;
import org.unionfund.ledger.demo.scenario.DalianScenario;
import org.unionfund.ledger.demo.scenario.EligibleWorkersPlan;
import org.unionfund.ledger.demo.scenario.GuizhouScenario;
import org.unionfund.ledger.demo.scenario.ProgrammePlan;
import org.unionfund.ledger.demo.scenario.TripPlan;
import org.unionfund.ledger.demo.scenario.TripRunner;
import org.unionfund.ledger.demo.scenario.ZhejiangScenario;
import org.unionfund.ledger.funds.directory.UnionBodyRegistrar;
import org.unionfund.ledger.recuperation.eligibility.api.RegisterEligibleWorkersCommand;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.SealYearCommand;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.GrantFixedSubsidiesCommand;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.funds.query.MatchingStatuses;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.messaging.MetadataKeys;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.store.Durability;
import org.unionfund.ledger.platform.store.LedgerMongoProperties;
import org.unionfund.ledger.demo.scenario.DemoScale;

import com.mongodb.client.MongoDatabase;

/**
 * Loads the demo dataset (docs/demo-data.md) once the application is ready, when {@code ledger.demo.enabled} is
 * true and the event store is empty: every body, fund, allocation, programme and trip goes through the normal
 * command path — the command gateway with its interceptors, the aggregates' rules, the event store — signed by the
 * demo user (metadata principal {@code ledger.demo.principal}, role SYSTEM, one correlation id per load), so the
 * dataset is in the event log like any other. All ids are deterministic: if the application stops in the middle of
 * a load, the next start sends everything again and what was already recorded comes back as idempotent repeats.
 */
@Component
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final LedgerMongoProperties store;
    private final EventStore eventStore;
    private final CommandSender sender;
    private final UnionBodyRegistrar registrar;
    private final WorkerPseudonyms pseudonyms;
    private final MatchingStatuses matching;
    private final DemoLoadMarker marker;
    private final Durability durability;
    private volatile DemoLoadReport lastReport;

    public DemoDataLoader(DemoDataProperties properties, LedgerMongoProperties store, EventStore eventStore,
            CommandSender sender, UnionBodyRegistrar registrar, WorkerPseudonyms pseudonyms, MatchingStatuses matching,
            MongoDatabase database, Durability durability) {
        this.properties = properties;
        this.store = store;
        this.eventStore = eventStore;
        this.sender = sender;
        this.registrar = registrar;
        this.pseudonyms = pseudonyms;
        this.matching = matching;
        this.marker = new DemoLoadMarker(database);
        this.durability = durability;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onApplicationReady() {
        if (!properties.enabled()) {
            log.debug("Demo data is turned off (ledger.demo.enabled=false)");
            return;
        }
        try {
            loadIfNeeded();
        } catch (RuntimeException e) {
            log.error("Demo data could not be loaded; the application runs on without it. The next start tries "
                    + "again (what was recorded is kept and comes back as repeats). Cause: {}", e.getMessage(), e);
        }
    }

    /** What the last start-up check (or {@link #loadIfNeeded()}) did; null before the first. */
    public DemoLoadReport lastReport() {
        return lastReport;
    }

    /** Loads the demo data unless the store already holds it (or other data), or the store is not embedded. */
    public synchronized DemoLoadReport loadIfNeeded() {
        lastReport = check();
        return lastReport;
    }

    private DemoLoadReport check() {
        DemoScale scale = properties.scale();
        if (!store.useEmbedded() && !properties.allowExternalStore()) {
            log.info("Demo data: not loaded into the configured MongoDB (set ledger.demo.allow-external-store=true "
                    + "to load it there)");
            return DemoLoadReport.skipped(DemoLoadReport.Outcome.SKIPPED_EXTERNAL_STORE, scale);
        }
        DemoLoadMarker.State state = marker.state();
        if (state == DemoLoadMarker.State.COMPLETED) {
            log.info("Demo data: already loaded into this store; nothing to do");
            return DemoLoadReport.skipped(DemoLoadReport.Outcome.SKIPPED_ALREADY_LOADED, scale);
        }
        if (state == null && eventPosition() > 0) {
            log.info("Demo data: the event store is not empty, so the demo data is not loaded");
            return DemoLoadReport.skipped(DemoLoadReport.Outcome.SKIPPED_STORE_NOT_EMPTY, scale);
        }
        return load(state != null);
    }

    private DemoLoadReport load(boolean resume) {
        DemoScale scale = properties.scale();
        String correlationId = "demo-load-" + UUID.randomUUID();
        long started = System.nanoTime();
        long eventsBefore = eventPosition();
        marker.started(scale, properties.principal(), correlationId);
        MDC.put(MetadataKeys.CORRELATION_ID, correlationId);
        log.info("Demo data: {} the {} dataset as {} (role {}, correlation id {}){}", resume ? "resuming" : "loading",
                scale.name().toLowerCase().replace('_', '-'), properties.principal(), DemoCommands.ROLE,
                correlationId, scale == DemoScale.PROVINCE_YEAR ? "; this takes long, see docs/demo-data.md" : "");
        try {
            Divisions divisions = Divisions.load();
            ZhejiangScenario zhejiang = new ZhejiangScenario(divisions, properties.seed(), scale,
                    properties.provinceYearTrips());
            GuizhouScenario guizhou = new GuizhouScenario(divisions);
            DalianScenario dalian = new DalianScenario(divisions);
            DemoCommands commands = new DemoCommands(sender, registrar, durability, properties.principal(),
                    correlationId);
            int threads = Math.max(1, properties.threads());

            commands.parallel(List.of(
                    timed("Zhejiang: bodies, standards, registry and money", () -> {
                        zhejiang.bodies().forEach(commands::register);
                        zhejiang.setup().forEach(commands::send);
                        sendAll(commands, zhejiang.money(), resume);
                    }),
                    timed("Guizhou: bodies and fixed subsidies", () -> {
                        guizhou.bodies().forEach(commands::register);
                        sendAll(commands, guizhou.money(), resume);
                    }),
                    timed("Dalian: bodies and social-worker pay", () -> {
                        dalian.bodies().forEach(commands::register);
                        sendAll(commands, dalian.money(), resume);
                    })), threads, () -> { });
            log.info("Demo data: 3 ledgers, bodies, standards and money sent ({} commands, {} s)", commands.sent(),
                    seconds(started));

            durability.deferring(() -> zhejiang.programmes().forEach(p -> commands.send(p.openCommand())));
            List<TripPlan> trips = zhejiang.trips();
            TripRunner runner = new TripRunner(commands::send, new PersonFactory(properties.seed()), pseudonyms,
                    properties.seed());
            log.info("Demo data: {} programmes opened; sending {} trips on {} threads", zhejiang.programmes().size(),
                    trips.size(), threads);
            Progress progress = new Progress(trips.size(), runner, started);
            commands.parallel(trips.stream().map(trip -> (Runnable) () -> runner.run(trip)).toList(), threads,
                    progress::tripDone);
            List<RegisterEligibleWorkersCommand> eligible = EligibleWorkersPlan.commands(trips, properties.seed());
            List<CloseYearCommand> closes = zhejiang.yearCloses();
            durability.deferring(() -> {
                eligible.forEach(commands::send);
                closes.forEach(commands::closeYear);
                closes.forEach(close -> commands.sealYear(new SealYearCommand(close.ledgerId(), close.bodyId(),
                        close.year())));
            });
            log.info("Demo data: eligible workers registered for {} bodies and years; {} years of bodies closed and"
                    + " sealed", eligible.size(), closes.size());
            relief(commands);
            // Maker-checker comes last, so that every earlier demo event stays as it was (docs/demo-data.md).
            List<ApprovalScenario.Step> approvals = new ApprovalScenario().steps();
            durability.deferring(() -> approvals.forEach(commands::sendSigned));
            log.info("Demo data: approval policies adopted and {} maker-checker steps taken", approvals.size());

            List<Object> money = new ArrayList<>(zhejiang.money());
            money.addAll(guizhou.money());
            money.addAll(dalian.money());
            DemoLoadReport.Outcome outcome = resume ? DemoLoadReport.Outcome.RESUMED : DemoLoadReport.Outcome.LOADED;
            DemoLoadReport report = new DemoLoadReport(outcome, scale, correlationId,
                    Duration.ofNanos(System.nanoTime() - started),
                    3, zhejiang.bodies().size() + guizhou.bodies().size() + dalian.bodies().size(),
                    count(money, EstablishFundCommand.class), count(money, AllocateFundsCommand.class)
                            + count(money, IssueAllocationDocumentCommand.class),
                    count(money, CommitMatchingFundsCommand.class) + count(money, CommitOwnFundsCommand.class),
                    count(money, RecordMatchingShortfallCommand.class),
                    count(money, GrantFixedSubsidiesCommand.class), count(money, PostSharedCostCommand.class),
                    zhejiang.programmes().size(), runner.trips(), runner.enrolled(), runner.personTimes(),
                    commands.sent(), commands.recorded(), eventPosition() - eventsBefore);
            marker.completed(report);
            log.info("Demo data {} in {} s: {} ledgers, {} union bodies, {} funds, {} allocations, {} matching "
                            + "commitments and {} evaluations, {} fixed-subsidy and {} shared-cost postings, {} "
                            + "programmes, {} trips, {} participants enrolled, {} person-times; {} commands ({} "
                            + "recorded, the rest repeats), {} events, signed by {} (the maker-checker steps by the demo"
                            + " clerk, reviewer and chair)",
                    resume ? "resumed" : "loaded", seconds(started), report.ledgers(), report.bodies(),
                    report.funds(), report.allocations(), report.matchingCommitments(),
                    report.matchingEvaluations(), report.subsidyGrants(), report.sharedCosts(), report.programmes(),
                    report.trips(), report.participantsEnrolled(), report.personTimes(), report.commandsSent(),
                    report.commandsRecorded(), report.events(), properties.principal());
            return report;
        } catch (RuntimeException e) {
            marker.failed(String.valueOf(e.getMessage()));
            throw e;
        } finally {
            MDC.remove(MetadataKeys.CORRELATION_ID);
        }
    }

    /** Beijing 送温暖 and the Fushun screening and subsidies: after the other scenarios, so their events keep place. */
    private void relief(DemoCommands commands) {
        long started = System.nanoTime();
        List<Object> all = ReliefDemo.send(commands, pseudonyms, durability);
        log.info("Demo data: Beijing and Fushun relief sent ({} commands, {} s)", all.size(), seconds(started));
    }

    private static Runnable timed(String what, Runnable task) {
        return () -> {
            long started = System.nanoTime();
            task.run();
            log.info("Demo data: {} sent in {} s", what, seconds(started));
        };
    }

    private void sendAll(DemoCommands commands, List<Object> all, boolean resume) {
        for (Object command : all) {
            if (command instanceof RecordMatchingShortfallCommand evaluation) {
                commands.evaluate(evaluation, resume && matching.status(evaluation.ledgerId().rootBodyId(),
                        evaluation.allocationId().value()).map(status -> !"OPEN".equals(status.outcome()))
                        .orElse(false));
            } else {
                commands.send(command);
            }
        }
    }

    /** How many global sequence numbers the event store has handed out (0 for an empty store). */
    private long eventPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static int count(List<Object> commands, Class<?> type) {
        return (int) commands.stream().filter(type::isInstance).count();
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    /** Logs the trips' progress at every tenth and at least every 30 s. */
    private final class Progress {

        private final int total;
        private final TripRunner runner;
        private final long started;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicLong lastLog = new AtomicLong(System.nanoTime());

        Progress(int total, TripRunner runner, long started) {
            this.total = total;
            this.runner = runner;
            this.started = started;
        }

        void tripDone() {
            int now = done.incrementAndGet();
            long time = System.nanoTime();
            long last = lastLog.get();
            boolean tenth = total >= 10 && now % (total / 10) == 0;
            if ((tenth || time - last > Duration.ofSeconds(30).toNanos()) && lastLog.compareAndSet(last, time)) {
                log.info("Demo data: {}/{} trips, {} person-times, {} s", now, total, runner.personTimes(),
                        seconds(started));
            }
        }
    }
}
