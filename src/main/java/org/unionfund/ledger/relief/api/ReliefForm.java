package org.unionfund.ledger.relief.api;

/** 慰问金 (cash), 慰问品 (goods, valued in fen), a screening given (筛查, at the per-person price), a subsidy paid. */
public enum ReliefForm {
    CASH,
    GOODS,
    SCREENING,
    SUBSIDY;

    /** The ledger expense category the form is booked to. */
    public String expenseCategory() {
        return "RELIEF_" + name();
    }
}
