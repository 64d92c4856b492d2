package org.unionfund.ledger.funds.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.BodyId;

/** A person who proposes, reviews, approves, rejects or withdraws: name, role and the body acted for (may be null). */
public record Signatory(String name, String role, BodyId body) {

    public Signatory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
