package org.unionfund.ledger.platform.web.security;

import org.unionfund.ledger.security.LedgerSecurityProperties;
import org.unionfund.ledger.security.Role;
import org.unionfund.ledger.security.CurrentPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.unionfund.ledger.platform.messaging.Actor;
import org.unionfund.ledger.platform.messaging.ActorResolver;
import org.unionfund.ledger.platform.web.RequestProblem;

/**
 * The actor recorded on every command (and, through the correlation data provider, on every event): the
 * authenticated principal of the request — name, role and body. Work outside an HTTP request (the matching-deadline
 * scheduler, start-up loaders, tests sending commands directly) runs as the configured system actor
 * ({@code ledger.security.system-principal}, role SYSTEM). An HTTP request without an authenticated principal never
 * gets the system actor: it is refused.
 */
@Component
class SecurityContextActorResolver implements ActorResolver {

    private final Actor system;

    SecurityContextActorResolver(LedgerSecurityProperties properties) {
        this.system = new Actor(properties.systemPrincipal(), Role.SYSTEM.name(), null);
    }

    @Override
    public Actor current() {
        return CurrentPrincipal.get().map(p -> new Actor(p.name(), p.role().name(), p.body())).orElseGet(() -> {
            if (RequestContextHolder.getRequestAttributes() != null) {
                throw RequestProblem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", null,
                        "an authenticated principal is required to record anything");
            }
            return system;
        });
    }
}
