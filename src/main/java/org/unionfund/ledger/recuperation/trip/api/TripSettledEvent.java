package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.kernel.Money;

/**
 * A trip was settled by who actually went. {@code attended} lists everyone who travelled, {@code noShows} the
 * enrolled who did not (not paid), {@code selfPaid} the attending family members; {@code charges} the cost of
 * each attending worker (= {@code costPerPerson}); {@code posting} is the ledger posting (PROGRAMME → EXPENSE)
 * recorded in the same commit, null when nobody was charged.
 */
@Revision("1")
public record TripSettledEvent(
        TripId tripId,
        SettlementId settlementId,
        ProgrammeId programmeId,
        LedgerId ledgerId,
        LocalDate settledOn,
        int days,
        Money costPerPerson,
        List<ParticipantId> attended,
        List<ParticipantId> noShows,
        List<ParticipantId> selfPaid,
        List<ParticipantCharge> charges,
        Money total,
        Posting posting,
        String requestFingerprint) {

    public TripSettledEvent {
        attended = List.copyOf(attended);
        noShows = List.copyOf(noShows);
        selfPaid = List.copyOf(selfPaid);
        charges = List.copyOf(charges);
    }
}
