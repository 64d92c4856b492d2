package org.unionfund.ledger.funds.command;

/** A matching commitment: its amount net of reversals and whether it came too late to count. */
record CommitmentState(long fen, boolean late) {
}
