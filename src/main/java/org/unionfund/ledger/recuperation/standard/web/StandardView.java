package org.unionfund.ledger.recuperation.standard.web;

import java.time.LocalDate;

import org.unionfund.ledger.recuperation.standard.api.StandardEntry;

import io.swagger.v3.oas.annotations.media.Schema;

/** One standard with its value as a yuan string (money kinds) or a number of days. */
@Schema(description = "One standard: value (amount in yuan or days), in force from effectiveFrom")
public record StandardView(String standardId, String amount, Integer days, LocalDate effectiveFrom,
        String supersedesStandardId) {

    static StandardView of(StandardEntry entry) {
        return new StandardView(entry.standardId().value(),
                entry.value().amount() == null ? null : entry.value().amount().toYuanString(),
                entry.value().days(), entry.effectiveFrom(),
                entry.supersedesStandardId() == null ? null : entry.supersedesStandardId().value());
    }
}
