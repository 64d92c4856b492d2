package org.unionfund.ledger.recuperation.trip.command;

import static org.unionfund.ledger.recuperation.trip.command.TripRules.violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

/**
 * Decides who a settlement pays: only attendees (no-shows are not paid), never family members, only eligible
 * categories, each on a line of the programme. The ledger then judges earmarks and budget.
 */
final class SettlementPlanning {

    private SettlementPlanning() {
    }

    static SettlementPlan plan(TripScheduledEvent schedule, Map<String, Participant> participants,
            SettleTripCommand c, ProgrammeTerms terms) {
        LocalDate settledOn = c.settledOn() != null ? c.settledOn() : schedule.startDate();
        if (settledOn.getYear() > schedule.year() + 1 || settledOn.isBefore(schedule.startDate())) {
            throw violation(TripRuleViolation.INVALID_DATE, "settledOn", "a trip is settled on or after its start "
                    + schedule.startDate() + ", within programme year " + schedule.year() + " or the next");
        }
        if (c.attendees().isEmpty()) {
            throw violation(TripRuleViolation.INVALID_VALUE, "attendees",
                    "list who travelled; a trip nobody went on is not settled");
        }
        if (c.defaultLine() != null) {
            TripRules.requireLine(c.defaultLine(), terms, "defaultLine");
        }
        List<ParticipantId> went = new ArrayList<>();
        List<ParticipantId> selfPaid = new ArrayList<>();
        List<ParticipantCharge> planned = new ArrayList<>();
        List<ProgrammeCharge> ledgerCharges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.attendees().size(); i++) {
            AttendeeFunding attendee = c.attendees().get(i);
            String field = "attendees[" + i + "]";
            Participant p = participants.get(attendee.participantId().value());
            if (p == null) {
                throw violation(TripRuleViolation.UNKNOWN_PARTICIPANT, field + ".participantId", "participant "
                        + attendee.participantId() + " is not enrolled on this trip");
            }
            if (!seen.add(p.participantId().value())) {
                throw violation(TripRuleViolation.DUPLICATE_PARTICIPANT, field + ".participantId",
                        "participant " + p.participantId() + " is listed twice");
            }
            went.add(p.participantId());
            if (p.familyMember()) {
                if (attendee.line() != null) {
                    throw violation(TripRuleViolation.FAMILY_MEMBER_CHARGED, field + ".line", "participant "
                            + p.participantId() + " is a family member and pays their own way; no union line"
                            + " may be charged");
                }
                selfPaid.add(p.participantId());
                continue;
            }
            TripRules.requireEligible(schedule, p.category(), field + ".participantId");
            ProgrammeLine line = attendee.line() != null ? attendee.line()
                    : c.defaultLine() != null ? c.defaultLine() : terms.defaultLine();
            if (line == null) {
                throw violation(TripRuleViolation.UNKNOWN_FUNDING_LINE, field + ".line", "programme "
                        + terms.programmeId().value() + " has no unrestricted line; name the line to charge");
            }
            TripRules.requireLine(line, terms, field + ".line");
            planned.add(new ParticipantCharge(p.participantId(), p.worker(), line, schedule.costPerPerson()));
            ledgerCharges.add(TripRules.ledgerCharge(p, line, schedule.costPerPerson()));
        }
        List<ParticipantId> noShows = participants.values().stream().map(Participant::participantId)
                .filter(id -> !seen.contains(id.value())).toList();
        return new SettlementPlan(settledOn, went, noShows, selfPaid, planned, ledgerCharges);
    }
}
