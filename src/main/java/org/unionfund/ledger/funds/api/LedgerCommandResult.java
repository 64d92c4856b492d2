package org.unionfund.ledger.funds.api;

/**
 * What a ledger command did: the request id, the simple name of the event it recorded and, for money
 * commands, the posting. Repeating a command returns the original result.
 */
public record LedgerCommandResult(String id, String event, Posting posting) {
}
