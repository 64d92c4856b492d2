package org.unionfund.ledger.funds.command;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;

/** Registering union bodies; the root body opens the ledger. */
final class BodyRegistration {

    private static final Pattern ADMINISTRATIVE_CODE = Pattern.compile("[1-9][0-9]{5}");
    private static final String EVENT = UnionBodyRegisteredEvent.class.getSimpleName();

    private BodyRegistration() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, RegisterUnionBodyCommand c) {
        LedgerCommandResult result = new LedgerCommandResult(c.bodyId().value(), EVENT, null);
        Optional<BodyNode> existing = state.bodies().find(c.bodyId());
        if (existing.isPresent()) {
            if (sameRegistration(existing.get(), c)) {
                return Decision.replay(result);
            }
            throw Violations.violation(LedgerRule.DUPLICATE_BODY, "bodyId",
                    "union body " + c.bodyId() + " is already registered with other details");
        }
        boolean isRoot = c.bodyId().value().equals(c.ledgerId().rootBodyId());
        if (c.parentId() == null && !isRoot) {
            throw Violations.violation(LedgerRule.ROOT_MISMATCH, "parentId", "a body without a parent is the root"
                    + " of its own ledger: register " + c.bodyId() + " in ledger " + c.bodyId());
        }
        if (c.parentId() != null && isRoot) {
            throw Violations.violation(LedgerRule.ROOT_MISMATCH, "parentId",
                    "the root body of ledger " + c.ledgerId() + " has no parent");
        }
        requireAdministrativeCode(c);
        if (c.parentId() != null) {
            requireCodeBelowParent(c, state.bodies().require(c.parentId(), "parentId"));
        }
        return new Decision<>(new UnionBodyRegisteredEvent(c.ledgerId(), c.bodyId(), c.name(), c.level(),
                c.parentId()), result);
    }

    private static boolean sameRegistration(BodyNode node, RegisterUnionBodyCommand c) {
        return node.name().equals(c.name()) && node.level() == c.level()
                && Objects.equals(node.parent(), c.parentId());
    }

    /** GB/T 2260: province xx0000, city xxxx00, county-level xxxxyy with yy ≠ 00. */
    private static void requireAdministrativeCode(RegisterUnionBodyCommand c) {
        if (!c.level().usesAdministrativeCode()) {
            return;
        }
        String code = c.bodyId().value();
        boolean fits = ADMINISTRATIVE_CODE.matcher(code).matches() && switch (c.level()) {
            case PROVINCE -> code.endsWith("0000");
            case CITY -> code.endsWith("00") && !code.endsWith("0000");
            default -> !code.endsWith("00");
        };
        if (!fits) {
            throw Violations.violation(LedgerRule.INVALID_BODY_ID, "bodyId", "a " + c.level()
                    + " union body is identified by its 6-digit GB/T 2260 code, not " + code);
        }
    }

    private static void requireCodeBelowParent(RegisterUnionBodyCommand c, BodyNode parent) {
        if (!c.level().usesAdministrativeCode() || !parent.level().usesAdministrativeCode()) {
            return;
        }
        int significant = parent.level() == UnionBodyLevel.PROVINCE ? 2 : 4;
        String prefix = parent.id().value().substring(0, significant);
        if (parent.level() == UnionBodyLevel.COUNTY || !c.bodyId().value().startsWith(prefix)) {
            throw Violations.violation(LedgerRule.INVALID_BODY_ID, "bodyId", "code " + c.bodyId()
                    + " does not lie within the area of " + parent.id() + " (" + parent.level() + ")");
        }
    }
}
