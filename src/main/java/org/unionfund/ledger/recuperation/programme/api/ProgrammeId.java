package org.unionfund.ledger.recuperation.programme.api;

import org.unionfund.ledger.kernel.SafeId;

/**
 * Client-chosen id of a recuperation programme; also the id of its opening budget posting in the ledger.
 * {@link #toString()} is the aggregate identifier in the event store, prefixed so that it never collides with
 * the ids of other aggregate types.
 */
public record ProgrammeId(String value) implements SafeId {

    public static final String PREFIX = "programme:";

    public ProgrammeId {
        SafeId.require(value, "programmeId");
    }

    @Override
    public String toString() {
        return PREFIX + value;
    }
}
