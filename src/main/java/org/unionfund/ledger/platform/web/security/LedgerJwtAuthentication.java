package org.unionfund.ledger.platform.web.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.unionfund.ledger.security.LedgerAuthenticated;
import org.unionfund.ledger.security.LedgerPrincipal;

/** A validated JWT with the ledger principal its claims name. */
class LedgerJwtAuthentication extends JwtAuthenticationToken implements LedgerAuthenticated {

    private final transient LedgerPrincipal principal;

    LedgerJwtAuthentication(Jwt jwt, LedgerPrincipal principal) {
        super(jwt, List.of(new SimpleGrantedAuthority(principal.role().authority())), principal.name());
        this.principal = principal;
    }

    @Override
    public LedgerPrincipal ledgerPrincipal() {
        return principal;
    }
}
