package org.unionfund.ledger.platform.messaging;

/** Who is acting: the authenticated principal, the role it acts in and the union body it acts for (may be null). */
public record Actor(String principal, String role, String body) {
}
