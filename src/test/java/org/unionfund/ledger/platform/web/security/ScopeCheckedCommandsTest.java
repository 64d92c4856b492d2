package org.unionfund.ledger.platform.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.unionfund.ledger.security.LedgerAuthenticated;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.Role;
import org.unionfund.ledger.security.scope.ScopeGuard;

/**
 * The fail-closed net: a command dispatched in a user's HTTP request whose acting body no {@link ScopeGuard} check
 * named is refused; background work and the system are not affected.
 */
class ScopeCheckedCommandsTest {

    private final ScopeCheckedCommands check = new ScopeCheckedCommands();
    private final GenericCommandMessage<String> command = new GenericCommandMessage<>("any command");

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_clerk_command_without_a_scope_check_is_refused() {
        inRequestAs(Role.CLERK, "330105");
        assertThatThrownBy(() -> check.check(command)).isInstanceOf(ErrorResponseException.class)
                .hasMessageContaining("403");
    }

    @Test
    void a_clerk_command_after_a_scope_check_passes() {
        inRequestAs(Role.CLERK, "330105");
        RequestContextHolder.getRequestAttributes().setAttribute(ScopeGuard.WRITE_CHECKED, true,
                RequestAttributes.SCOPE_REQUEST);
        assertThatCode(() -> check.check(command)).doesNotThrowAnyException();
    }

    @Test
    void the_system_and_work_outside_requests_pass() {
        assertThatCode(() -> check.check(command)).doesNotThrowAnyException();
        inRequestAs(Role.SYSTEM, null);
        assertThatCode(() -> check.check(command)).doesNotThrowAnyException();
    }

    private static void inRequestAs(Role role, String body) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        LedgerPrincipal principal = new LedgerPrincipal("someone", role, body);
        TestingAuthenticationToken authentication = new TestingAuthenticationToken(
                (LedgerAuthenticated) () -> principal, null, List.of());
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
