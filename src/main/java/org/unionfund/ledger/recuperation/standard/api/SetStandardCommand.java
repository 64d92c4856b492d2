package org.unionfund.ledger.recuperation.standard.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Require;

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
        Require.present(scheduleId, "scheduleId", standardId, "standardId", regionBodyId, "regionBodyId", kind, "kind",
                value, "value", effectiveFrom, "effectiveFrom");
    }
}
