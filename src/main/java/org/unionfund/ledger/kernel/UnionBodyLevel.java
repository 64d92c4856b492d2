package org.unionfund.ledger.kernel;

/** Level of a union body. Regional levels are identified by a 6-digit GB/T 2260 code. */
public enum UnionBodyLevel {
    PROVINCE(true),
    CITY(true),
    COUNTY(true),
    TOWNSHIP(false),
    INDUSTRY(false),
    GRASSROOTS(false);

    private final boolean coded;

    UnionBodyLevel(boolean coded) {
        this.coded = coded;
    }

    /** Whether bodies of this level must carry a 6-digit GB/T 2260 administrative code as their id. */
    public boolean usesAdministrativeCode() {
        return coded;
    }
}
