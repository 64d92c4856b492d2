package org.unionfund.ledger.recuperation.eligibility.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;

/**
 * Eligible-worker counts of a body for a year were registered; each change names the count it replaces, so a
 * projection adds {@code count - previous}. {@code bodyPath}: the body, its parent, ..., the root.
 */
@Revision("1")
public record EligibleWorkersRegisteredEvent(
        EligibleWorkersId registerId,
        String registrationId,
        LedgerId ledgerId,
        BodyId bodyId,
        List<BodyId> bodyPath,
        int year,
        List<EligibleCountChange> counts,
        String requestFingerprint) {

    public EligibleWorkersRegisteredEvent {
        bodyPath = List.copyOf(bodyPath);
        counts = List.copyOf(counts);
    }
}
