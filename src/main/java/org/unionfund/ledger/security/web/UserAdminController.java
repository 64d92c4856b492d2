package org.unionfund.ledger.security.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.security.LedgerSecurityProperties;
import org.unionfund.ledger.security.ConfiguredUsers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Users", description = "Who may use the ledger (ADMIN)")
public record UserAdminController(LedgerSecurityProperties properties, ConfiguredUsers configured) {

    /** The authentication mode, the claims read in jwt mode, and the configured (basic-mode) users. */
    public record Users(String mode, Claims claims, List<ConfiguredUsers.Listed> users) {
    }

    public record Claims(String principal, String role, String body) {
    }

    @GetMapping
    @Operation(summary = "The authentication mode and the configured users with role and body (never passwords)",
            description = "In basic mode these are the users that can log in. In jwt mode users live in the "
                    + "identity provider; the answer names the claims read for name, role and body.")
    public Users users() {
        LedgerSecurityProperties.Jwt jwt = properties.jwt();
        boolean basic = properties.mode() == LedgerSecurityProperties.Mode.BASIC;
        return new Users(properties.mode().name().toLowerCase(java.util.Locale.ROOT),
                basic ? null : new Claims(jwt.principalClaim(), jwt.roleClaim(), jwt.bodyClaim()),
                basic ? configured.list() : List.of());
    }
}
