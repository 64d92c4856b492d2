package org.unionfund.ledger.platform.web.security;

import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.security.scope.ScopedInHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.unionfund.ledger.kernel.BodyOwnership.Owned;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.platform.web.RequestProblem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Scope of queries (GET), in one place for every query endpoint, present and future: for a principal whose reads
 * are limited to a subtree, every path variable or query parameter naming a body or region
 * ({@link #SCOPE_PARAMETERS}), a programme or a trip (their body) must lie in that subtree
 * ({@link ScopeGuard#read}). A query naming none is refused
 * ({@code out-of-scope}: name a region) unless its handler is marked {@link ScopedInHandler}, i.e. checks the scope
 * itself. Auditors and the system read everything; admins are kept out of business data by the URL rules.
 */
public class QueryScopeInterceptor implements HandlerInterceptor {

    /** Parameter names that name a union body (as a subject, region or ledger root). */
    public static final Set<String> SCOPE_PARAMETERS = Set.of("bodyId", "body", "region", "regionBodyId",
            "regionId", "ledgerId", "rootBodyId", "fromBodyId", "toBodyId");
    /** Parameter names that name a programme or a trip: the scope is their body (programme's body). */
    public static final Set<String> PROGRAMME_PARAMETERS = Set.of("programmeId", "programme");
    public static final Set<String> TRIP_PARAMETERS = Set.of("tripId", "trip");

    private final ScopeGuard guard;

    QueryScopeInterceptor(ScopeGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        LedgerPrincipal principal = ScopeGuard.principal();
        if (!principal.role().readsSubtreeOnly()) {
            return true;
        }
        List<String[]> named = new ArrayList<>();
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            map.forEach((name, value) -> named.add(new String[] {String.valueOf(name), String.valueOf(value)}));
        }
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                named.add(new String[] {name, value});
            }
        });
        boolean scoped = false;
        for (String[] parameter : named) {
            String name = parameter[0];
            String value = parameter[1];
            if (SCOPE_PARAMETERS.contains(name)) {
                guard.read(value, name);
                scoped = true;
            } else if (PROGRAMME_PARAMETERS.contains(name) || TRIP_PARAMETERS.contains(name)) {
                // an unknown programme or trip shows nothing; the handler answers 404 or an empty result
                guard.readIfKnown(PROGRAMME_PARAMETERS.contains(name) ? Owned.PROGRAMME : Owned.TRIP, value, name);
                scoped = true;
            }
        }
        if (!scoped && !method.hasMethodAnnotation(ScopedInHandler.class)
                && !method.getBeanType().isAnnotationPresent(ScopedInHandler.class)) {
            throw RequestProblem.of(HttpStatus.FORBIDDEN, "out-of-scope", "region", "a " + principal.role()
                    + " reads only the subtree of " + principal.body() + "; this query must name a body or region "
                    + "in it (e.g. region=" + principal.body() + ")");
        }
        return true;
    }
}
