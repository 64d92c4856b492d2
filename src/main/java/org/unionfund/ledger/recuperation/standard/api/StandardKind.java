package org.unionfund.ledger.recuperation.standard.api;

/** What a standard limits; money kinds carry an amount, the others a number of days. */
public enum StandardKind {
    /** Price per person per day of a recuperation trip (Zhejiang: 400 yuan, 600 from 2020). */
    DAILY_PRICE_CAP(true),
    /** Longest trip, travel days included (5 in Zhejiang). */
    TRIP_LENGTH_LIMIT(false),
    /** Longest trip to a paired-aid region (7). */
    PAIRED_REGION_TRIP_LENGTH_LIMIT(false),
    /** Most a worker may be funded in a year (3,000 yuan in several cities). */
    ANNUAL_CAP_PER_WORKER(true);

    private final boolean money;

    StandardKind(boolean money) {
        this.money = money;
    }

    public boolean measuredInMoney() {
        return money;
    }
}
