package org.unionfund.ledger.recuperation.standard.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.BodyId;

/**
 * Sets a region's standard from a date on; a later date supersedes it from then. Setting a date that already
 * has a standard is a correction and must name the standard it replaces in {@code supersedesStandardId}.
 */
public record SetStandardCommand(
        @TargetAggregateIdentifier StandardScheduleId scheduleId,
        StandardId standardId,
        BodyId regionBodyId,
        StandardKind kind,
        StandardValue value,
        LocalDate effectiveFrom,
        StandardId supersedesStandardId) {

    public SetStandardCommand {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(regionBodyId, "regionBodyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
