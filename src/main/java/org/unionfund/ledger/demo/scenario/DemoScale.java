package org.unionfund.ledger.demo.scenario;

/** How much demo data to load ({@code ledger.demo.scale}). */
public enum DemoScale {
    /** The seed-based dataset: three ledgers, about 140 trips and 5,000 person-times; loads in seconds. */
    DEFAULT,
    /** DEFAULT plus a Zhejiang province-year for benchmarks: about 40,000 trips and 1.5 million person-times. */
    PROVINCE_YEAR
}
