package org.unionfund.ledger.statistics.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCountChange;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.CounterBatch;
import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.PositionedEvent;
import org.unionfund.ledger.platform.projection.StateStore;
import org.unionfund.ledger.platform.projection.WriteOnceStore;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;

import com.mongodb.client.MongoDatabase;

/**
 * Coverage and per-capita statistics (人次, 人数, participant-days, union-funded spend, eligible workers, planned
 * headcount), pre-aggregated per region (own and rolled up the tree), period (year and month) and programme, with
 * breakdowns as sections (see {@link CoverageKeys}). Collections:
 * <ul>
 * <li>{@code stats_counters}: the pre-aggregated documents;</li>
 * <li>{@code stats_trips}: per trip its schedule and its attended workers with category, ownership, line and amount
 * (to apply corrections, and for the exact date-range path);</li>
 * <li>{@code stats_workers}: per (year, worker pseudonym) the worker's attended records of that year: when a record
 * makes a (document, section) cell go from no record of the worker to one, the cell's {@code distinct} counter goes
 * up by one, and down when its last record goes (a correction) — so distinct workers are exact across trips and
 * programmes, never a sum of per-trip counts;</li>
 * <li>{@code stats_programmes}: programme settings (body path, year, planned headcount).</li>
 * </ul>
 * A settlement's participants (category, new-form subtype, ownership) come from the trip's enrolment events: from
 * memory when this instance saw all the trip's events before the settlement (checked by aggregate sequence
 * numbers), otherwise by reading the trip's own stream from the log.
 */
@Component
@ProcessingGroup(BatchProjection.STATISTICS_GROUP)
public class CoverageProjection extends BatchProjection {

    public static final String NAME = "coverage";
    public static final String COUNTERS = "stats_counters";
    public static final String TRIPS = "stats_trips";
    public static final String WORKERS = "stats_workers";
    public static final String PROGRAMMES = "stats_programmes";

    private static final Set<Class<?>> HANDLED = Set.of(ProgrammeOpenedEvent.class,
            EligibleWorkersRegisteredEvent.class, TripScheduledEvent.class, ParticipantsEnrolledEvent.class,
            TripSettledEvent.class, NoShowRemovedEvent.class, ParticipantCategoryChangedEvent.class,
            ParticipantRechargedEvent.class);
    /** Participants kept in memory for trips not settled yet (beyond it, the trip's stream is read at settlement). */
    static final int PARTICIPANT_CACHE_LIMIT = 300_000;

    private final MongoDatabase database;
    private final TripHistory history;
    private final boolean singleWriter;

    private final CounterBatch counters;
    private final StateStore<TripState> trips;
    private final StateStore<WorkerYear> workers;
    private final WriteOnceStore<ProgrammeInfo> programmes;
    private final ParticipantCache participants = new ParticipantCache(PARTICIPANT_CACHE_LIMIT);
    /** In single-writer mode (a rebuild from empty collections): hashes of the worker documents that exist. */
    private final LongHashSet knownWorkers = new LongHashSet();

    /** Per batch: additive changes per event and record, and the record changes per worker document. */
    private final Map<Integer, Map<AttendanceRecord, long[]>> tallies = new LinkedHashMap<>();
    private final Map<Integer, PositionedEvent> tallyEvents = new HashMap<>();
    private final Map<String, List<WorkerChange>> workerChanges = new LinkedHashMap<>();

    @Autowired
    public CoverageProjection(MongoDatabase database, TripHistory history) {
        this(database, "", history, false);
    }

