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

    /** The approvals {@code rules} ask of an act of {@code kind} moving {@code amount}; empty: booked directly. */
    public static List<ApprovalStep> stepsFor(List<ApprovalRule> rules, ActKind kind, Money amount) {
        ApprovalRule applies = null;
        for (ApprovalRule rule : rules) {
            if (rule.act() == kind && exceeds(amount, rule.above())
                    && (applies == null || exceeds(rule.above(), applies.above()))) {
                applies = rule;
            }
        }
        return applies == null ? List.of() : applies.steps();
    }

    /** The amount a policy judges an act by: the sum of its posting's positive legs. */
    public static Money amountOf(Posting posting) {
        long fen = 0;
        for (PostingLeg leg : posting.legs()) {
            fen += Math.max(0, leg.amount().fen());
        }
        return Money.ofFen(fen);
    }

    private static boolean exceeds(Money amount, Money threshold) {
        return threshold == null || (amount != null && amount.fen() > threshold.fen());
    }
}
