package org.unionfund.ledger.recuperation.trip.api;

/** Kinds of new-form workers (新就业形态劳动者). */
public enum NewFormSubtype {
    COURIER,
    DELIVERY_RIDER,
    RIDE_HAILING_DRIVER,
    TRUCK_DRIVER,
    OTHER
}
