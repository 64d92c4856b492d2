package org.unionfund.ledger.kernel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves any union body to the ledger (root body) that holds it. The funds context keeps it: written
 * synchronously by the registration endpoint right after the command succeeded and, rebuildably, by a tracking
 * projection of its registration events; both writes are idempotent upserts of the same content.
 */
public interface BodyDirectory {

    /** The refusal code when a request names a body that is not registered. */
    String UNKNOWN_BODY = "unknown-body";

    Optional<BodyDirectoryEntry> find(BodyId body);

    /** The entries of the given bodies that are known, by body id. */
    Map<String, BodyDirectoryEntry> findAll(Collection<BodyId> bodies);

    /** The registered children of a body, ordered by id. */
    List<BodyDirectoryEntry> children(BodyId body);

    /** The body's entry, or {@code unknown-body} naming {@code field}. */
    default BodyDirectoryEntry require(BodyId body, String field) {
        return find(body).orElseThrow(() -> new RuleViolation(UNKNOWN_BODY, field,
                "union body " + body + " is not registered"));
    }
}
