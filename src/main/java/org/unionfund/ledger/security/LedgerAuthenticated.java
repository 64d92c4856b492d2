package org.unionfund.ledger.security;

/** Implemented by the authentications and user details that carry a {@link LedgerPrincipal}. */
public interface LedgerAuthenticated {

    LedgerPrincipal ledgerPrincipal();
}
