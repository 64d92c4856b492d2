package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/**
 * Issues an allocation document (拨款文件): document number (文号, unique per issuing body and year), title and date;
 * one or more lines, each from a fund line of the sender; at most one matching requirement for the whole document,
 * with its scope (null = {@link MatchingScope#REGION}). {@code documentId} is the client id and the posting id.
 */
public record IssueAllocationDocumentCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        AllocationId documentId,
        String documentNumber,
        String title,
        LocalDate documentDate,
        BodyId fromBodyId,
        BodyId toBodyId,
        List<AllocationLine> lines,
        MatchingRequirement matching,
        MatchingScope scope) {

    public IssueAllocationDocumentCommand {
        Require.present(ledgerId, "ledgerId", documentId, "documentId", documentNumber, "documentNumber",
                documentDate, "documentDate", fromBodyId, "fromBodyId", toBodyId, "toBodyId");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (matching != null && scope == null) {
            scope = MatchingScope.REGION;
        }
    }
}
