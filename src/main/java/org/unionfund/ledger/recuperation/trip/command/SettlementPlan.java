package org.unionfund.ledger.recuperation.trip.command;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;

/** What a settlement will record, decided by the trip before the ledger and the worker histories are asked. */
public record SettlementPlan(
        LocalDate settledOn,
        List<ParticipantId> attended,
        List<ParticipantId> noShows,
        List<ParticipantId> selfPaid,
        List<ParticipantCharge> charges,
        List<ProgrammeCharge> ledgerCharges) {
}
