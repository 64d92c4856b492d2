package org.unionfund.ledger.recuperation.contractor.api;

/** Who may host recuperation trips. */
public enum ContractorKind {
    /** A travel agency with a licence (旅行社业务经营许可证). */
    LICENSED_TRAVEL_AGENCY,
    /** A recuperation base certified by the federation (疗休养基地). */
    CERTIFIED_BASE
}
