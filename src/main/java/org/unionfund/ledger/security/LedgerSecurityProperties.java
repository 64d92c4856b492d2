package org.unionfund.ledger.security;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ledger.security.*}: how callers authenticate and what the ledger accepts from them.
 *
 * @param mode                     {@code basic} (default: HTTP Basic against {@link #users()}) or {@code jwt}
 *                                 (OAuth2/OIDC resource server; configure
 *                                 {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri})
 * @param users                    basic mode: user name → password ({@code {bcrypt}} hash), role, body
 * @param jwt                      jwt mode: which claims carry principal name, role and body
 * @param systemPrincipal          the principal recorded for background work (scheduler, loaders)
 * @param maxRequestSize           largest accepted request body (413 above it)
 * @param requestSizeExceptions    path → its own limit for endpoints that take large bodies (e.g. the audit import
 *                                 of a whole export); a limit of 0 or less streams the body without any limit
 * @param allowDemoPseudonymKey    jwt mode refuses to start with the demo pseudonym key unless this is true
 * @param allowDemoCredentials     demo users and key outside the embedded demo profile are refused at start-up
 *                                 unless this is true (see {@code DemoCredentialsPolicy})
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(
        @DefaultValue("basic") Mode mode,
        Map<String, User> users,
        @DefaultValue Jwt jwt,
        @DefaultValue("system") String systemPrincipal,
        @DefaultValue("1MB") DataSize maxRequestSize,
        Map<String, DataSize> requestSizeExceptions,
        @DefaultValue("false") boolean allowDemoPseudonymKey,
        @DefaultValue("false") boolean allowDemoCredentials) {

    public LedgerSecurityProperties {
        users = users == null ? Map.of() : new TreeMap<>(users);
        requestSizeExceptions = requestSizeExceptions == null ? Map.of() : Map.copyOf(requestSizeExceptions);
    }

    public enum Mode { BASIC, JWT }

    /**
     * A configured user of basic mode.
     *
     * @param password a {@code {bcrypt}} hash (plain passwords are refused at start-up)
     * @param role     one of {@link Role}
     * @param body     the union body the user acts for; required for CLERK and PROVINCIAL_STAFF
     */
    public record User(String password, String role, String body) {

        @Override
        public String toString() {
            return "User[role=" + role + ", body=" + body + "]";
        }
    }

    /**
     * Claim names of jwt mode.
     *
     * @param principalClaim the principal's name (falls back to {@code sub})
     * @param roleClaim      one {@link Role} name (a string, or a list holding exactly one ledger role)
     * @param bodyClaim      the union body id; required for CLERK and PROVINCIAL_STAFF
     */
    public record Jwt(@DefaultValue("preferred_username") String principalClaim,
            @DefaultValue("ledger_role") String roleClaim,
            @DefaultValue("ledger_body") String bodyClaim) {
    }
}
