package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;


import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

public record SubsidyGrant(BodyId toBodyId, Money amount) {

    public SubsidyGrant {
        Require.present(toBodyId, "toBodyId", amount, "amount");
    }
}
