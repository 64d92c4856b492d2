package org.unionfund.ledger.recuperation.imports.rows;

/**
 * The fields of one import row (one participant of one trip; the trip's own fields repeat on each of its rows).
 * Which header names mean which field is the column mapping's business ({@link ColumnMapping}).
 */
public enum TripField {
    PROGRAMME(true),
    TRIP(true),
    CONTRACTOR(true),
    DESTINATION(true),
    START_DATE(true),
    DAYS(true),
    PRICE_PER_PERSON_PER_DAY(true),
    ID_NUMBER(false),
    NAME(false),
    CATEGORY(false),
    NEW_FORM_SUBTYPE(false),
    OWNERSHIP(false),
    EMPLOYER(false),
    FAMILY_MEMBER(false),
    ATTENDED(true),
    FUND(false),
    EARMARK(false),
    SETTLED_ON(false);

    private final boolean required;

    TripField(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }
}
