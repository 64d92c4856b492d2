package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;
import org.unionfund.ledger.kernel.Require;

/**
 * The standard a trip was judged by, recorded in the trip's event so that a replay years later judges nothing
 * again: the standard's id, the region whose schedule held it, its value and since when it applied. A configured
 * default (no standard set anywhere up the tree) has no id and no region.
 */
public record JudgedStandard(StandardKind kind, StandardId standardId, BodyId regionBodyId, StandardValue value,
        LocalDate effectiveFrom) {

    public JudgedStandard {
        Require.present(kind, "kind", value, "value");
    }

    public static JudgedStandard of(StandardKind kind, BodyId region, StandardEntry entry) {
        return new JudgedStandard(kind, entry.standardId(), region, entry.value(), entry.effectiveFrom());
    }

    public static JudgedStandard configuredDefault(StandardKind kind, int days) {
        return new JudgedStandard(kind, null, null, StandardValue.days(days), null);
    }

    public String describe() {
        String what = value.amount() != null ? value.amount() + " yuan" : value.days() + " days";
        return standardId == null ? what + " (configured default)"
                : what + " (standard " + standardId + " of " + regionBodyId + " from " + effectiveFrom + ")";
    }
}
