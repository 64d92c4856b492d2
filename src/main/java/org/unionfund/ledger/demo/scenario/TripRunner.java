package org.unionfund.ledger.demo.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.demo.seed.PersonFactory;
import org.unionfund.ledger.demo.seed.PersonSpec;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.ChangeParticipantCategoryCommand;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/**
 * Sends one trip: schedule, one bulk enrolment, the settlement by who went (no-shows are simply not listed;
 * attendees whose line differs from the trip's default line name it), then the corrections. Identity numbers
 * exist only inside this method: each becomes the worker's keyed pseudonym at once, as in the web layer.
 */
public final class TripRunner {

    /** Participants per enrolment command (the API's bulk size: 40–200 per request). */
    static final int ENROLMENT_BATCH = 200;

    private final Consumer<Object> commands;
    private final PersonFactory people;
    private final WorkerPseudonyms pseudonyms;
    private final long seed;
    private final AtomicLong trips = new AtomicLong();
    private final AtomicLong enrolled = new AtomicLong();
    private final AtomicLong personTimes = new AtomicLong();

    /** {@code commands} sends one command (the loader's {@code DemoCommands::send}). */
    public TripRunner(Consumer<Object> commands, PersonFactory people, WorkerPseudonyms pseudonyms, long seed) {
        this.commands = commands;
        this.people = people;
        this.pseudonyms = pseudonyms;
        this.seed = seed;
    }

    public void run(TripPlan trip) {
        TripId id = new TripId(trip.tripId());
        commands.accept(new ScheduleTripCommand(id, new ProgrammeId(trip.programme().programmeId()),
                new ContractorId(trip.contractorId()), new DestinationId(trip.destinationId()), trip.start(),
                trip.days(), trip.pricePerDay(), DestinationNames.tripName(trip.destinationId(), trip.start(),
                        trip.days())));
        List<Participant> participants = participants(trip);
        for (int from = 0, batch = 1; from < participants.size(); from += ENROLMENT_BATCH, batch++) {
            commands.accept(new EnrolParticipantsCommand(id, new EnrolmentId(trip.tripId() + "-E" + batch),
                    participants.subList(from, Math.min(participants.size(), from + ENROLMENT_BATCH))));
        }
        List<AttendeeFunding> attendees = new ArrayList<>();
        for (int ordinal = 0; ordinal < trip.workers(); ordinal++) {
            if (!trip.noShow(ordinal)) {
                ProgrammeLine line = trip.line(ordinal);
                attendees.add(new AttendeeFunding(new ParticipantId(trip.workerId(ordinal)),
                        line.equals(trip.defaultLine()) ? null : line));
            }
        }
        for (int member = 0; member < trip.family(); member++) {
            attendees.add(new AttendeeFunding(new ParticipantId(trip.familyId(member)), null));
        }
        commands.accept(new SettleTripCommand(id, new SettlementId(trip.tripId() + "-S"), attendees,
                trip.defaultLine(), trip.settledOn()));
        int removed = 0;
        for (CorrectionPlan correction : trip.corrections()) {
            if (correction instanceof CorrectionPlan.NoShowFoundLater noShow) {
                commands.accept(new RemoveNoShowCommand(id, new CorrectionId(noShow.correctionId()),
                        new ParticipantId(trip.workerId(noShow.ordinal())), noShow.reason(),
                        noShow.effectiveDate()));
                removed++;
            } else if (correction instanceof CorrectionPlan.CategoryFixed fix) {
                commands.accept(new ChangeParticipantCategoryCommand(id, new CorrectionId(fix.correctionId()),
                        new ParticipantId(trip.workerId(fix.ordinal())), fix.category(), fix.subtype(),
                        fix.rechargeTo(), fix.reason(), fix.effectiveDate()));
            }
        }
        trips.incrementAndGet();
        enrolled.addAndGet(participants.size());
        personTimes.addAndGet(trip.attendingWorkers() - removed);
    }

    private List<Participant> participants(TripPlan trip) {
        ProgrammePlan programme = trip.programme();
        List<Participant> participants = new ArrayList<>(trip.workers() + trip.family());
        for (int ordinal = 0; ordinal < trip.workers(); ordinal++) {
            PersonSpec person = trip.cohort().person(seed, trip.person(ordinal), programme.body(), programme.city());
            String idNumber = people.idNumber(person.index(), person.homeArea());
            participants.add(new Participant(new ParticipantId(trip.workerId(ordinal)), pseudonyms.of(idNumber),
                    person.category(), person.subtype(), person.ownership(), person.employer(), false));
        }
        for (int member = 0; member < trip.family(); member++) {
            participants.add(new Participant(new ParticipantId(trip.familyId(member)), null, null, null, null, null,
                    true));
        }
        return participants;
    }

    public long trips() {
        return trips.get();
    }

    public long enrolled() {
        return enrolled.get();
    }

    /** Attending workers net of no-shows found later (family members excluded). */
    public long personTimes() {
        return personTimes.get();
    }
}
