package org.unionfund.ledger.funds.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.ApprovalPolicyAdoptedEvent;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.eventstore.FieldState;

/**
 * Every body's approval policies by the date they come into force. A body without one books directly, as before
 * maker-checker existed.
 */
@FieldState
final class ApprovalPolicies {

    /** body id → ISO date (sorts as the date) → rules. */
    private TreeMap<String, TreeMap<String, List<ApprovalRule>>> policies = new TreeMap<>();

    void on(ApprovalPolicyAdoptedEvent e) {
        policies.computeIfAbsent(e.bodyId().value(), body -> new TreeMap<>()).put(e.validFrom().toString(), e.rules());
    }

    /** The rules {@code body} adopted from exactly {@code validFrom}, if it adopted a version on that date. */
    List<ApprovalRule> adopted(BodyId body, LocalDate validFrom) {
        TreeMap<String, List<ApprovalRule>> versions = policies.get(body.value());
        return versions == null ? null : versions.get(validFrom.toString());
    }

    /** The approvals an act of {@code kind} and {@code amount} by {@code body} on {@code date} needs; none: direct. */
    List<ApprovalStep> stepsFor(ActKind kind, BodyId body, LocalDate date, Money amount) {
        TreeMap<String, List<ApprovalRule>> versions = policies.get(body.value());
        Map.Entry<String, List<ApprovalRule>> inForce = versions == null ? null
                : versions.floorEntry(date.toString());
        if (inForce == null) {
            return List.of();
        }
        return ApprovalRule.stepsFor(inForce.getValue(), kind, amount);
    }
}
