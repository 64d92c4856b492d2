package org.unionfund.ledger.recuperation.imports.command;

/**
 * What became of one row. {@code status}: WRITTEN, WOULD_WRITE (dry run), ALREADY_PRESENT (imported before, nothing
 * written), REFUSED (the reason is this row's), HELD (not written because another row of its trip was refused: a
 * trip is all-or-nothing). {@code participantId} is the participant's id on the trip (the worker pseudonym for
 * workers); {@code maskedId} the masked identity number — the number itself is never kept.
 */
public record RowOutcome(int rowNumber, String tripId, String participantId, String maskedId, String maskedName,
        Status status, String rule, String column, String zh, String en) {

    public enum Status {
        WRITTEN, WOULD_WRITE, ALREADY_PRESENT, REFUSED, HELD
    }
}
