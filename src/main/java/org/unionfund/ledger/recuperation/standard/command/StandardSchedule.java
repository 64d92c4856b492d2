package org.unionfund.ledger.recuperation.standard.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.recuperation.standard.api.SetStandardCommand;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardRuleViolation;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardSetResult;
import org.unionfund.ledger.recuperation.standard.api.StandardTimeline;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;

/** One region's schedule of one kind of standard, e.g. Zhejiang's daily price cap: 400 from 2015, 600 from 2020. */
@Aggregate(cache = "referenceDataCache")
@FieldState
public class StandardSchedule {

    @AggregateIdentifier
    private StandardScheduleId scheduleId;
    private StandardTimeline timeline = StandardTimeline.empty();
    /** Every standard ever set, superseded ones included, for idempotent repeats. */
    private LinkedHashMap<String, StandardEntry> standards = new LinkedHashMap<>();

    protected StandardSchedule() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StandardSetResult handle(SetStandardCommand c) {
        if (!c.scheduleId().equals(StandardScheduleId.of(c.regionBodyId(), c.kind()))) {
            throw new StandardRuleViolation(StandardRuleViolation.INVALID_ID, "scheduleId",
                    "the schedule of " + c.kind() + " in " + c.regionBodyId() + " is "
                            + StandardScheduleId.of(c.regionBodyId(), c.kind()));
        }
        StandardEntry requested = new StandardEntry(c.standardId(), c.value(), c.effectiveFrom(),
                c.supersedesStandardId());
        StandardEntry existing = standards.get(c.standardId().value());
        if (existing != null) {
            if (!existing.equals(requested)) {
                throw new StandardRuleViolation(StandardRuleViolation.IDEMPOTENCY_CONFLICT, "standardId",
                        "standard " + c.standardId() + " was already set with other content");
            }
            return new StandardSetResult(c.scheduleId(), existing);
        }
        requireFits(c);
        requireSupersession(c);
        apply(new StandardSetEvent(c.scheduleId(), c.standardId(), c.regionBodyId(), c.kind(), c.value(),
                c.effectiveFrom(), c.supersedesStandardId()));
        return new StandardSetResult(c.scheduleId(), requested);
    }

    /** The standard in force on a date, if one had been set by then. */
    public Optional<StandardEntry> inForceOn(LocalDate date) {
        return timeline.inForceOn(date);
    }

    private static void requireFits(SetStandardCommand c) {
        StandardValue value = c.value();
        boolean fits = c.kind().measuredInMoney()
                ? value.amount() != null && value.amount().isPositive()
                : value.days() != null && value.days() > 0;
        if (!fits) {
            throw new StandardRuleViolation(StandardRuleViolation.INVALID_VALUE, "value", c.kind()
                    + (c.kind().measuredInMoney() ? " needs a positive amount" : " needs a positive number of days"));
        }
    }

    private void requireSupersession(SetStandardCommand c) {
        Optional<StandardEntry> sameDate = timeline.at(c.effectiveFrom());
        if (sameDate.isEmpty() && c.supersedesStandardId() != null) {
            throw new StandardRuleViolation(StandardRuleViolation.SUPERSESSION_MISMATCH, "supersedesStandardId",
                    "no standard is set for " + c.effectiveFrom() + "; a new date needs no supersession");
        }
        if (sameDate.isPresent() && c.supersedesStandardId() == null) {
            throw new StandardRuleViolation(StandardRuleViolation.SUPERSESSION_REQUIRED, "supersedesStandardId",
                    "standard " + sameDate.get().standardId() + " already applies from " + c.effectiveFrom()
                            + "; a correction must name it");
        }
        if (sameDate.isPresent() && !Objects.equals(sameDate.get().standardId(), c.supersedesStandardId())) {
            throw new StandardRuleViolation(StandardRuleViolation.SUPERSESSION_MISMATCH, "supersedesStandardId",
                    "the standard from " + c.effectiveFrom() + " is " + sameDate.get().standardId());
        }
    }

    @EventSourcingHandler
    void on(StandardSetEvent event) {
        scheduleId = event.scheduleId();
        timeline = timeline.with(event);
        standards.put(event.standardId().value(), StandardEntry.of(event));
    }
}