    CoverageProjection(MongoDatabase database, String prefix, TripHistory history, boolean singleWriter) {
        super(database, prefix);
        this.database = database;
        this.history = history;
        this.singleWriter = singleWriter;
        this.counters = new CounterBatch(collection(COUNTERS), CoverageProjection::initialise);
        this.trips = new StateStore<>(collection(TRIPS), TripState.CODEC);
        this.workers = new StateStore<>(collection(WORKERS), WorkerYear.CODEC);
        this.programmes = new WriteOnceStore<>(collection(PROGRAMMES), ProgrammeInfo.CODEC, 100_000);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collectionNames() {
        return List.of(COUNTERS, TRIPS, WORKERS, PROGRAMMES);
    }

    @Override
    public boolean handles(Class<?> payloadType) {
        return HANDLED.contains(payloadType);
    }

    @Override
    public BatchProjection shadow(MongoDatabase target, String prefix, boolean singleWriter) {
        return new CoverageProjection(target, prefix, history, singleWriter);
    }

    // ------------------------------------------------------------------ Axon handlers: record into the batch

    @EventHandler
    void on(ProgrammeOpenedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(EligibleWorkersRegisteredEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(TripScheduledEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(ParticipantsEnrolledEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(TripSettledEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(NoShowRemovedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(ParticipantCategoryChangedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(ParticipantRechargedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @ResetHandler
    void onReset() {
        reset();
    }

    @Override
    public void reset() {
        super.reset();
        participants.clear();
        knownWorkers.clear();
    }

    // ------------------------------------------------------------------ batch

    @Override
    protected void apply(List<PositionedEvent> batch) {
        Set<String> tripIds = new HashSet<>();
        Set<String> programmeIds = new HashSet<>();
        for (PositionedEvent e : batch) {
            Object p = e.payload();
            if (p instanceof TripScheduledEvent s) {
                tripIds.add(s.tripId().value());
                programmeIds.add(s.programmeId().value());
            } else if (p instanceof TripSettledEvent s) {
                tripIds.add(s.tripId().value());
            } else if (p instanceof NoShowRemovedEvent s) {
                tripIds.add(s.tripId().value());
            } else if (p instanceof ParticipantCategoryChangedEvent s) {
                tripIds.add(s.tripId().value());
            } else if (p instanceof ParticipantRechargedEvent s) {
                tripIds.add(s.tripId().value());
            }
        }
        programmes.load(programmeIds);
        trips.load(tripIds);

        for (PositionedEvent e : batch) {
            Object p = e.payload();
            if (p instanceof ProgrammeOpenedEvent opened) {
                programmeOpened(e, opened);
            } else if (p instanceof EligibleWorkersRegisteredEvent registered) {
                eligibleRegistered(e, registered);
            } else if (p instanceof TripScheduledEvent scheduled) {
                tripScheduled(e, scheduled);
            } else if (p instanceof ParticipantsEnrolledEvent enrolled) {
                participants.enrolled(enrolled.tripId().value(), e.sequenceNumber(), enrolled.participants());
            } else if (p instanceof TripSettledEvent settled) {
                tripSettled(e, settled);
            } else if (p instanceof NoShowRemovedEvent noShow) {
                noShow(e, noShow);
            } else if (p instanceof ParticipantCategoryChangedEvent changed) {
                categoryChanged(e, changed);
            } else if (p instanceof ParticipantRechargedEvent recharged) {
                recharged(e, recharged);
            }
        }
        writeTallies();
        applyWorkerChanges();

        // Reverse dependency order: counters, then the worker records they were derived from, then the trips the
        // records were derived from, then programme settings.
        counters.flush();
        List<String> written = new ArrayList<>();
        for (StateStore.Entry<WorkerYear> entry : workers.entries()) {
            written.add(entry.id());
        }
        workers.flush();
        if (singleWriter) {
            written.forEach(id -> knownWorkers.add(hash(id)));
        }
        trips.flush();
        programmes.flush();
    }

    @Override
    protected void discard() {
        counters.clear();
        trips.clear();
        workers.clear();
        programmes.discard();
        tallies.clear();
        tallyEvents.clear();
        workerChanges.clear();
        if (singleWriter) {
            // A failed rebuild batch may have left writes the set does not know of: stop trusting it.
            knownWorkers.invalidate();
        }
    }

    // ------------------------------------------------------------------ events

    private void programmeOpened(PositionedEvent e, ProgrammeOpenedEvent opened) {
        List<String> path = opened.bodyPath().stream().map(BodyId::value).toList();
        ProgrammeInfo info = new ProgrammeInfo(opened.programmeId().value(), opened.ledgerId().rootBodyId(),
                opened.bodyId().value(), path, opened.year(), opened.plannedHeadcount(), opened.name());
        programmes.put(info.programme(), info);
        String year = CoverageKeys.year(opened.year());
        String prog = CoverageKeys.programme(info.programme());
        counters.set(e, prog, "body", info.body());
        counters.set(e, prog, "year", (long) info.year());
        counters.set(e, prog, "name", info.name());
        counters.set(e, prog, "ledger", info.ledger());
        counters.inc(e, prog, CoverageKeys.ALL, CoverageKeys.PLANNED, info.planned());
        List<String> docs = new ArrayList<>();
        docs.add(CoverageKeys.own(info.body(), year));
        path.forEach(region -> docs.add(CoverageKeys.sub(region, year)));
        for (String doc : docs) {
            counters.inc(e, doc, CoverageKeys.ALL, CoverageKeys.PLANNED, info.planned());
            counters.inc(e, doc, CoverageKeys.ALL, CoverageKeys.PROGRAMMES, 1);
        }
    }

    private void eligibleRegistered(PositionedEvent e, EligibleWorkersRegisteredEvent registered) {
        String year = CoverageKeys.year(registered.year());
        List<String> docs = new ArrayList<>();
        docs.add(CoverageKeys.own(registered.bodyId().value(), year));
        registered.bodyPath().forEach(region -> docs.add(CoverageKeys.sub(region.value(), year)));
        for (EligibleCountChange change : registered.counts()) {
            long delta = change.count() - change.previous();
            for (String doc : docs) {
                counters.inc(e, doc, CoverageKeys.ALL, CoverageKeys.ELIGIBLE, delta);
                counters.inc(e, doc, CoverageKeys.category(change.category().name()), CoverageKeys.ELIGIBLE, delta);
            }
        }
    }

    private void tripScheduled(PositionedEvent e, TripScheduledEvent scheduled) {
        String id = scheduled.tripId().value();
        participants.scheduled(id, e.sequenceNumber());
        StateStore.Entry<TripState> entry = trips.get(id);
        if (entry == null) {
            entry = trips.create(id, new TripState());
        }
        ProgrammeInfo programme = programme(scheduled.programmeId().value());
        entry.apply(e.position(), t -> {
            t.programme = scheduled.programmeId().value();
            t.body = programme.body();
            t.year = scheduled.startDate().getYear();
            t.month = scheduled.startDate().getMonthValue();
            t.start = scheduled.startDate().toString();
            t.days = scheduled.days();
            t.destination = scheduled.destinationId().value();
            t.destinationRegion = scheduled.destinationRegion();
            t.costFen = scheduled.costPerPerson().fen();
        });
    }

    private void tripSettled(PositionedEvent e, TripSettledEvent settled) {
        String id = settled.tripId().value();
        Map<String, ParticipantInfo> enrolled = participants.settled(id, e.sequenceNumber());
        StateStore.Entry<TripState> entry = requireTrip(id);
        if (!entry.accepts(e.position())) {
            return;
        }
        TripState trip = entry.value();
        if (enrolled == null) {
            enrolled = fold(settled.tripId(), e.sequenceNumber());
        }
        Map<String, AttendedParticipant> attended = new TreeMap<>();
        for (ParticipantCharge charge : settled.charges()) {
            String pid = charge.participantId().value();
            ParticipantInfo p = enrolled.get(pid);
            if (p == null) {
                throw new IllegalStateException("participant " + pid + " of trip " + id + " has no enrolment");
            }
            AttendedParticipant a = new AttendedParticipant(charge.worker().value(), p.category(), p.ownership(),
                    p.subtype(), charge.line().fundId().value(), charge.line().earmark(), charge.amount().fen());
            attended.put(pid, a);
            add(e, trip.record(id, a), a.worker());
        }
        AttendanceRecord any = trip.record(id, new AttendedParticipant("", "", "", null, "", null, 0));
        for (String doc : CoverageKeys.docs(any, programme(trip.programme).path())) {
            counters.inc(e, doc, CoverageKeys.ALL, CoverageKeys.TRIPS, 1);
        }
        entry.apply(e.position(), t -> {
            t.attended.putAll(attended);
            t.settled = true;
        });
    }

    private void noShow(PositionedEvent e, NoShowRemovedEvent noShow) {
        String id = noShow.tripId().value();
        StateStore.Entry<TripState> entry = requireTrip(id);
        if (!entry.accepts(e.position())) {
            return;
        }
        String pid = noShow.participantId().value();
        AttendedParticipant a = entry.value().attended.get(pid);
        if (a != null) {
            remove(e, entry.value().record(id, a), a.worker());
        }
        entry.apply(e.position(), t -> t.attended.remove(pid));
    }

    private void categoryChanged(PositionedEvent e, ParticipantCategoryChangedEvent changed) {
        String id = changed.tripId().value();
        participants.categoryChanged(id, e.sequenceNumber(), changed);
        StateStore.Entry<TripState> entry = requireTrip(id);
        if (!entry.accepts(e.position())) {
            return;
        }
        String pid = changed.participantId().value();
        String category = changed.toCategory().name();
        String subtype = changed.toSubtype() == null ? null : changed.toSubtype().name();
        AttendedParticipant a = entry.value().attended.get(pid);
        AttendedParticipant updated = a == null ? null : a.withCategory(category, subtype);
        if (a != null) {
            remove(e, entry.value().record(id, a), a.worker());
            add(e, entry.value().record(id, updated), a.worker());
        }
        entry.apply(e.position(), t -> {
            if (updated != null) {
                t.attended.put(pid, updated);
            }
        });
    }

    private void recharged(PositionedEvent e, ParticipantRechargedEvent recharged) {
        String id = recharged.tripId().value();
        StateStore.Entry<TripState> entry = requireTrip(id);
        if (!entry.accepts(e.position())) {
            return;
        }
        String pid = recharged.participantId().value();
        AttendedParticipant a = entry.value().attended.get(pid);
        AttendedParticipant updated = a == null ? null
                : a.withLine(recharged.toLine().fundId().value(), recharged.toLine().earmark());
        if (a != null) {
            remove(e, entry.value().record(id, a), a.worker());
            add(e, entry.value().record(id, updated), a.worker());
        }
        entry.apply(e.position(), t -> {
            if (updated != null) {
                t.attended.put(pid, updated);
            }
        });
    }

    private StateStore.Entry<TripState> requireTrip(String id) {
        StateStore.Entry<TripState> entry = trips.find(id);
        if (entry == null) {
            throw new IllegalStateException("trip " + id + " was not scheduled in the coverage projection");
        }
        return entry;
    }

    private ProgrammeInfo programme(String id) {
        ProgrammeInfo info = programmes.get(id);
        if (info == null) {
            throw new IllegalStateException("programme " + id + " is unknown to the coverage projection");
        }
        return info;
    }

    private Map<String, ParticipantInfo> fold(TripId trip, long settlementSequence) {
        Map<String, ParticipantInfo> folded = new HashMap<>();
        for (Object event : history.events(trip.toString(), settlementSequence)) {
            if (event instanceof ParticipantsEnrolledEvent enrolled) {
                for (Participant p : enrolled.participants()) {
                    folded.put(p.participantId().value(), ParticipantInfo.of(p));
                }
            } else if (event instanceof ParticipantCategoryChangedEvent changed) {
                folded.computeIfPresent(changed.participantId().value(), (k, p) -> p.withCategory(changed));
            } else if (event instanceof TripSettledEvent) {
                break;
            }
        }
        return folded;
    }

    // ------------------------------------------------------------------ records → counters and worker changes

    private record WorkerChange(PositionedEvent event, boolean add, AttendanceRecord record) {
    }

    private void add(PositionedEvent e, AttendanceRecord r, String worker) {
        tally(e, r, +1);
        workerChanges.computeIfAbsent(r.year() + "|" + worker, k -> new ArrayList<>()).add(new WorkerChange(e, true, r));
    }

    private void remove(PositionedEvent e, AttendanceRecord r, String worker) {
        tally(e, r, -1);
        workerChanges.computeIfAbsent(r.year() + "|" + worker, k -> new ArrayList<>())
                .add(new WorkerChange(e, false, r));
    }

    private void tally(PositionedEvent e, AttendanceRecord r, int sign) {
        tallyEvents.putIfAbsent(e.ordinal(), e);
        tallies.computeIfAbsent(e.ordinal(), k -> new LinkedHashMap<>()).computeIfAbsent(r, k -> new long[1])[0] += sign;
    }

    /** Person-times, participant-days and spend: per event, per distinct record, times how often it occurred. */
    private void writeTallies() {
        for (Map.Entry<Integer, Map<AttendanceRecord, long[]>> perEvent : tallies.entrySet()) {
            PositionedEvent e = tallyEvents.get(perEvent.getKey());
            for (Map.Entry<AttendanceRecord, long[]> tally : perEvent.getValue().entrySet()) {
                long n = tally.getValue()[0];
                AttendanceRecord r = tally.getKey();
                forEachCell(r, (doc, section) -> {
                    counters.inc(e, doc, section, CoverageKeys.PERSON_TIMES, n);
                    counters.inc(e, doc, section, CoverageKeys.DAYS, n * r.days());
                    counters.inc(e, doc, section, CoverageKeys.SPEND, n * r.amountFen());
                });
            }
        }
        tallies.clear();
        tallyEvents.clear();
    }

    private interface CellConsumer {
        void accept(String doc, String section);
    }

    private void forEachCell(AttendanceRecord r, CellConsumer consumer) {
        List<String> sections = CoverageKeys.sections(r);
        String trip = CoverageKeys.trip(r.trip());
        for (String doc : CoverageKeys.docs(r, programme(r.programme()).path())) {
            for (String section : sections) {
                consumer.accept(doc, section);
            }
            if (CoverageKeys.withTrips(r, doc)) {
                consumer.accept(doc, trip);
            }
        }
    }

    /**
     * Applies the batch's record changes to the workers' documents and turns every cell that gains its first record
     * of the worker (or loses its last) into a {@code distinct} change of ±1.
     */
    private void applyWorkerChanges() {
        if (workerChanges.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(workerChanges.keySet());
        if (singleWriter && knownWorkers.trusted()) {
            List<String> maybe = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            for (String id : ids) {
                (knownWorkers.contains(hash(id)) ? maybe : absent).add(id);
            }
            workers.knownAbsent(absent);
            workers.load(maybe);
        } else {
            workers.load(ids);
        }
        // Workers seen for the first time with one new record: counted per (event, record) like the tallies.
        Map<Integer, Map<AttendanceRecord, long[]>> firsts = new LinkedHashMap<>();
        Map<Integer, PositionedEvent> firstEvents = new HashMap<>();
        for (Map.Entry<String, List<WorkerChange>> changes : workerChanges.entrySet()) {
            StateStore.Entry<WorkerYear> entry = workers.get(changes.getKey());
            if (entry == null) {
                entry = workers.create(changes.getKey(), new WorkerYear());
            }
            List<WorkerChange> list = changes.getValue();
            list.sort((a, b) -> Integer.compare(a.event().ordinal(), b.event().ordinal()));
            int i = 0;
            while (i < list.size()) {
                int j = i;
                PositionedEvent e = list.get(i).event();
                while (j < list.size() && list.get(j).event().ordinal() == e.ordinal()) {
                    j++;
                }
                List<WorkerChange> group = list.subList(i, j);
                i = j;
                if (!entry.accepts(e.position())) {
                    continue;
                }
                List<AttendanceRecord> records = entry.value().records;
                if (records.isEmpty() && group.size() == 1 && group.get(0).add()) {
                    firstEvents.putIfAbsent(e.ordinal(), e);
                    firsts.computeIfAbsent(e.ordinal(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(group.get(0).record(), k -> new long[1])[0]++;
                    entry.apply(e.position(), w -> w.records.add(group.get(0).record()));
                    continue;
                }
                Set<String> before = cells(records);
                entry.apply(e.position(), w -> {
                    for (WorkerChange change : group) {
                        if (change.add()) {
                            w.records.removeIf(r -> r.trip().equals(change.record().trip()));
                            w.records.add(change.record());
                        } else {
                            w.records.removeIf(r -> r.trip().equals(change.record().trip()));
                        }
                    }
                });
                Set<String> after = cells(entry.value().records);
                for (String cell : after) {
                    if (!before.contains(cell)) {
                        distinct(e, cell, +1);
                    }
                }
                for (String cell : before) {
                    if (!after.contains(cell)) {
                        distinct(e, cell, -1);
                    }
                }
            }
        }
        for (Map.Entry<Integer, Map<AttendanceRecord, long[]>> perEvent : firsts.entrySet()) {
            PositionedEvent e = firstEvents.get(perEvent.getKey());
            perEvent.getValue().forEach((r, n) -> forEachCell(r,
                    (doc, section) -> counters.inc(e, doc, section, CoverageKeys.DISTINCT, n[0])));
        }
        workerChanges.clear();
    }

    private Set<String> cells(List<AttendanceRecord> records) {
        Set<String> cells = new HashSet<>();
        for (AttendanceRecord r : records) {
            cells.addAll(CoverageKeys.cells(r, programme(r.programme()).path()));
        }
        return cells;
    }

    private void distinct(PositionedEvent e, String cell, int delta) {
        int split = cell.indexOf('\u0000');
        counters.inc(e, cell.substring(0, split), cell.substring(split + 1), CoverageKeys.DISTINCT, delta);
    }

    private static long hash(String id) {
        long h = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        return h ^ (h >>> 29) ^ ((long) id.hashCode() << 32);
    }

    /** Attributes of a counter document, from its id. */
    static void initialise(CounterDoc doc) {
        String[] parts = doc.id().split("\\|", 3);
        doc.set("scope", parts[0]);
        if (parts[0].equals("prog")) {
            doc.set("programme", parts[1]);
        } else {
            doc.set("region", parts[1]);
            doc.set("period", parts[2]);
        }
    }
}
