package org.unionfund.ledger.kernel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;

/**
 * Resolves any union body to the ledger (root body) that holds it. Written synchronously by the registration
 * endpoint right after the command succeeded and, rebuildably, by a tracking projection of
 * {@link UnionBodyRegisteredEvent}s; both writes are idempotent upserts of the same content.
 */
public interface BodyDirectory {

    Optional<BodyDirectoryEntry> find(BodyId body);

    /** The entries of the given bodies that are known, by body id. */
    Map<String, BodyDirectoryEntry> findAll(Collection<BodyId> bodies);

    /** The registered children of a body, ordered by id. */
    List<BodyDirectoryEntry> children(BodyId body);

    /** Records a registration; idempotent. The parent (if any) must already be in the directory. */
    void record(UnionBodyRegisteredEvent registration);

    /** The body's entry, or {@code unknown-body} naming {@code field}. */
    default BodyDirectoryEntry require(BodyId body, String field) {
        return find(body).orElseThrow(() -> new LedgerRuleViolation(LedgerRule.UNKNOWN_BODY, field,
                "union body " + body + " is not registered"));
    }
}
