package org.unionfund.ledger.recuperation.standard.api;

import java.time.LocalDate;

/** One standard of a timeline. */
public record StandardEntry(StandardId standardId, StandardValue value, LocalDate effectiveFrom,
        StandardId supersedesStandardId) {

    public static StandardEntry of(StandardSetEvent event) {
        return new StandardEntry(event.standardId(), event.value(), event.effectiveFrom(),
                event.supersedesStandardId());
    }
}
