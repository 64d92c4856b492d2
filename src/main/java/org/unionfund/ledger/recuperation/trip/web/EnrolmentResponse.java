package org.unionfund.ledger.recuperation.trip.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Who was enrolled, by participant id and worker pseudonym (never the identity number)")
public record EnrolmentResponse(String tripId, String enrolmentId, List<Enrolled> participants) {

    public record Enrolled(String participantId, String worker) {
    }
}
