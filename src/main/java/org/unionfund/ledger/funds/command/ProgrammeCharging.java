package org.unionfund.ledger.funds.command;

import java.util.LinkedHashMap;
import java.util.Map;

import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.kernel.Money;

/**
 * Charging participants' costs to programme lines: every charge must fit its line's earmark, and the summed
 * charges per line may not take the line below zero. One posting for the whole trip, so all or none are paid. Only
 * trips charge (in the unit of work that records their settlement or correction), and the trip is the register of
 * its charges: it makes each at most once, so the ledger keeps no journal entry for them.
 */
final class ProgrammeCharging {

    private ProgrammeCharging() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, ChargeProgrammeCommand c) {
        String fingerprint = Fingerprint.of(c);
        requireTripPosting(c.postingId(), "postingId");
        if (c.correctsPostingId() != null) {
            requireTripPosting(c.correctsPostingId(), "correctsPostingId");
        }
        state.bodies().require(c.bodyId(), "bodyId");
        Violations.requireDateInYear(c.effectiveDate(), c.year(), "effectiveDate");
        if (c.charges().isEmpty()) {
            throw Violations.violation(LedgerRule.INVALID_AMOUNT, "charges", "at least one charge is needed");
        }
        Map<String, Money> perLine = new LinkedHashMap<>();
        Map<String, ProgrammeCharge> firstOfLine = new LinkedHashMap<>();
        Map<String, String> fieldOfLine = new LinkedHashMap<>();
        for (int i = 0; i < c.charges().size(); i++) {
            ProgrammeCharge charge = c.charges().get(i);
            String field = "charges[" + i + "]";
            Violations.requirePositive(charge.amount(), field + ".amount");
            state.funds().requireAdmits(charge.fundId(), charge.earmark(), charge.ownership(), charge.category(),
                    field);
            String line = charge.fundId().value() + "|" + (charge.earmark() == null ? "" : charge.earmark());
            perLine.merge(line, charge.amount(), Money::plus);
            firstOfLine.putIfAbsent(line, charge);
            fieldOfLine.putIfAbsent(line, field + ".amount");
        }
        PostingDraft draft = new PostingDraft();
        for (Map.Entry<String, Money> entry : perLine.entrySet()) {
            ProgrammeCharge charge = firstOfLine.get(entry.getKey());
            String field = fieldOfLine.get(entry.getKey());
            draft.leg(AccountRef.programme(c.bodyId(), c.year(), charge.fundId(), charge.earmark(), c.programme()),
                    entry.getValue().negate(), field);
            draft.leg(AccountRef.expense(c.bodyId(), c.year(), charge.fundId(), charge.earmark(),
                    c.expenseCategory()), entry.getValue(), field);
        }
        PostingGuard.check(state, draft, false, "effectiveDate");
        Posting posting = draft.toPosting(c.postingId(), c.effectiveDate());
        return Decision.posted(new ProgrammeChargedEvent(c.ledgerId(), c.postingId(), c.programme(), c.bodyId(),
                c.year(), c.expenseCategory(), c.charges(), c.correctsPostingId(), posting, fingerprint),
                c.postingId().value(), posting);
    }

    private static void requireTripPosting(PostingId id, String field) {
        if (!id.madeByTrip()) {
            throw Violations.violation(LedgerRule.INVALID_ID, field, "programme charges are made by trips; " + id
                    + " is not a trip posting id");
        }
    }
}
