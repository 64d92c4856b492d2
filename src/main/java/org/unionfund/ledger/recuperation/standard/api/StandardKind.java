package org.unionfund.ledger.recuperation.standard.api;

/** What a standard limits; money kinds carry an amount, the others a number of days. */
public enum StandardKind {
    /** Price per person per day of a recuperation trip (Zhejiang: 400 yuan, 600 from 2020). */
    DAILY_PRICE_CAP,
    /** Longest trip, travel days included (5 in Zhejiang). */
    TRIP_LENGTH_LIMIT,
    /** Longest trip to a paired-aid region (7). */
    PAIRED_REGION_TRIP_LENGTH_LIMIT,
    /** Most a worker may be funded in a year (3,000 yuan in several cities). */
    ANNUAL_CAP_PER_WORKER;

    public boolean measuredInMoney() {
        return this == DAILY_PRICE_CAP || this == ANNUAL_CAP_PER_WORKER;
    }
}
