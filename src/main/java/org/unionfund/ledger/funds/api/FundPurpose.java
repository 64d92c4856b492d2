package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

/** What a fund is for. The constants are the common purposes; any safe code is accepted. */
public record FundPurpose(String code) {

    public static final FundPurpose RECUPERATION = new FundPurpose("RECUPERATION");
    public static final FundPurpose SOCIAL_WORKER_PAY = new FundPurpose("SOCIAL_WORKER_PAY");
    public static final FundPurpose WINTER_RELIEF = new FundPurpose("WINTER_RELIEF");
    public static final FundPurpose FIXED_SUBSIDY = new FundPurpose("FIXED_SUBSIDY");
    public static final FundPurpose OTHER = new FundPurpose("OTHER");

    public FundPurpose {
        SafeId.require(code, "purpose");
    }

    @Override
    public String toString() {
        return code;
    }
}
