package org.unionfund.ledger.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link LedgerPrincipal} of the current thread's Spring Security context, if one is authenticated. */
public final class CurrentPrincipal {

    private CurrentPrincipal() {
    }

    public static Optional<LedgerPrincipal> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<LedgerPrincipal> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication instanceof LedgerAuthenticated ledger) {
            return Optional.of(ledger.ledgerPrincipal());
        }
        if (authentication.getPrincipal() instanceof LedgerAuthenticated ledger) {
            return Optional.of(ledger.ledgerPrincipal());
        }
        return Optional.empty();
    }
}
