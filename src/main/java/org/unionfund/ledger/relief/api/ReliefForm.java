package org.unionfund.ledger.relief.api;

/** 慰问金 (cash) or 慰问品 (goods, valued in fen). */
public enum ReliefForm {
    CASH,
    GOODS;

    /** The ledger expense category the form is booked to. */
    public String expenseCategory() {
        return this == CASH ? "RELIEF_CASH" : "RELIEF_GOODS";
    }
}
