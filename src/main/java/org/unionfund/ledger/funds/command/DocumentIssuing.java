package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.funds.api.DocumentLine;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.kernel.Money;

/**
 * Issuing an allocation document (拨款文件): every line moves money from one fund line of the sender to the same line
 * of the receiver, all in one posting; the 文号 is unique per issuing body and year; one matching requirement.
 */
final class DocumentIssuing {

    private DocumentIssuing() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, IssueAllocationDocumentCommand c) {
        return Decision.once(state, c, PostingId.of(c.documentId()), "documentId", (postingId, fingerprint) -> {
            if (c.documentNumber().isBlank()) {
                throw Violations.violation(LedgerRule.INVALID_ID, "documentNumber",
                        "give the document number (文号)");
            }
            state.bodies().require(c.fromBodyId(), "fromBodyId");
            state.bodies().requireStrictDescendant(c.toBodyId(), c.fromBodyId(), "toBodyId");
            int year = c.documentDate().getYear();
            state.matching().documentWithNumber(c.fromBodyId(), year, c.documentNumber()).ifPresent(other -> {
                throw Violations.violation(LedgerRule.DUPLICATE_DOCUMENT_NUMBER, "documentNumber",
                        "document number " + c.documentNumber() + " of " + c.fromBodyId() + " in " + year
                                + " is already used by " + other);
            });
            List<AllocationLine> lines = c.lines();
            if (lines.isEmpty()) {
                throw Violations.violation(LedgerRule.INVALID_AMOUNT, "lines", "a document has at least one line");
            }
            PostingDraft draft = new PostingDraft();
            List<DocumentLine> recorded = new ArrayList<>();
            Map<String, Long> drawn = new HashMap<>();
            Money total = Money.ZERO;
            for (int i = 0; i < lines.size(); i++) {
                AllocationLine line = lines.get(i);
                String field = "lines[" + i + "].";
                Violations.requirePositive(line.amount(), field + "amount");
                FundInfo fund = state.funds().requireLine(line.fundId(), line.earmark(), field + "fundId",
                        field + "earmark");
                recorded.add(new DocumentLine(line.fundId(), line.earmark(), line.amount(), line.earmark() != null
                        ? DocumentLine.EARMARKED : fund.owner().equals(c.fromBodyId()) ? DocumentLine.OWN
                        : DocumentLine.GENERAL));
                AccountRef source = AccountRef.fund(c.fromBodyId(), year, line.fundId(), line.earmark());
                long taken = drawn.merge(source.key(), line.amount().fen(), Math::addExact);
                long held = state.accounts().balance(source);
                if (taken > held) {
                    throw Violations.violation(LedgerRule.INSUFFICIENT_FUNDS, field + "amount", "line " + i + " takes "
                            + line.amount() + " from " + source + ", which holds " + Money.ofFen(held)
                            + (taken > line.amount().fen() ? " and gives to earlier lines " + Money.ofFen(
                                    taken - line.amount().fen()) : ""));
                }
                draft.leg(source, line.amount().negate(), field + "amount")
                        .leg(AccountRef.fund(c.toBodyId(), year, line.fundId(), line.earmark()), line.amount(),
                                field + "amount");
                total = total.plus(line.amount());
            }
            Money required = c.matching() == null ? null : required(c.matching(), c, total);
            PostingGuard.check(state, draft, false, "documentDate");
            Posting posting = draft.toPosting(postingId, c.documentDate());
            return Decision.posted(new AllocationDocumentIssuedEvent(c.ledgerId(), c.documentId(),
                    c.documentNumber(), c.title(), c.fromBodyId(), c.toBodyId(), recorded, total, c.matching(),
                    c.scope(), required, posting, fingerprint),
                    postingId.value(), posting);
        });
    }

    private static Money required(MatchingRequirement matching, IssueAllocationDocumentCommand c, Money total) {
        if (matching.ratioBasisPoints() <= 0) {
            throw Violations.violation(LedgerRule.INVALID_AMOUNT, "matching.ratioBasisPoints",
                    "the matching ratio must be positive (10000 = 1:1)");
        }
        if (matching.deadline().isBefore(c.documentDate())) {
            throw Violations.violation(LedgerRule.INVALID_DATE, "matching.deadline", "the matching deadline "
                    + matching.deadline() + " lies before the document date " + c.documentDate());
        }
        long required = MatchingState.requiredFor(total.fen(), matching.ratioBasisPoints());
        if (required < 0) {
            throw Violations.violation(LedgerRule.INVALID_AMOUNT, "matching.ratioBasisPoints", total + " × "
                    + matching.ratioBasisPoints() + " / 10000 is not a whole fen; the ledger does not round");
        }
        return Money.ofFen(required);
    }
}
