package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Require;

/** A person who proposes, reviews, approves, rejects or withdraws: name, role and the body acted for (may be null). */
public record Signatory(String name, String role, BodyId body) {

    public Signatory {
        Require.present(name, "name", role, "role");
    }
}
