package org.unionfund.ledger.statistics.coverage;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.CounterBatch;
import org.unionfund.ledger.platform.projection.PositionedEvent;
import org.unionfund.ledger.platform.projection.StateStore;
import org.unionfund.ledger.platform.projection.WriteOnceStore;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCountChange;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;
import org.unionfund.ledger.statistics.ScopeKeys;

import com.mongodb.client.MongoDatabase;

/**
 * Coverage and per-capita statistics (人次, 人数, participant-days, union-funded spend, eligible workers, planned
 * headcount), pre-aggregated per region (own and rolled up the tree), period (year and month) and programme, with
 * breakdowns as sections (see {@link CoverageKeys}). Collections:
 * <ul>
 * <li>{@code stats_counters}: the pre-aggregated documents;</li>
 * <li>{@code stats_trips}: per trip its schedule and its attended workers with category, ownership, line and amount
 * (to apply corrections, and for the exact date-range path), see {@link TripAttendance};</li>
 * <li>{@code stats_workers}: per (year, worker pseudonym) the worker's attended records of that year, for exact
 * distinct workers, see {@link DistinctWorkers};</li>
 * <li>{@code stats_programmes}: programme settings (body path, year, planned headcount).</li>
 * </ul>
 */
@Component
@ProcessingGroup(BatchProjection.STATISTICS_GROUP)
public class CoverageProjection extends BatchProjection {

    public static final String NAME = "coverage";
    public static final String COUNTERS = "stats_counters";
    public static final String TRIPS = "stats_trips";
    public static final String PROGRAMMES = "stats_programmes";

    /** The counters every attended record adds to in each of its cells. */
    private static final String[] TALLIED = {CoverageKeys.PERSON_TIMES, CoverageKeys.DAYS, CoverageKeys.SPEND};

    /** Participants kept in memory for trips not settled yet (beyond it, the trip's stream is read at settlement). */
    static final int PARTICIPANT_CACHE_LIMIT = 300_000;

    private final TripHistory history;
    private final CounterBatch counters;
    private final StateStore<TripState> trips;
    private final WriteOnceStore<ProgrammeInfo> programmes;
    private final ParticipantCache participants = new ParticipantCache(PARTICIPANT_CACHE_LIMIT);
    private final CoverageCells cells;
    private final RecordCounts tallies = new RecordCounts();
    private final DistinctWorkers workers;
    private final TripAttendance attendance;

    @Autowired
    public CoverageProjection(MongoDatabase database, TripHistory history) {
        this(database, "", history, false);
    }

    CoverageProjection(MongoDatabase database, String prefix, TripHistory history, boolean singleWriter) {
        super(database, prefix, NAME, (db, shadowPrefix, writer) -> new CoverageProjection(db, shadowPrefix, history,
                writer));
        this.history = history;
        // Flushed in reverse dependency order: counters, then the worker records they were derived from, then the
        // trips the records were derived from, then programme settings.
        this.counters = store(new CounterBatch(collection(COUNTERS), ScopeKeys::regionAndPeriod));
        this.trips = new StateStore<>(collection(TRIPS), TripState.CODEC);
        StateStore<WorkerYear> workerYears = new StateStore<>(collection("stats_workers"), WorkerYear.CODEC);
        this.programmes = new WriteOnceStore<>(collection(PROGRAMMES), ProgrammeInfo.CODEC, 100_000);
        this.cells = new CoverageCells(programmes);
        this.workers = store(new DistinctWorkers(workerYears, counters, cells, singleWriter));
        store(trips);
        store(programmes);
        this.attendance = new TripAttendance(trips, participants, history, counters, cells, tallies, workers);
        routes().on(ProgrammeOpenedEvent.class, this::programmeOpened)
                .on(EligibleWorkersRegisteredEvent.class, this::eligibleRegistered)
                .on(TripScheduledEvent.class, (s, keys) -> {
                    keys.add(trips, s.tripId().value());
                    keys.add(programmes, s.programmeId().value());
                }, attendance::scheduled)
                .on(ParticipantsEnrolledEvent.class, attendance::enrolled)
                .on(TripSettledEvent.class, (s, keys) -> keys.add(trips, s.tripId().value()), attendance::settled)
                .on(NoShowRemovedEvent.class, (s, keys) -> keys.add(trips, s.tripId().value()), attendance::noShow)
                .on(ParticipantCategoryChangedEvent.class, (s, keys) -> keys.add(trips, s.tripId().value()),
                        attendance::categoryChanged)
                .on(ParticipantRechargedEvent.class, (s, keys) -> keys.add(trips, s.tripId().value()),
                        attendance::recharged);
    }

    @Override
    public void reset() {
        super.reset();
        participants.clear();
        workers.reset();
    }

    @Override
    protected void complete() {
        tallies.drain((e, r, n) -> {
            long[] deltas = {n, n * r.days(), n * r.amountFen()};
            cells.forEach(r, (doc, section) -> counters.inc(e, doc, section, TALLIED, deltas));
        });
        workers.apply();
    }

    @Override
    protected void discard() {
        super.discard();
        tallies.clear();
    }

    private void programmeOpened(PositionedEvent e, ProgrammeOpenedEvent opened) {
        List<String> path = opened.bodyPath().stream().map(BodyId::value).toList();
        ProgrammeInfo info = new ProgrammeInfo(opened.programmeId().value(), opened.ledgerId().rootBodyId(),
                opened.bodyId().value(), path, opened.year(), opened.plannedHeadcount(), opened.name());
        programmes.put(info.programme(), info);
        String prog = CoverageKeys.programme(info.programme());
        counters.set(e, prog, "body", info.body());
        counters.set(e, prog, "year", (long) info.year());
        counters.set(e, prog, "name", info.name());
        counters.set(e, prog, "ledger", info.ledger());
        counters.inc(e, prog, CoverageKeys.ALL, CoverageKeys.PLANNED, info.planned());
        for (String doc : regionDocs(info.body(), path, opened.year())) {
            counters.inc(e, doc, CoverageKeys.ALL, CoverageKeys.PLANNED, info.planned());
            counters.inc(e, doc, CoverageKeys.ALL, CoverageKeys.PROGRAMMES, 1);
        }
    }

    private void eligibleRegistered(PositionedEvent e, EligibleWorkersRegisteredEvent registered) {
        List<String> docs = regionDocs(registered.bodyId().value(),
                registered.bodyPath().stream().map(BodyId::value).toList(), registered.year());
        for (EligibleCountChange change : registered.counts()) {
            long delta = change.count() - change.previous();
            for (String doc : docs) {
                counters.inc(e, doc, CoverageKeys.ALL, CoverageKeys.ELIGIBLE, delta);
                counters.inc(e, doc, CoverageKeys.category(change.category().name()), CoverageKeys.ELIGIBLE, delta);
            }
        }
    }

    /** The body's own year document and the year documents of every region on its path. */
    private static List<String> regionDocs(String body, List<String> path, int year) {
        return ScopeKeys.ownAndRegions(body, path, CoverageKeys.year(year));
    }
}
