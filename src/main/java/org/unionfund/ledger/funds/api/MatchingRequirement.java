package org.unionfund.ledger.funds.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The receiver of an allocation must commit own funds (资金配套) of {@code ratioBasisPoints} / 10000 of the
 * allocation (10000 = 1:1, 5000 = 50%) by the end of {@code deadline} (Asia/Shanghai).
 */
public record MatchingRequirement(int ratioBasisPoints, LocalDate deadline) {

    public MatchingRequirement {
        Objects.requireNonNull(deadline, "deadline");
    }
}
