package org.unionfund.ledger.recuperation.standard.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

/** One region's schedule of one kind of standard: {@code <regionBodyId>:<kind>}, e.g. "330000:DAILY_PRICE_CAP". */
public record StandardScheduleId(String value) implements SafeId {

    public static final int MAX_LENGTH = 100;

    public StandardScheduleId {
        SafeId.require(value, "scheduleId", MAX_LENGTH);
    }

    public static StandardScheduleId of(BodyId region, StandardKind kind) {
        return new StandardScheduleId(region.value() + ":" + kind.name());
    }

    @Override
    public String toString() {
        return value;
    }
}
