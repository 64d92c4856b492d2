package org.unionfund.ledger.relief.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.relief.api.EligibleRegisteredEvent;
import org.unionfund.ledger.relief.api.GroupCount;
import org.unionfund.ledger.relief.api.RegisterEligibleCommand;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;
import org.unionfund.ledger.kernel.Idempotency;

/** The eligible-worker register of one body and year (困难职工档案 and the other groups' counts). */
@Aggregate
@FieldState
public class EligibleRegister {

    @AggregateIdentifier
    private String registerId;
    /** Request fingerprints by registration id. */
    private HashMap<String, String> registrations = new HashMap<>();

    protected EligibleRegister() {
    }

    public static EligibleRegister empty() {
        return new EligibleRegister();
    }

    /** True when this registration was already recorded with the same content; refuses other content. */
    public boolean isRepeat(RegisterEligibleCommand c, String fingerprint) {
        return Idempotency.isRepeat(registrations.get(c.registrationId()), fingerprint,
                () -> new ReliefRuleViolation(ReliefRuleViolation.IDEMPOTENCY_CONFLICT, "registrationId",
                        "registration " + c.registrationId() + " was already recorded with other counts"));
    }

    public void register(RegisterEligibleCommand c, List<BodyId> path, String fingerprint) {
        if (c.counts().isEmpty()) {
            throw new ReliefRuleViolation(ReliefRuleViolation.INVALID_VALUE, "counts", "at least one count is needed");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.counts().size(); i++) {
            GroupCount count = c.counts().get(i);
            if (!seen.add(count.group())) {
                throw new ReliefRuleViolation(ReliefRuleViolation.INVALID_VALUE, "counts[" + i + "].group",
                        "group " + count.group() + " is named twice");
            }
        }
        apply(new EligibleRegisteredEvent(c.registerId().bodyId(), c.registerId().year(), path, c.registrationId(),
                c.counts(), fingerprint));
    }

    @EventSourcingHandler
    void on(EligibleRegisteredEvent e) {
        registerId = "relief-register:" + e.bodyId().value() + ":" + e.year();
        registrations.put(e.registrationId(), e.requestFingerprint());
    }
}
