package org.unionfund.ledger.relief.api;

import java.util.Objects;

import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.WorkerCategory;

/**
 * One group of workers a campaign may reach (e.g. 建档困难职工), with its names and the worker category an earmarked
 * fund line judges it by. A campaign carries its own catalogue of groups; {@link ReliefGroups} holds the default one.
 */
public record ReliefGroup(String code, String nameZh, String nameEn, WorkerCategory category) {

    public ReliefGroup {
        SafeId.require(code, "group code");
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("a group needs its Chinese name");
        }
        nameEn = nameEn == null || nameEn.isBlank() ? code : nameEn;
        Objects.requireNonNull(category, "category");
    }
}
