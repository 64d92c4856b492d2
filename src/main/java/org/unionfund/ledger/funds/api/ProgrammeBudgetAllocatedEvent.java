package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.util.List;

import org.axonframework.serialization.Revision;

/** Money of a body's fund lines was set aside for a programme (FUND −amount, PROGRAMME +amount per line). */
@Revision("1")
public record ProgrammeBudgetAllocatedEvent(
        LedgerId ledgerId,
        PostingId budgetId,
        String programme,
        BodyId bodyId,
        int year,
        List<ProgrammeBudgetLine> lines,
        Posting posting,
        String requestFingerprint) implements PostingEvent {

    public ProgrammeBudgetAllocatedEvent {
        lines = List.copyOf(lines);
    }
}
