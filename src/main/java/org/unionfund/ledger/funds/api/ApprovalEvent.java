package org.unionfund.ledger.funds.api;

/** The events of maker-checker: policies adopted, proposals made, approved, rejected and withdrawn. */
public interface ApprovalEvent {

    LedgerId ledgerId();
}
