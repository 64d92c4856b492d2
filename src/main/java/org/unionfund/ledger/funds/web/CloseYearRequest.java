package org.unionfund.ledger.funds.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Closing a body's year (年终结转); without a body the close is dated 31 December of the year")
public record CloseYearRequest(@Schema(example = "2025-12-31") LocalDate effectiveDate) {
}
