package org.unionfund.ledger.recuperation.trip.command;

import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;

/** A settled, attending participant with its current charge (null for a self-paying family member). */
public record ChargedParticipant(Participant participant, ParticipantCharge charge, Posting chargePosting) {
}
