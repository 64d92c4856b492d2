package org.unionfund.ledger.recuperation.programme.api;

import java.util.Objects;

import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.kernel.SafeId;

/** A funding line of a programme: a fund and its earmark ({@code null} = the fund's unrestricted line). */
public record ProgrammeLine(FundId fundId, String earmark) {

    public ProgrammeLine {
        Objects.requireNonNull(fundId, "fundId");
        SafeId.optional(earmark, "earmark");
    }

    @Override
    public String toString() {
        return fundId + (earmark == null ? " (unrestricted)" : "/" + earmark);
    }
}
