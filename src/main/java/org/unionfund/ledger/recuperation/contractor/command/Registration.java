package org.unionfund.ledger.recuperation.contractor.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.unionfund.ledger.recuperation.contractor.api.RegistryRuleViolation;

/**
 * Registration of reference data is idempotent: the first registration applies its event, a repeat with the same
 * details returns the recorded one, a repeat with other details is refused.
 */
final class Registration {

    private Registration() {
    }

    /** {@code what} and {@code id} name the entry in the refusal, e.g. "contractor" and "ctrip-zj". */
    static <E> E once(E recorded, E event, String field, String what, String id) {
        if (recorded == null) {
            apply(event);
            return event;
        }
        if (!recorded.equals(event)) {
            throw new RegistryRuleViolation(RegistryRuleViolation.IDEMPOTENCY_CONFLICT, field,
                    what + " " + id + " is already registered with other details");
        }
        return recorded;
    }
}
