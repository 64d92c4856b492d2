package org.unionfund.ledger.recuperation.trip.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Trip-length limits that apply where no TRIP_LENGTH_LIMIT or PAIRED_REGION_TRIP_LENGTH_LIMIT standard is in force
 * for the programme body's region or any region above it: {@code ledger.trips.default-trip-length-limit} (5 days,
 * travel included) and {@code ledger.trips.default-paired-region-trip-length-limit} (7 days).
 */
@ConfigurationProperties("ledger.trips")
public record TripRulesProperties(
        @DefaultValue("5") int defaultTripLengthLimit,
        @DefaultValue("7") int defaultPairedRegionTripLengthLimit) {

    public TripRulesProperties {
        if (defaultTripLengthLimit < 1 || defaultPairedRegionTripLengthLimit < 1) {
            throw new IllegalArgumentException("default trip-length limits must be positive");
        }
    }

    public static TripRulesProperties defaults() {
        return new TripRulesProperties(5, 7);
    }
}
