package org.unionfund.ledger.funds.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.BodyId;

/**
 * A closed year was sealed: its trial balance as it stood after the close, frozen. The statement built from it
 * (signed, with the global sequence and hash of this event) is what auditors take away; {@code sealId}
 * ({@code seal:<year>:<bodyId>}) is what later corrections of the year reference.
 */
@Revision("1")
public record YearSealedEvent(
        LedgerId ledgerId,
        BodyId bodyId,
        int year,
        String sealId,
        PostingId closingPostingId,
        List<SealedLine> lines) {

    public YearSealedEvent {
        lines = List.copyOf(lines);
    }

    public static String sealId(BodyId body, int year) {
        return "seal:" + year + ":" + body.value();
    }
}
