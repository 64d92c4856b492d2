package org.unionfund.ledger.recuperation.imports.rows;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fields of one import row (one participant of one trip; the trip's own fields repeat on each of its rows).
 * Which header names mean which field is the column mapping's business ({@link ColumnMapping}).
 */
public enum TripField {
    PROGRAMME,
    TRIP,
    CONTRACTOR,
    DESTINATION,
    START_DATE,
    DAYS,
    PRICE_PER_PERSON_PER_DAY,
    ID_NUMBER,
    NAME,
    CATEGORY,
    NEW_FORM_SUBTYPE,
    OWNERSHIP,
    EMPLOYER,
    FAMILY_MEMBER,
    ATTENDED,
    FUND,
    EARMARK,
    SETTLED_ON;

    private static final Set<TripField> REQUIRED = EnumSet.of(PROGRAMME, TRIP, CONTRACTOR, DESTINATION, START_DATE,
            DAYS, PRICE_PER_PERSON_PER_DAY, ATTENDED);

    /** Whether every mapping must have a column for it: the trip's own fields and whether the person attended. */
    public boolean required() {
        return REQUIRED.contains(this);
    }
}
