package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.unionfund.ledger.security.LedgerSecurityProperties.User;

class ConfiguredUsersTest {

    private static final String HASH = "{bcrypt}$2a$04$bAfZKJmtT827JeZxCHKh.uY5UXeemloHZ6t7GhW8ftp4jEoYVzkCW";

    @Test
    void users_carry_role_and_body_and_are_listed_without_passwords() {
        ConfiguredUsers users = new ConfiguredUsers(Map.of("gs", new User(HASH, "clerk", "330105"),
                "audit", new User(HASH, "AUDITOR", "330000")));
        assertThat(users.list()).containsExactly(new ConfiguredUsers.Listed("audit", Role.AUDITOR, null),
                new ConfiguredUsers.Listed("gs", Role.CLERK, "330105"));
        assertThat(CurrentPrincipal.of(new org.springframework.security.authentication
                .UsernamePasswordAuthenticationToken(users.loadUserByUsername("gs"), null,
                users.loadUserByUsername("gs").getAuthorities())))
                .contains(new LedgerPrincipal("gs", Role.CLERK, "330105"));
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void plain_passwords_unknown_roles_and_clerks_without_body_are_refused_at_start_up() {
        assertThatThrownBy(() -> new ConfiguredUsers(Map.of("x", new User("{noop}secret", "CLERK", "330105"))))
                .hasMessageContaining("{bcrypt}");
        assertThatThrownBy(() -> new ConfiguredUsers(Map.of("x", new User("secret", "CLERK", "330105"))))
                .hasMessageContaining("{bcrypt}");
        assertThatThrownBy(() -> new ConfiguredUsers(Map.of("x", new User(HASH, "ROOT", null))))
                .hasMessageContaining("role");
        assertThatThrownBy(() -> new ConfiguredUsers(Map.of("x", new User(HASH, "CLERK", null))))
                .hasMessageContaining("body");
        assertThatThrownBy(() -> new ConfiguredUsers(Map.of("x", new User(HASH, "PROVINCIAL_STAFF", "$gt"))))
                .hasMessageContaining("body");
    }
}
