package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.SealYearCommand;
import org.unionfund.ledger.funds.api.SealedLine;
import org.unionfund.ledger.funds.api.YearSealedEvent;
import org.unionfund.ledger.kernel.Money;

/**
 * Sealing a closed year (年终结账封存): the body's trial balance of that year as the ledger holds it now, with what
 * the close carried forward, is frozen in one event. Only a closed year can be sealed, and only once; a later
 * correction does not reopen it but is recorded against the seal ({@link PostingReversal}).
 */
final class YearSealing {

    private YearSealing() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, SealYearCommand c) {
        state.bodies().require(c.bodyId(), "bodyId");
        if (!state.isClosed(c.bodyId(), c.year())) {
            throw Violations.violation(LedgerRule.YEAR_NOT_CLOSED, "year",
                    "year " + c.year() + " of " + c.bodyId() + " is not closed; close it before sealing it");
        }
        String sealId = YearSealedEvent.sealId(c.bodyId(), c.year());
        if (state.sealOf(c.bodyId(), c.year()) != null) {
            throw Violations.violation(LedgerRule.YEAR_SEALED, "year",
                    "year " + c.year() + " of " + c.bodyId() + " is already sealed (" + sealId + ")");
        }
        PostingId closing = PostingId.yearClose(c.bodyId(), c.year());
        List<PostingLeg> carried = state.journal().require(closing, "year").posting().legs();
        List<SealedLine> lines = new ArrayList<>();
        for (AccountBalance line : state.accounts().linesOf(c.bodyId(), c.year())) {
            long forward = 0;
            for (PostingLeg leg : carried) {
                if (leg.account().equals(line.account())) {
                    forward -= leg.amount().fen();
                }
            }
            lines.add(new SealedLine(line.account(), Money.ofFen(Math.addExact(line.fen(), forward)),
                    Money.ofFen(forward), Money.ofFen(line.fen())));
        }
        return Decision.posted(new YearSealedEvent(c.ledgerId(), c.bodyId(), c.year(), sealId, closing, lines),
                sealId, null);
    }
}
