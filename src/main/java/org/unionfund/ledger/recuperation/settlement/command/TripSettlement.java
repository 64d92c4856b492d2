package org.unionfund.ledger.recuperation.settlement.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.axonframework.modelling.command.Aggregate;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.TripResult;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.worker.api.FundWorkerCommand;
import org.unionfund.ledger.recuperation.worker.api.WorkerHistoryId;
import org.unionfund.ledger.recuperation.worker.api.WorkerRuleViolation;

import org.unionfund.ledger.recuperation.trip.command.SettlementPlan;
import org.unionfund.ledger.recuperation.trip.command.Trip;
import org.unionfund.ledger.recuperation.trip.command.TripRules;
/**
 * Settles a trip by who actually went: the trip plans the charges, the ledger books them as one posting, each
 * charged worker's history is funded (frequency rule, annual cap) in pseudonym order, then the trip records it.
 */
record TripSettlement(TripParties parties) {

    TripResult settle(Aggregate<Trip> trip, SettleTripCommand c) {
        String fingerprint = Fingerprint.of(c);
        Optional<TripResult> repeat = trip.invoke(t -> t.settlementRepeat(c, fingerprint));
        if (repeat.isPresent()) {
            return repeat.get();
        }
        TripScheduledEvent schedule = trip.invoke(Trip::schedule);
        ProgrammeTerms terms = parties.programme(schedule.programmeId());
        SettlementPlan plan = trip.invoke(t -> t.planSettlement(c, terms));
        Posting posting = null;
        if (!plan.charges().isEmpty()) {
            posting = parties.charge(new ChargeProgrammeCommand(schedule.ledgerId(),
                    PostingId.tripSettlement(c.tripId().value()), schedule.programmeId().value(), schedule.bodyId(),
                    schedule.year(), TripRules.EXPENSE_CATEGORY, plan.ledgerCharges(),
                    TripRules.bookingDate(plan.settledOn(), schedule.year()), null));
        }
        Money cap = annualCap(terms, schedule);
        List<ParticipantCharge> byWorker = new ArrayList<>(plan.charges());
        byWorker.sort(Comparator.comparing(charge -> charge.worker().value()));
        for (ParticipantCharge charge : byWorker) {
            FundWorkerCommand funding = new FundWorkerCommand(new WorkerHistoryId(charge.worker()), c.tripId(),
                    charge.participantId(), schedule.programmeId(), c.settlementId(),
                    schedule.startDate().getYear(), charge.amount(), terms.frequencyRule(), cap);
            try {
                parties.fund(funding);
            } catch (WorkerRuleViolation refusal) {
                throw new WorkerRuleViolation(refusal.rule(), attendeeField(c, charge), refusal.getMessage());
            }
        }
        Posting booked = posting;
        trip.execute(t -> t.settle(c, plan, booked, fingerprint));
        return trip.invoke(Trip::settlementResult);
    }

    /** The stricter of the programme's cap and the regional standard the trip was judged by. */
    private static Money annualCap(ProgrammeTerms terms, TripScheduledEvent schedule) {
        Money programmeCap = terms.annualCapPerWorker();
        Money standardCap = schedule.annualCapStandard() == null ? null
                : schedule.annualCapStandard().value().amount();
        if (programmeCap == null) {
            return standardCap;
        }
        return standardCap == null || programmeCap.compareTo(standardCap) <= 0 ? programmeCap : standardCap;
    }

    private static String attendeeField(SettleTripCommand c, ParticipantCharge charge) {
        for (int i = 0; i < c.attendees().size(); i++) {
            if (c.attendees().get(i).participantId().equals(charge.participantId())) {
                return "attendees[" + i + "]";
            }
        }
        return "attendees";
    }
}
