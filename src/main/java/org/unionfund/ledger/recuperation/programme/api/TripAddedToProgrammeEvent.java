package org.unionfund.ledger.recuperation.programme.api;

import org.axonframework.serialization.Revision;

/** A trip of this programme was scheduled (recorded in the trip's scheduling commit); {@code tripId} is its id. */
@Revision("1")
public record TripAddedToProgrammeEvent(ProgrammeId programmeId, String tripId) {
}
