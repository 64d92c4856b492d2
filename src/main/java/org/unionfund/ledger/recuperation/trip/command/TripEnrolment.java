package org.unionfund.ledger.recuperation.trip.command;

import static org.unionfund.ledger.recuperation.trip.command.TripRules.violation;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.kernel.Idempotency;

/**
 * Enrolment: a batch of 1 to MAX_BATCH participants before settlement, none enrolled twice (by participant id or by
 * worker), every worker with an identity number, category and ownership, and of a category the programme admits.
 * Empty when this enrolment id was already made with the same participants.
 */
final class TripEnrolment {

    private TripEnrolment() {
    }

    static Optional<ParticipantsEnrolledEvent> decide(TripId tripId, TripScheduledEvent schedule,
            Map<String, Participant> participants, Set<String> workers, Map<String, String> enrolments,
            String settlementId, EnrolParticipantsCommand c, String fingerprint) {
        if (Idempotency.isRepeat(enrolments.get(c.enrolmentId().value()), fingerprint,
                () -> violation(TripRuleViolation.IDEMPOTENCY_CONFLICT, "enrolmentId", "enrolment "
                        + c.enrolmentId() + " was already made with other participants"))) {
            return Optional.empty();
        }
        if (settlementId != null) {
            throw violation(TripRuleViolation.ALREADY_SETTLED, "participants", "trip " + tripId.value()
                    + " is settled; enrol no one any more");
        }
        if (c.participants().isEmpty() || c.participants().size() > EnrolParticipantsCommand.MAX_BATCH) {
            throw violation(TripRuleViolation.INVALID_VALUE, "participants",
                    "an enrolment has 1 to " + EnrolParticipantsCommand.MAX_BATCH + " participants");
        }
        Set<String> ids = new HashSet<>();
        Set<String> batchWorkers = new HashSet<>();
        for (int i = 0; i < c.participants().size(); i++) {
            Participant p = c.participants().get(i);
            String field = "participants[" + i + "]";
            if (participants.containsKey(p.participantId().value()) || !ids.add(p.participantId().value())) {
                throw violation(TripRuleViolation.DUPLICATE_PARTICIPANT, field + ".participantId",
                        "participant " + p.participantId() + " is already enrolled on this trip");
            }
            if (p.worker() != null && (workers.contains(p.worker().value())
                    || !batchWorkers.add(p.worker().value()))) {
                throw violation(TripRuleViolation.DUPLICATE_PARTICIPANT, field + ".idNumber",
                        "the worker of participant " + p.participantId() + " is already enrolled on this trip");
            }
            requireWellFormed(schedule, p, field);
        }
        return Optional.of(new ParticipantsEnrolledEvent(tripId, c.enrolmentId(), c.participants(), fingerprint));
    }

    private static void requireWellFormed(TripScheduledEvent schedule, Participant p, String field) {
        if (!p.familyMember()) {
            if (p.worker() == null) {
                throw violation(TripRuleViolation.INVALID_VALUE, field + ".idNumber",
                        "a worker needs an identity number");
            }
            if (p.category() == null || p.ownership() == null) {
                throw violation(TripRuleViolation.INVALID_VALUE, p.category() == null ? field + ".category"
                        : field + ".ownership", "a worker needs a category and an employer ownership");
            }
            TripRules.requireEligible(schedule, p.category(), field + ".category");
        }
        TripRules.requireSubtype(p.category(), p.newFormSubtype(), field + ".newFormSubtype");
    }
}
