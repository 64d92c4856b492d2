package org.unionfund.ledger.platform.web.security;

import org.unionfund.ledger.security.scope.ScopeGuard;

import org.axonframework.commandhandling.CommandMessage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.Role;
import org.unionfund.ledger.platform.messaging.CommandDispatchCheck;
import org.unionfund.ledger.platform.web.RequestProblem;

/**
 * Fail-closed net under the write checks: a command dispatched while serving an HTTP request of a principal other
 * than SYSTEM must have had its acting body checked by {@link ScopeGuard} in that request; otherwise nothing is
 * dispatched and the request is refused (403 {@code forbidden}). An endpoint that forgets to name its acting body
 * therefore refuses clerks instead of letting them write for any body. Commands outside HTTP requests (scheduler,
 * loaders) are not affected.
 */
@Component
class ScopeCheckedCommands implements CommandDispatchCheck {

    @Override
    public void check(CommandMessage<?> command) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        LedgerPrincipal principal = ScopeGuard.principal();
        if (principal.role() != Role.SYSTEM
                && request.getAttribute(ScopeGuard.WRITE_CHECKED, RequestAttributes.SCOPE_REQUEST) == null) {
            throw RequestProblem.of(HttpStatus.FORBIDDEN, "forbidden", null, "this endpoint does not declare the "
                    + "union body it acts for, so only the system may use it");
        }
    }
}
