package org.unionfund.ledger.statistics.coverage;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.unionfund.ledger.platform.projection.CounterBatch;
import org.unionfund.ledger.platform.projection.PositionedEvent;
import org.unionfund.ledger.platform.projection.StateStore;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;

/**
 * The trips' side of coverage: per trip its schedule and its attended workers ({@code stats_trips}); a settlement
 * adds a record per attended participant, a removed no-show or a correction (category, programme line) takes the old
 * record back and adds the new one. Every added or removed record goes to the tallies and the distinct workers.
 * <p>
 * A settlement's participants (category, new-form subtype, ownership) come from the trip's enrolment events: from
 * memory when this instance saw all the trip's events before the settlement (checked by aggregate sequence
 * numbers), otherwise by reading the trip's own stream from the log.
 */
final class TripAttendance {

    private final StateStore<TripState> trips;
    private final ParticipantCache participants;
    private final TripHistory history;
    private final CounterBatch counters;
    private final CoverageCells cells;
    private final RecordCounts tallies;
    private final DistinctWorkers workers;

    TripAttendance(StateStore<TripState> trips, ParticipantCache participants, TripHistory history,
            CounterBatch counters, CoverageCells cells, RecordCounts tallies, DistinctWorkers workers) {
        this.trips = trips;
        this.participants = participants;
        this.history = history;
        this.counters = counters;
        this.cells = cells;
        this.tallies = tallies;
        this.workers = workers;
    }

    void scheduled(PositionedEvent e, TripScheduledEvent scheduled) {
        String id = scheduled.tripId().value();
        participants.scheduled(id, e.sequenceNumber());
        StateStore.Entry<TripState> entry = trips.get(id);
        if (entry == null) {
            entry = trips.create(id, new TripState());
        }
        ProgrammeInfo programme = cells.programme(scheduled.programmeId().value());
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

    void enrolled(PositionedEvent e, ParticipantsEnrolledEvent enrolled) {
        participants.enrolled(enrolled.tripId().value(), e.sequenceNumber(), enrolled.participants());
    }

    void settled(PositionedEvent e, TripSettledEvent settled) {
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
        for (String doc : cells.docs(any)) {
            counters.inc(e, doc, CoverageKeys.ALL, CoverageKeys.TRIPS, 1);
        }
        entry.apply(e.position(), t -> {
            t.attended.putAll(attended);
            t.settled = true;
        });
    }

    void noShow(PositionedEvent e, NoShowRemovedEvent noShow) {
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

    void categoryChanged(PositionedEvent e, ParticipantCategoryChangedEvent changed) {
        participants.categoryChanged(changed.tripId().value(), e.sequenceNumber(), changed);
        String subtype = changed.toSubtype() == null ? null : changed.toSubtype().name();
        replace(e, changed.tripId().value(), changed.participantId().value(),
                a -> a.withCategory(changed.toCategory().name(), subtype));
    }

    void recharged(PositionedEvent e, ParticipantRechargedEvent recharged) {
        replace(e, recharged.tripId().value(), recharged.participantId().value(),
                a -> a.withLine(recharged.toLine().fundId().value(), recharged.toLine().earmark()));
    }

    /** A correction of an attended participant: the old record goes, the corrected one comes. */
    private void replace(PositionedEvent e, String id, String pid,
            java.util.function.UnaryOperator<AttendedParticipant> correction) {
        StateStore.Entry<TripState> entry = requireTrip(id);
        if (!entry.accepts(e.position())) {
            return;
        }
        AttendedParticipant a = entry.value().attended.get(pid);
        AttendedParticipant updated = a == null ? null : correction.apply(a);
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

    private void add(PositionedEvent e, AttendanceRecord r, String worker) {
        tallies.add(e, r, +1);
        workers.change(e, r, worker, true);
    }

    private void remove(PositionedEvent e, AttendanceRecord r, String worker) {
        tallies.add(e, r, -1);
        workers.change(e, r, worker, false);
    }

    private StateStore.Entry<TripState> requireTrip(String id) {
        StateStore.Entry<TripState> entry = trips.find(id);
        if (entry == null) {
            throw new IllegalStateException("trip " + id + " was not scheduled in the coverage projection");
        }
        return entry;
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
}
