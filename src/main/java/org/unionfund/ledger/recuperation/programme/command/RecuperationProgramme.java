package org.unionfund.ledger.recuperation.programme.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeBudgetToppedUpEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeRuleViolation;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.programme.api.TopUpProgrammeBudgetCommand;
import org.unionfund.ledger.recuperation.programme.api.TripAddedToProgrammeEvent;

/**
 * A recuperation programme of one body and year (疗休养项目): its settings and the funding lines it was budgeted
 * from. The money itself lives in the ledger (PROGRAMME accounts); every budget change is recorded here and in the
 * ledger in one unit of work by settlement/command/ProgrammeCommandHandler, so both always agree.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger", cache = "programmeCache")
@FieldState
public class RecuperationProgramme {

    static final int MAX_TRIP_DAYS = 30;

    @AggregateIdentifier
    private ProgrammeId programmeId;
    private ProgrammeOpenedEvent opened;
    /** Request fingerprints by budget posting id (opening and top-ups). */
    private LinkedHashMap<String, String> budgetRequests = new LinkedHashMap<>();
    private ArrayList<ProgrammeLine> lines = new ArrayList<>();

    protected RecuperationProgramme() {
    }

    /** A programme not opened yet, for the repository's loadOrCreate. */
    public static RecuperationProgramme unopened() {
        return new RecuperationProgramme();
    }

    /** The fingerprint of the request that opened this programme, or null for a programme not yet opened. */
    public String openingFingerprint() {
        return opened == null ? null : opened.requestFingerprint();
    }

    public boolean isOpen() {
        return opened != null;
    }

    /** The fingerprint of the budget request with this posting id, or null. */
    public String budgetRequest(PostingId id) {
        return budgetRequests.get(id.value());
    }

    public ProgrammeTerms terms() {
        return new ProgrammeTerms(opened.programmeId(), opened.ledgerId(), opened.bodyId(), opened.bodyPath(),
                opened.year(), opened.eligibleCategories(), opened.tripDays(), opened.frequencyRule(),
                opened.annualCapPerWorker(), lines);
    }

    /** Refuses settings that make no programme; runs before anything is asked of the ledger. */
    public static void validate(OpenProgrammeCommand c) {
        if (c.year() < 2000 || c.year() > 2999) {
            throw violation(ProgrammeRuleViolation.INVALID_VALUE, "year", "year " + c.year() + " is out of range");
        }
        if (c.effectiveDate().getYear() != c.year()) {
            throw violation(ProgrammeRuleViolation.INVALID_DATE, "effectiveDate",
                    "effectiveDate " + c.effectiveDate() + " is not in year " + c.year());
        }
        if (c.plannedHeadcount() <= 0) {
            throw violation(ProgrammeRuleViolation.INVALID_VALUE, "plannedHeadcount",
                    "plannedHeadcount must be positive");
        }
        if (c.eligibleCategories().isEmpty()) {
            throw violation(ProgrammeRuleViolation.INVALID_VALUE, "eligibleCategories",
                    "at least one eligible worker category is needed");
        }
        if (c.tripDays().isEmpty() || c.tripDays().get(0) < 1 || c.tripDays().get(c.tripDays().size() - 1) > MAX_TRIP_DAYS) {
            throw violation(ProgrammeRuleViolation.INVALID_VALUE, "tripDays",
                    "tripDays lists the trip lengths on offer, 1 to " + MAX_TRIP_DAYS + " days");
        }
        if (c.annualCapPerWorker() != null && !c.annualCapPerWorker().isPositive()) {
            throw violation(ProgrammeRuleViolation.INVALID_VALUE, "annualCapPerWorker",
                    "annualCapPerWorker must be positive when set");
        }
        if (c.budget().isEmpty()) {
            throw violation(ProgrammeRuleViolation.INVALID_VALUE, "budget", "at least one budget line is needed");
        }
    }

    public void open(OpenProgrammeCommand c, List<BodyId> bodyPath, PostingId budgetPostingId, String fingerprint) {
        apply(new ProgrammeOpenedEvent(c.programmeId(), c.ledgerId(), c.bodyId(), bodyPath, c.year(), c.name(),
                c.plannedHeadcount(), c.eligibleCategories(), c.tripDays(), c.frequencyRule(),
                c.annualCapPerWorker(), budgetPostingId, c.budget(), fingerprint));
    }

    public void topUp(TopUpProgrammeBudgetCommand c, String fingerprint) {
        apply(new ProgrammeBudgetToppedUpEvent(c.programmeId(), c.topUpId(), c.lines(), fingerprint));
    }

    /** Records that a trip of this programme was scheduled (in the trip's unit of work). */
    public void addTrip(String tripId) {
        apply(new TripAddedToProgrammeEvent(programmeId, tripId));
    }

    private static ProgrammeRuleViolation violation(String rule, String field, String message) {
        return new ProgrammeRuleViolation(rule, field, message);
    }

    @EventSourcingHandler
    void on(ProgrammeOpenedEvent event) {
        programmeId = event.programmeId();
        opened = event;
        budgetRequests.put(event.budgetPostingId().value(), event.requestFingerprint());
        addLines(event.budget());
    }

    @EventSourcingHandler
    void on(ProgrammeBudgetToppedUpEvent event) {
        budgetRequests.put(event.topUpId().value(), event.requestFingerprint());
        addLines(event.lines());
    }

    @EventSourcingHandler
    void on(TripAddedToProgrammeEvent event) {
        // Only the read model needs the list of trips.
    }

    private void addLines(List<ProgrammeBudgetLine> budget) {
        for (ProgrammeBudgetLine line : budget) {
            ProgrammeLine programmeLine = new ProgrammeLine(line.fundId(), line.earmark());
            if (!lines.contains(programmeLine)) {
                lines.add(programmeLine);
            }
        }
    }
}
