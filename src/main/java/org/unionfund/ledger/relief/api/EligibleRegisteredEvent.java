package org.unionfund.ledger.relief.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.BodyId;

/** A body registered its eligible workers per group for a year; {@code bodyPath} runs nearest first to the root. */
@Revision("1")
public record EligibleRegisteredEvent(BodyId bodyId, int year, List<BodyId> bodyPath, String registrationId,
        List<GroupCount> counts, String requestFingerprint) {

    public EligibleRegisteredEvent {
        bodyPath = List.copyOf(bodyPath);
        counts = List.copyOf(counts);
    }
}
