package org.unionfund.ledger.funds.web;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;
import org.unionfund.ledger.security.scope.ScopeGuard;

/**
 * The ledger a command for a body named in the request goes to, for every context that moves money (funds,
 * programmes, relief): the body must be a safe id and registered, and the caller must be allowed to act for it.
 */
@Component
public record BodyLedgers(BodyDirectory directory, ScopeGuard scope) {

    /**
     * The scope is checked first, so nothing is looked up for a body out of the caller's reach; then the ledger as
     * {@link #of}.
     */
    public LedgerId writable(String bodyId, String field) {
        scope.write(bodyId, field);
        return of(bodyId, field);
    }

    /** The ledger holding the body; {@code invalid-id} or {@code unknown-body} naming {@code field} otherwise. */
    public LedgerId of(String bodyId, String field) {
        return new LedgerId(directory.require(body(bodyId, field), field).ledgerId());
    }

    static BodyId body(String value, String field) {
        if (!SafeIdentifierValidator.isSafe(value, 64)) {
            throw RequestProblem.badRequest("invalid-id", field,
                    field + " must be 1 to 64 characters of A-Z a-z 0-9 . _ : -");
        }
        return new BodyId(value);
    }
}
