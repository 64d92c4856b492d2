package org.unionfund.ledger.funds.command;

import java.util.LinkedHashMap;
import java.util.Optional;

import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.kernel.WorkerCategory;

/** Programme and matching funds of the ledger with their earmarked lines. */
@FieldState
final class FundCatalog {

    private LinkedHashMap<String, FundInfo> funds = new LinkedHashMap<>();

    Optional<FundInfo> find(FundId id) {
        return Optional.ofNullable(funds.get(id.value()));
    }

    FundInfo require(FundId id, String field) {
        return find(id).orElseThrow(() -> Violations.violation(LedgerRule.UNKNOWN_FUND, field,
                "fund " + id + " is not known in this ledger"));
    }

    /** The fund, refusing an earmark code the fund does not define ({@code null} = the unrestricted line). */
    FundInfo requireLine(FundId id, String earmark, String fundField, String earmarkField) {
        FundInfo fund = require(id, fundField);
        if (earmark != null && fund.earmark(earmark).isEmpty()) {
            throw Violations.violation(LedgerRule.EARMARK_VIOLATION, earmarkField,
                    "fund " + id + " has no earmarked line " + earmark);
        }
        return fund;
    }

    /**
     * Refuses to charge a participant to an earmarked line it does not fit. The unrestricted line
     * ({@code earmark} null) admits everyone.
     */
    void requireAdmits(FundId id, String earmark, EmployerOwnership ownership, WorkerCategory category,
            String field) {
        FundInfo fund = requireLine(id, earmark, field, field);
        if (earmark != null && !fund.earmark(earmark).orElseThrow().eligibility().admits(ownership, category)) {
            throw Violations.violation(LedgerRule.EARMARK_VIOLATION, field, "a participant of ownership "
                    + ownership + " and category " + category + " does not fit earmark " + earmark + " of " + id);
        }
    }

    void add(FundInfo fund) {
        funds.put(fund.id().value(), fund);
    }
}
