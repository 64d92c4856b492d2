package org.unionfund.ledger.recuperation.trip.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/** Participants were enrolled on a trip (pseudonyms only, never identity numbers). */
@Revision("1")
public record ParticipantsEnrolledEvent(
        TripId tripId,
        EnrolmentId enrolmentId,
        List<Participant> participants,
        String requestFingerprint) {

    public ParticipantsEnrolledEvent {
        participants = List.copyOf(participants);
    }
}
