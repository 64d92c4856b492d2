package org.unionfund.ledger.funds.command;

import java.util.List;
import java.util.Optional;

import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;

/** A fund known to the ledger; {@code matchingFor} is set for a matching fund named after its allocation. */
record FundInfo(FundId id, BodyId owner, int year, FundPurpose purpose, List<Earmark> earmarks,
        AllocationId matchingFor) {

    Optional<Earmark> earmark(String code) {
        return earmarks.stream().filter(e -> e.code().equals(code)).findFirst();
    }
}
