package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.SealedYearCorrectedEvent;

/** A correction that books into sealed years is listed against each seal by one event per sealed body-year. */
final class SealedYears {

    private SealedYears() {
    }

    static List<Object> corrected(LedgerState state, ReversePostingCommand c, Posting correction) {
        Set<String> seen = new LinkedHashSet<>();
        List<Object> events = new ArrayList<>();
        for (PostingLeg leg : correction.legs()) {
            String seal = state.sealOf(leg.account().body(), leg.account().year());
            if (seal != null && seen.add(seal)) {
                events.add(new SealedYearCorrectedEvent(c.ledgerId(), leg.account().body(), leg.account().year(),
                        seal, correction.id(), c.originalPostingId(), c.reason()));
            }
        }
        return events;
    }
}
