package org.unionfund.ledger.recuperation.settlement.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.modelling.command.Aggregate;
import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.trip.api.ChangeParticipantCategoryCommand;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.RechargeParticipantCommand;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.TripResult;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.worker.api.ReleaseWorkerFundingCommand;
import org.unionfund.ledger.recuperation.worker.api.WorkerHistoryId;

import java.util.Objects;

import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.command.ChargedParticipant;
import org.unionfund.ledger.recuperation.trip.command.Trip;
import org.unionfund.ledger.recuperation.trip.command.TripRules;
/**
 * Corrections after settlement: a no-show removed (its charge reversed, its worker funding released), a
 * participant recharged to another line, or a category changed (with a recharge when the line no longer fits).
 * Each is one reversal and at most one new charge, numbered by the trip's correction count.
 */
record TripCorrections(TripParties parties) {

    TripResult removeNoShow(Aggregate<Trip> trip, RemoveNoShowCommand c) {
        return once(trip, c.correctionId(), c, (schedule, fingerprint) -> {
            ChargedParticipant attendee = trip.invoke(t -> t.requireAttended(c.participantId()));
            Posting reversal = null;
            PostingId original = null;
            if (attendee.charge() != null) {
                parties.programme(schedule.programmeId());
                original = attendee.chargePosting().id();
                int correction = trip.invoke(Trip::nextCorrection);
                reversal = parties.reverse(reverseCharge(schedule, correction, attendee, c.reason(), c.effectiveDate()),
                        attendee.chargePosting());
                parties.release(new ReleaseWorkerFundingCommand(new WorkerHistoryId(attendee.charge().worker()),
                        c.tripId(), c.participantId(), c.correctionId(), c.reason()));
            }
            NoShowRemovedEvent event = new NoShowRemovedEvent(c.tripId(), c.correctionId(), c.participantId(),
                    attendee.charge(), original, reversal, c.reason(), fingerprint);
            trip.execute(t -> t.recordNoShow(event));
        });
    }

    TripResult rechargeParticipant(Aggregate<Trip> trip, RechargeParticipantCommand c) {
        return once(trip, c.correctionId(), c, (schedule, fingerprint) -> {
            ChargedParticipant attendee = trip.invoke(t -> t.requireAttended(c.participantId()));
            ProgrammeTerms terms = parties.programme(schedule.programmeId());
            ParticipantRechargedEvent event = recharge(schedule, terms, attendee, attendee.participant(), c.line(),
                    c.correctionId().value(), trip.invoke(Trip::nextCorrection), c.reason(), c.effectiveDate(),
                    fingerprint, "line");
            trip.execute(t -> t.recordRecharge(event));
        });
    }

    TripResult changeCategory(Aggregate<Trip> trip, ChangeParticipantCategoryCommand c) {
        return once(trip, c.correctionId(), c, (schedule, fingerprint) -> {
            Participant participant = trip.invoke(t -> t.requireParticipant(c.participantId()));
            trip.execute(t -> t.requireCategory(participant, c.category(), c.newFormSubtype()));
            Participant changed = participant.withCategory(c.category(), c.newFormSubtype());
            ParticipantCharge charge = trip.invoke(t -> t.currentCharge(c.participantId()));
            ParticipantRechargedEvent recharged = null;
            if (charge != null) {
                ProgrammeTerms terms = parties.programme(schedule.programmeId());
                if (c.rechargeTo() != null) {
                    ChargedParticipant attendee = trip.invoke(t -> t.requireAttended(c.participantId()));
                    recharged = recharge(schedule, terms, attendee, changed, c.rechargeTo(), c.correctionId().value(),
                            trip.invoke(Trip::nextCorrection),
                            c.reason(), c.effectiveDate(), fingerprint, "rechargeTo");
                } else {
                    try {
                        parties.requireAdmits(schedule.ledgerId(), charge.line(), changed.ownership(),
                                changed.category(), "category");
                    } catch (LedgerRuleViolation refusal) {
                        throw new LedgerRuleViolation(refusal.rule(), "category", refusal.getMessage()
                                + "; give rechargeTo to move the cost to a line the participant fits");
                    }
                }
            } else if (c.rechargeTo() != null) {
                throw TripRules.violation(TripRuleViolation.NOT_CHARGED, "rechargeTo", "participant "
                        + c.participantId()
                        + " is not charged to any line");
            }
            ParticipantCategoryChangedEvent event = new ParticipantCategoryChangedEvent(c.tripId(), c.correctionId(),
                    c.participantId(), participant.category(), participant.newFormSubtype(), c.category(),
                    c.newFormSubtype(), c.reason(), fingerprint);
            ParticipantRechargedEvent thenRecharged = recharged;
            trip.execute(t -> {
                t.recordCategoryChange(event);
                if (thenRecharged != null) {
                    t.recordRecharge(thenRecharged);
                }
            });
        });
    }

