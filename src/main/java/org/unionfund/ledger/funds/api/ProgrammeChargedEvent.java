package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Participants' costs were charged to programme lines in one posting (PROGRAMME −, EXPENSE +). With
 * {@code correctsPostingId} it is the new posting of a correction that moved a cost to another line.
 */
@Revision("1")
public record ProgrammeChargedEvent(
        LedgerId ledgerId,
        PostingId postingId,
        String programme,
        BodyId bodyId,
        int year,
        String expenseCategory,
        List<ProgrammeCharge> charges,
        PostingId correctsPostingId,
        Posting posting,
        String requestFingerprint) implements PostingEvent {

    public ProgrammeChargedEvent {
        charges = List.copyOf(charges);
    }
}
