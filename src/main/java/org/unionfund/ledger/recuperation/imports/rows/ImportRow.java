package org.unionfund.ledger.recuperation.imports.rows;

import java.time.LocalDate;

import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;

/**
 * One participant row, read and checked: the identity number is already a pseudonym ({@code worker}) and survives
 * only masked ({@code maskedId}); the name only masked, for the report. {@code line} null = the default line.
 */
public record ImportRow(int rowNumber, TripKey trip, WorkerPseudonym worker, String maskedId, String maskedName,
        WorkerCategory category, NewFormSubtype newFormSubtype, EmployerOwnership ownership, String employerName,
        boolean familyMember, boolean attended, ProgrammeLine line, LocalDate settledOn) {
}
