package org.unionfund.ledger.kernel;

import java.util.List;

import org.unionfund.ledger.kernel.UnionBodyLevel;

/**
 * Where a union body sits: the ledger (root body) that holds it, its parent, level and name, the path of ancestors
 * from the root down to the parent, and the ids of its registered children.
 */
public record BodyDirectoryEntry(String bodyId, String ledgerId, String parentId, UnionBodyLevel level, String name,
        List<String> ancestors, List<String> children) {

    public BodyDirectoryEntry {
        ancestors = Require.list(ancestors);
        children = Require.list(children);
    }

    public boolean isRoot() {
        return parentId == null;
    }
}
