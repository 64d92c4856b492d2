package org.unionfund.ledger.relief.api;

import org.unionfund.ledger.kernel.SafeId;

/** How many workers of a group a body has on its register (e.g. 建档困难职工 on file). */
public record GroupCount(String group, long count) {

    public GroupCount {
        SafeId.require(group, "group");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }
}
