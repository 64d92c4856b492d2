package org.unionfund.ledger.kernel;

/** Level of a union body. Regional levels are identified by a 6-digit GB/T 2260 code. */
public enum UnionBodyLevel {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP,
    INDUSTRY,
    GRASSROOTS;

    /** Whether bodies of this level must carry a 6-digit GB/T 2260 administrative code as their id. */
    public boolean usesAdministrativeCode() {
        return this == PROVINCE || this == CITY || this == COUNTY;
    }
}
