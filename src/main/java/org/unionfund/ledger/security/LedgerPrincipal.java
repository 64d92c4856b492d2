package org.unionfund.ledger.security;

/**
 * An authenticated principal as the ledger sees it, whatever the authentication (HTTP Basic against configured
 * users, or a JWT of an identity provider): its name, its one role and the union body it acts for (null for
 * auditors, admins and the system).
 */
public record LedgerPrincipal(String name, Role role, String body) {
}
