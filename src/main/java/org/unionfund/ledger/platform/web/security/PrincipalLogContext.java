package org.unionfund.ledger.platform.web.security;

import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;
import org.unionfund.ledger.security.CurrentPrincipal;
import org.unionfund.ledger.platform.messaging.MetadataKeys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Puts the authenticated principal and body into the log's MDC for the rest of the request (beside its correlation id). */
public class PrincipalLogContext implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        CurrentPrincipal.get().ifPresent(principal -> {
            MDC.put(MetadataKeys.PRINCIPAL, principal.name());
            if (principal.body() != null) {
                MDC.put(MetadataKeys.BODY, principal.body());
            }
        });
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        MDC.remove(MetadataKeys.PRINCIPAL);
        MDC.remove(MetadataKeys.BODY);
    }
}
