package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Optional;

import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerRule;

/** The union bodies of one ledger, keyed by body id. */
@FieldState
final class BodyTree {

    private LinkedHashMap<String, BodyNode> nodes = new LinkedHashMap<>();

    Optional<BodyNode> find(BodyId id) {
        return Optional.ofNullable(nodes.get(id.value()));
    }

    BodyNode require(BodyId id, String field) {
        return find(id).orElseThrow(() -> Violations.violation(LedgerRule.UNKNOWN_BODY, field,
                "union body " + id + " is not registered in this ledger"));
    }

    /** True when {@code candidate} lies below {@code ancestor}; a body is not its own descendant. */
    boolean isStrictDescendant(BodyId candidate, BodyId ancestor) {
        BodyNode node = nodes.get(candidate.value());
        while (node != null && node.parent() != null) {
            if (node.parent().equals(ancestor)) {
                return true;
            }
            node = nodes.get(node.parent().value());
        }
        return false;
    }

    void requireStrictDescendant(BodyId receiver, BodyId sender, String field) {
        require(receiver, field);
        if (!isStrictDescendant(receiver, sender)) {
            throw Violations.violation(LedgerRule.NOT_IN_SUBTREE, field,
                    "union body " + receiver + " is not below " + sender + "; money only flows down the tree");
        }
    }

    /** The body and its ancestors up to the root, nearest first; {@code unknown-body} when not registered. */
    List<BodyId> pathToRoot(BodyId body, String field) {
        List<BodyId> path = new ArrayList<>();
        BodyNode node = require(body, field);
        while (node != null) {
            path.add(node.id());
            node = node.parent() == null ? null : find(node.parent()).orElse(null);
        }
        return List.copyOf(path);
    }

    void add(BodyNode node) {
        nodes.put(node.id().value(), node);
    }
}
