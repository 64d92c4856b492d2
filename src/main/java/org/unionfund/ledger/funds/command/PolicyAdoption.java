package org.unionfund.ledger.funds.command;

import java.util.HashSet;
import java.util.Set;

import org.unionfund.ledger.funds.api.AdoptApprovalPolicyCommand;
import org.unionfund.ledger.funds.api.ApprovalPolicyAdoptedEvent;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;

/**
 * A body adopts a version of its approval policy; a rule per act kind and threshold, thresholds never negative.
 * Adopting the version in force from the same date with the same rules again records nothing (a repeat).
 */
final class PolicyAdoption {

    static final String EVENT = ApprovalPolicyAdoptedEvent.class.getSimpleName();

    private PolicyAdoption() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, AdoptApprovalPolicyCommand c) {
        state.bodies().require(c.bodyId(), "bodyId");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.rules().size(); i++) {
            ApprovalRule rule = c.rules().get(i);
            String field = "rules[" + i + "]";
            if (rule.above() != null && rule.above().fen() < 0) {
                throw Violations.violation(LedgerRule.INVALID_POLICY, field + ".above", "a threshold is not negative");
            }
            if (!seen.add(rule.act() + "|" + (rule.above() == null ? "" : rule.above().fen()))) {
                throw Violations.violation(LedgerRule.INVALID_POLICY, field, "two rules for " + rule.act()
                        + " above the same amount");
            }
        }
        String id = "policy:" + c.bodyId() + ":" + c.validFrom();
        if (c.rules().equals(state.approvals().adopted(c.bodyId(), c.validFrom()))) {
            return Decision.replay(new LedgerCommandResult(id, EVENT, null));
        }
        return new Decision<>(new ApprovalPolicyAdoptedEvent(c.ledgerId(), c.bodyId(), c.validFrom(), c.rules()),
                new LedgerCommandResult(id, EVENT, null));
    }
}
