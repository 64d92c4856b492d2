package org.unionfund.ledger.trip.command;

import org.unionfund.ledger.ledger.api.Posting;
import org.unionfund.ledger.trip.api.Participant;
import org.unionfund.ledger.trip.api.ParticipantCharge;

/** A settled, attending participant with its current charge (null for a self-paying family member). */
record ChargedParticipant(Participant participant, ParticipantCharge charge, Posting chargePosting) {
}
