package org.unionfund.ledger.funds.api;

import java.util.List;
import java.util.Objects;

import org.unionfund.ledger.kernel.Money;

/**
 * For acts of one kind whose amount exceeds {@code above} (null: any amount), the approvals needed, in order. A
 * policy may list several rules of one kind; the one with the highest {@code above} below the amount applies.
 * No steps: booked directly.
 */
public record ApprovalRule(ActKind act, Money above, List<ApprovalStep> steps) {

    public ApprovalRule {
        Objects.requireNonNull(act, "act");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
