package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;

import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;

/** A correction made after a trip was settled; {@code ordinal} is the participant's position on the trip. */
sealed interface CorrectionPlan {

    String correctionId();

    /** A participant found afterwards not to have travelled: the charge is reversed, the funding released. */
    record NoShowFoundLater(String correctionId, int ordinal, String reason, LocalDate effectiveDate)
            implements CorrectionPlan {
    }

    /** A participant recorded in the wrong category, moved to the line the right category is paid from. */
    record CategoryFixed(String correctionId, int ordinal, WorkerCategory category, NewFormSubtype subtype,
            ProgrammeLine rechargeTo, String reason, LocalDate effectiveDate) implements CorrectionPlan {
    }
}
