package org.unionfund.ledger.ledger.command;

/** A matching commitment: its amount net of reversals and whether it came too late to count. */
record CommitmentState(long fen, boolean late) {
}
