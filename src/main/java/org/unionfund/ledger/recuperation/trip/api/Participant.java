package org.unionfund.ledger.recuperation.trip.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.kernel.WorkerPseudonym;

/**
 * Someone enrolled on a trip. {@code worker} is the keyed pseudonym of the identity number (required for workers,
 * optional for family members); {@code newFormSubtype} is set exactly for NEW_FORM workers. A family member
 * travels with a worker at their own cost and is never charged to a union line.
 */
public record Participant(
        ParticipantId participantId,
        WorkerPseudonym worker,
        WorkerCategory category,
        NewFormSubtype newFormSubtype,
        EmployerOwnership ownership,
        String employerName,
        boolean familyMember) {

    public Participant {
        Objects.requireNonNull(participantId, "participantId");
        if (employerName != null && employerName.length() > 200) {
            throw new IllegalArgumentException("employerName must be at most 200 characters");
        }
    }

    public Participant withCategory(WorkerCategory newCategory, NewFormSubtype newSubtype) {
        return new Participant(participantId, worker, newCategory, newSubtype, ownership, employerName, familyMember);
    }
}
