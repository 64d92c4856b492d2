package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.WorkerCategory;


import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/**
 * One participant's cost charged to a programme line ({@code earmark} null = the unrestricted line). The ownership
 * and category are what the earmark's eligibility is judged by; {@code participant} is the trip's participant id
 * (never a personal identity number).
 */
public record ProgrammeCharge(String participant, FundId fundId, String earmark, EmployerOwnership ownership,
        WorkerCategory category, Money amount) {

    public ProgrammeCharge {
        SafeId.require(participant, "participant");
        Require.present(fundId, "fundId", ownership, "ownership", category, "category", amount, "amount");
        SafeId.optional(earmark, "earmark");
    }
}
