package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.Money;

/**
 * An allocation document (拨款文件, 文号 {@code documentNumber}) moved money down the tree, one posting with two legs
 * per line. {@code amount} is the total of the lines; {@code requiredMatching} the exact own money the receiving
 * region (or receiver, per {@code scope}) owes when {@code matching} is set, otherwise null. Revision 2 added
 * each line's {@code source}; revision-1 lines read with it null ({@code funds.FundsUpcasters}).
 */
@Revision("2")
public record AllocationDocumentIssuedEvent(
        LedgerId ledgerId,
        AllocationId documentId,
        String documentNumber,
        String title,
        BodyId fromBodyId,
        BodyId toBodyId,
        List<DocumentLine> lines,
        Money amount,
        MatchingRequirement matching,
        MatchingScope scope,
        Money requiredMatching,
        Posting posting,
        String requestFingerprint) implements PostingEvent {
}
