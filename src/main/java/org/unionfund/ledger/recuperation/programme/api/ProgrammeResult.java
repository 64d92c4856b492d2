package org.unionfund.ledger.recuperation.programme.api;

import org.unionfund.ledger.funds.api.Posting;

/** What a programme command did: the request id, the programme's event and the ledger posting it made. */
public record ProgrammeResult(String programmeId, String requestId, String event, Posting posting) {
}
