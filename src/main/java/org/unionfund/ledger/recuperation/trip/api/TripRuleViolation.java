package org.unionfund.ledger.recuperation.trip.api;

import org.unionfund.ledger.kernel.RuleViolation;

/**
 * A trip command refused by a rule; nothing was written on any aggregate. Ledger rules (insufficient-funds,
 * earmark-violation) and worker rules (frequency-exceeded, annual-cap-exceeded) keep their own exception types.
 */
public class TripRuleViolation extends RuleViolation {

    public static final String STANDARD_EXCEEDED = "standard-exceeded";
    public static final String STANDARD_MISSING = "standard-missing";
    public static final String TRIP_TOO_LONG = "trip-too-long";
    public static final String TRIP_LENGTH_NOT_OFFERED = "trip-length-not-offered";
    public static final String UNKNOWN_PROGRAMME = "unknown-programme";
    public static final String UNKNOWN_CONTRACTOR = "unknown-contractor";
    public static final String UNKNOWN_DESTINATION = "unknown-destination";
    public static final String UNKNOWN_TRIP = "unknown-trip";
    public static final String UNKNOWN_PARTICIPANT = "unknown-participant";
    public static final String DUPLICATE_PARTICIPANT = "duplicate-participant";
    public static final String CATEGORY_NOT_ELIGIBLE = "category-not-eligible";
    public static final String FAMILY_MEMBER_CHARGED = "family-member-charged";
    public static final String UNKNOWN_FUNDING_LINE = "unknown-funding-line";
    public static final String ALREADY_SETTLED = "already-settled";
    public static final String NOT_SETTLED = "not-settled";
    public static final String NOT_ATTENDED = "not-attended";
    public static final String NOT_CHARGED = "not-charged";

    public TripRuleViolation(String rule, String field, String message) {
        super(rule, field, message);
    }
}
