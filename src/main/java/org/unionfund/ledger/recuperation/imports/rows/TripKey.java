package org.unionfund.ledger.recuperation.imports.rows;

import java.time.LocalDate;

import org.unionfund.ledger.kernel.Money;

/** The trip columns of a row; every row of one trip must carry the same values. */
public record TripKey(String programmeId, String tripId, String contractorId, String destinationId,
        LocalDate startDate, int days, Money pricePerPersonPerDay) {
}
