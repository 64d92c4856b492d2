package org.unionfund.ledger.recuperation.trip.command;

import java.time.LocalDate;
import java.util.TreeSet;

import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

/** The rules every trip decision shares: eligible categories, well-formed subtypes, programme lines, booking dates. */
public final class TripRules {

    /** The expense category a trip's costs are booked under in the ledger. */
    public static final String EXPENSE_CATEGORY = "RECUPERATION";

    private TripRules() {
    }

    public static TripRuleViolation violation(String rule, String field, String message) {
        return new TripRuleViolation(rule, field, message);
    }

    static void requireEligible(TripScheduledEvent schedule, WorkerCategory category, String field) {
        if (!schedule.eligibleCategories().contains(category)) {
            throw violation(TripRuleViolation.CATEGORY_NOT_ELIGIBLE, field, "category " + category
                    + " is not eligible in programme " + schedule.programmeId().value() + " (eligible: "
                    + new TreeSet<>(schedule.eligibleCategories()) + ")");
        }
    }

    static void requireSubtype(WorkerCategory category, NewFormSubtype subtype, String field) {
        if ((category == WorkerCategory.NEW_FORM) != (subtype != null)) {
            throw violation(TripRuleViolation.INVALID_VALUE, field,
                    "newFormSubtype is given exactly for NEW_FORM workers");
        }
    }

    public static void requireLine(ProgrammeLine line, ProgrammeTerms terms, String field) {
        if (!terms.lines().contains(line)) {
            throw violation(TripRuleViolation.UNKNOWN_FUNDING_LINE, field, "line " + line
                    + " is not a budget line of programme " + terms.programmeId().value());
        }
    }

    public static ProgrammeCharge ledgerCharge(Participant p, ProgrammeLine line, Money amount) {
        return new ProgrammeCharge(p.participantId().value(), line.fundId(), line.earmark(), p.ownership(),
                p.category(), amount);
    }

    /**
     * The date a cost of programme year {@code year} is booked on: {@code date} itself within the year, else the
     * year's last day — a December trip settled (or corrected) in January is still that year's expense.
     */
    public static LocalDate bookingDate(LocalDate date, int year) {
        return date.getYear() == year ? date : LocalDate.of(year, 12, 31);
    }
}
