package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.WorkerCategory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who an earmarked line may pay for: a participant fits if its employer ownership OR its worker category is
 * listed (Zhejiang 2025: non-public and platform ownership, or new-form workers).
 */
public record EarmarkEligibility(Set<EmployerOwnership> ownerships, Set<WorkerCategory> categories) {

    public EarmarkEligibility {
        ownerships = sorted(ownerships, EmployerOwnership.class);
        categories = sorted(categories, WorkerCategory.class);
    }

    public boolean admits(EmployerOwnership ownership, WorkerCategory category) {
        return (ownership != null && ownerships.contains(ownership))
                || (category != null && categories.contains(category));
    }

    public boolean admitsNobody() {
        return ownerships.isEmpty() && categories.isEmpty();
    }

    // Enum order keeps serialised sets (and so request fingerprints) stable across JVMs.
    private static <E extends Enum<E>> Set<E> sorted(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy);
    }
}
