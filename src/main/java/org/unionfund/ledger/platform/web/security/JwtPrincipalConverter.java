package org.unionfund.ledger.platform.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.LedgerSecurityProperties;
import org.unionfund.ledger.security.Role;
import org.unionfund.ledger.kernel.SafeId;

/**
 * Maps a validated JWT to a {@link LedgerPrincipal} through the configured claims (default {@code ledger_role},
 * {@code ledger_body}, name from {@code preferred_username} or else {@code sub}). The role claim is a string or a
 * list; exactly one ledger role must be in it. SYSTEM is never accepted from a token. A token without a usable role,
 * or a CLERK / PROVINCIAL_STAFF token without a valid body, is rejected as an invalid token (401).
 */
class JwtPrincipalConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final LedgerSecurityProperties.Jwt claims;

    JwtPrincipalConverter(LedgerSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(claims.principalClaim());
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidBearerTokenException("the token names no principal");
        }
        Role role = role(jwt.getClaim(claims.roleClaim()));
        String body = jwt.getClaimAsString(claims.bodyClaim());
        if (role.needsBody() && (body == null || !SafeId.isSafe(body, 64))) {
            throw new InvalidBearerTokenException("a " + role + " token must name its union body in claim "
                    + claims.bodyClaim());
        }
        return new LedgerJwtAuthentication(jwt, new LedgerPrincipal(name, role, role.needsBody() ? body : null));
    }

    private Role role(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        List<Role> roles = new ArrayList<>();
        for (Object value : values) {
            Role role = Role.parse(String.valueOf(value));
            if (role != null && role != Role.SYSTEM && !roles.contains(role)) {
                roles.add(role);
            }
        }
        if (roles.size() != 1) {
            throw new InvalidBearerTokenException("the token must carry exactly one ledger role in claim "
                    + claims.roleClaim());
        }
        return roles.get(0);
    }
}
