package org.unionfund.ledger.funds.web;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "An allocation document (拨款文件): 文号, title, date, lines from the sender's fund lines, and "
        + "at most one matching requirement")
public record IssueDocumentRequest(
        @Schema(description = "Client id (also the posting id); optional when the Idempotency-Key header carries it",
                example = "ZJ-2025-12") @SafeIdentifier String documentId,
        @Schema(description = "文号, unique per issuing body and year", example = "浙工〔2025〕12号")
        @NotBlank @Size(max = 100) String documentNumber,
        @Schema(example = "关于下达2025年职工疗休养补助资金的通知") @Size(max = 300) String title,
        @Schema(example = "2025-03-01") @NotNull LocalDate documentDate,
        @Schema(example = "\"330000\"") @NotNull @SafeIdentifier String fromBodyId,
        @Schema(example = "\"330200\"") @NotNull @SafeIdentifier String toBodyId,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull LineRequest> lines,
        @Schema(description = "Optional matching requirement (资金配套)") @Valid MatchingRequest matching) {

    @Schema(description = "One line: an amount from a fund line of the sender — an earmarked line, the unrestricted "
            + "line of a fund received from above, or the sender's own money (its own-money fund, OWN-<body>-<year>)")
    public record LineRequest(
            @Schema(example = "ZJ-2025-RECUP") @NotNull @SafeIdentifier String fundId,
            @Schema(description = "Earmarked line; null = the unrestricted line", example = "NONPUB-NEWFORM")
            @SafeIdentifier String earmark,
            @Schema(example = "\"1000000.00\"") @NotNull @YuanAmount String amount) {
    }

    @Schema(description = "The receiving region (scope REGION, default) or the receiver alone (RECEIVER) must commit "
            + "ratioBasisPoints/10000 of the document's total of own money effective by the deadline")
    public record MatchingRequest(
            @Schema(example = "10000") @NotNull Integer ratioBasisPoints,
            @Schema(example = "2025-09-30") @NotNull LocalDate deadline,
            @Schema(example = "REGION") MatchingScope scope) {
    }
}