    /** A correction made once: the same id and content again answers the first result; other content is refused. */
    private static TripResult once(Aggregate<Trip> trip, CorrectionId id, Object command, Correction correction) {
        String fingerprint = Fingerprint.of(command);
        Optional<TripResult> repeat = trip.invoke(t -> t.correctionRepeat(id, fingerprint));
        if (repeat.isPresent()) {
            return repeat.get();
        }
        correction.make(trip.invoke(Trip::schedule), fingerprint);
        return trip.invoke(t -> t.correctionRepeat(id, fingerprint)).orElseThrow();
    }

    private interface Correction {
        void make(TripScheduledEvent schedule, String fingerprint);
    }

    /**
     * Moves an attendee's cost to another line: a reversal of the current charge and a new charge that names the
     * posting it corrects, both under the trip's number for this correction. The ledger judges the new
     * line's earmark against {@code charged} (the participant as it will be).
     */
    private ParticipantRechargedEvent recharge(TripScheduledEvent schedule, ProgrammeTerms terms,
            ChargedParticipant attendee, Participant charged, ProgrammeLine to, String correctionId, int correction,
            String reason, LocalDate effectiveDate, String fingerprint, String field) {
        ParticipantCharge charge = attendee.charge();
        if (charge == null) {
            throw TripRules.violation(TripRuleViolation.NOT_CHARGED, "participantId", "participant "
                    + attendee.participant().participantId() + " is not charged to any line");
        }
        TripRules.requireLine(to, terms, field);
        if (to.equals(charge.line())) {
            throw TripRules.violation(TripRuleViolation.INVALID_VALUE, field, "participant "
                    + attendee.participant().participantId() + " is already charged to " + to);
        }
        PostingId original = attendee.chargePosting().id();
        Posting reversal = parties.reverse(reverseCharge(schedule, correction, attendee, reason, effectiveDate),
                attendee.chargePosting());
        LocalDate chargeDate = TripRules.bookingDate(effectiveDate, schedule.year());
        Posting newCharge;
        try {
            newCharge = parties.charge(new ChargeProgrammeCommand(schedule.ledgerId(),
                    PostingId.tripCharge(schedule.tripId().value(), correction), schedule.programmeId().value(),
                    schedule.bodyId(), schedule.year(), TripRules.EXPENSE_CATEGORY,
                    List.of(TripRules.ledgerCharge(charged, to, charge.amount())),
                    chargeDate, original));
        } catch (LedgerRuleViolation refusal) {
            throw new LedgerRuleViolation(refusal.rule(), field, refusal.getMessage());
        }
        return new ParticipantRechargedEvent(schedule.tripId(), new CorrectionId(correctionId),
                charged.participantId(), charge.line(), to, charge.amount(), original, reversal,
                newCharge, reason, fingerprint);
    }

    /** Reverses one participant's share of its charge posting: that amount of the line's PROGRAMME and EXPENSE legs. */
    private static ReversePostingCommand reverseCharge(TripScheduledEvent schedule, int correction,
            ChargedParticipant attendee, String reason, LocalDate effectiveDate) {
        ParticipantCharge charge = attendee.charge();
        Posting posting = attendee.chargePosting();
        List<ReversalLeg> legs = new ArrayList<>();
        for (int i = 0; i < posting.legs().size(); i++) {
            PostingLeg leg = posting.legs().get(i);
            boolean sameLine = leg.account().fund().equals(charge.line().fundId())
                    && Objects.equals(leg.account().earmark(), charge.line().earmark());
            if (sameLine && (leg.account().kind() == AccountKind.PROGRAMME
                    || leg.account().kind() == AccountKind.EXPENSE)) {
                legs.add(new ReversalLeg(i, charge.amount()));
            }
        }
        ReversalId reversalId = new ReversalId(PostingId.tripReversal(schedule.tripId().value(), correction).value());
        return new ReversePostingCommand(schedule.ledgerId(), reversalId, posting.id(), legs, null,
                reason, effectiveDate, true);
    }
}
