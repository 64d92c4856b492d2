package org.unionfund.ledger.recuperation.standard.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.BodyId;

/** A standard applies from {@code effectiveFrom} on; with {@code supersedesStandardId} it corrects that one. */
@Revision("1")
public record StandardSetEvent(
        StandardScheduleId scheduleId,
        StandardId standardId,
        BodyId regionBodyId,
        StandardKind kind,
        StandardValue value,
        LocalDate effectiveFrom,
        StandardId supersedesStandardId) {
}
