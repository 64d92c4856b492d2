package org.unionfund.ledger.platform.web.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.unionfund.ledger.security.ConfiguredUsers;
import org.unionfund.ledger.security.LedgerSecurityProperties;
import org.unionfund.ledger.security.LedgerSecurityProperties.Mode;
import org.unionfund.ledger.security.Role;
import org.unionfund.ledger.platform.web.security.SecurityProblems;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;

/**
 * Authentication and the role rules of every URL. Stateless: every request authenticates, with HTTP Basic against
 * the configured users ({@code ledger.security.mode=basic}, the embedded default) or with a JWT of an OAuth2/OIDC
 * identity provider ({@code ledger.security.mode=jwt}). Which body a principal may act on is decided afterwards by
 * the {@link org.unionfund.ledger.security.scope.ScopeGuard}. Every refusal is problem+json: 401
 * {@code unauthenticated}, 403 {@code forbidden}, 400 {@code invalid-path} for URLs the firewall rejects.
 *
 * <table>
 * <caption>Role rules (first match wins)</caption>
 * <tr><th>Requests</th><th>Roles</th></tr>
 * <tr><td>{@code /actuator/health/**}, {@code /v3/api-docs/**}, {@code /swagger-ui/**}, {@code /error}</td>
 * <td>anyone</td></tr>
 * <tr><td>{@code /api/v1/admin/users/**}, other {@code /actuator/**} (metrics, prometheus)</td><td>ADMIN, SYSTEM</td></tr>
 * <tr><td>{@code POST /api/v1/audit/import}</td><td>ADMIN, SYSTEM</td></tr>
 * <tr><td>{@code /api/v1/audit/verify}, {@code .../checkpoints/**}, {@code .../replay/**}</td>
 * <td>ADMIN, AUDITOR, SYSTEM</td></tr>
 * <tr><td>{@code /api/v1/audit/export}</td><td>AUDITOR, SYSTEM</td></tr>
 * <tr><td>{@code GET /api/v1/audit/**} (event log, lineage, as-of)</td><td>CLERK, PROVINCIAL_STAFF, AUDITOR, SYSTEM
 * (scope: QueryScopeInterceptor)</td></tr>
 * <tr><td>other {@code /api/v1/audit/**}</td><td>AUDITOR, SYSTEM</td></tr>
 * <tr><td>{@code GET /api/v1/admin/**}; {@code POST} processor replays and projection rebuild-compare; any
 * {@code .../verify}</td><td>ADMIN, AUDITOR, SYSTEM</td></tr>
 * <tr><td>any {@code .../export}</td><td>AUDITOR, SYSTEM</td></tr>
 * <tr><td>other {@code /api/v1/admin/**}</td><td>ADMIN, SYSTEM</td></tr>
 * <tr><td>{@code GET /api/**}</td><td>CLERK, PROVINCIAL_STAFF, AUDITOR, SYSTEM (scope: QueryScopeInterceptor)</td></tr>
 * <tr><td>other {@code /api/**} (commands)</td><td>CLERK, SYSTEM (scope: ScopeGuard in the controller)</td></tr>
 * <tr><td>anything else (e.g. the dashboard, which checks scope itself)</td><td>any authenticated principal</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String REALM = "welfare-ledger";
    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html", "/error",
            // the dashboard's static page and scripts (no data: it asks the API with the user's credentials)
            "/dashboard", "/dashboard/", "/dashboard/index.html", "/dashboard/assets/**", "/webjars/**",
            // the import page and its template and synthetic sample (docs/import.md)
            "/dashboard/import.html", "/dashboard/import/**",
            // the relief view (docs/relief.md): a static page that reads the figures with the user's credentials
            "/dashboard/relief.html",
            // the root (leads to the dashboard) and whether the sign-in page lists the demo users
            "/", "/dashboard/sign-in"};

    @Bean
    ConfiguredUsers configuredUsers(LedgerSecurityProperties properties) {
        return new ConfiguredUsers(properties.users());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PseudonymKeyPolicy pseudonymKeyPolicy(LedgerSecurityProperties properties, WorkerPseudonyms pseudonyms) {
        return new PseudonymKeyPolicy(properties, pseudonyms);
    }

    @Bean
    DemoCredentialsPolicy demoCredentialsPolicy(org.springframework.core.env.Environment environment,
            LedgerSecurityProperties properties, org.unionfund.ledger.platform.store.LedgerMongoProperties store,
            WorkerPseudonyms pseudonyms, PasswordEncoder encoder) {
        return new DemoCredentialsPolicy(environment, properties, store, pseudonyms, encoder);
    }

    @Bean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return (request, response, rejected) -> SecurityProblems.write(request, response, HttpStatus.BAD_REQUEST,
                "invalid-path", "the request URL is not allowed (encoded or relative path segments, or characters "
                        + "outside the API's alphabet)");
    }

    @Bean
    SecurityFilterChain ledgerSecurity(HttpSecurity http, LedgerSecurityProperties properties,
            ConfiguredUsers users) throws Exception {
        boolean jwt = properties.mode() == Mode.JWT;
        AuthenticationEntryPoint entryPoint = entryPoint(jwt);
        AccessDeniedHandler denied = (request, response, exception) -> SecurityProblems.write(request, response,
                HttpStatus.FORBIDDEN, "forbidden", "your role may not " + request.getMethod() + " "
                        + request.getRequestURI());
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/api/v1/admin/users", "/api/v1/admin/users/**").hasAnyRole(ADMIN_SYSTEM)
                        // metrics, prometheus, info: operators only (health above is public, its details ADMIN)
                        .requestMatchers("/actuator/**").hasAnyRole(ADMIN_SYSTEM)
                        // audit: auditors verify, replay and export; restoring an export is an operator's job;
                        // the event log, lineage and as-of views are reads like any other (scoped for clerks/staff)
                        .requestMatchers(HttpMethod.POST, "/api/v1/audit/import").hasAnyRole(ADMIN_SYSTEM)
                        .requestMatchers("/api/v1/audit/verify", "/api/v1/audit/checkpoints/**",
                                "/api/v1/audit/replay", "/api/v1/audit/replay/**").hasAnyRole(OPERATORS)
                        .requestMatchers("/api/v1/audit/export").hasAnyRole(AUDITOR_SYSTEM)
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasAnyRole(READERS)
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(AUDITOR_SYSTEM)
                        // processors: status for admins and auditors; replays and rebuild-compare are verifications
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/**").hasAnyRole(OPERATORS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/processors/replay",
                                "/api/v1/admin/processors/*/replay", "/api/v1/admin/projections/*/rebuild-compare")
                        .hasAnyRole(OPERATORS)
                        .requestMatchers(lastSegment("verify")).hasAnyRole(OPERATORS)
                        .requestMatchers(lastSegment("export")).hasAnyRole(AUDITOR_SYSTEM)
                        .requestMatchers("/api/v1/admin/**").hasAnyRole(ADMIN_SYSTEM)
                        // maker-checker: reviewers and approvers sign proposals; the chair adopts the policy
                        .requestMatchers(HttpMethod.POST, "/api/v1/ledgers/*/proposals/*/approvals",
                                "/api/v1/ledgers/*/proposals/*/rejections").hasAnyRole(SIGNERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/bodies/*/approval-policies")
                        .hasAnyRole(roles(Role.APPROVER, Role.SYSTEM))
                        // business data: reads scoped by QueryScopeInterceptor, writes by ScopeGuard
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(READERS)
                        .requestMatchers("/api/**").hasAnyRole(WRITERS)
                        .anyRequest().authenticated());
        if (jwt) {
            http.oauth2ResourceServer(server -> server
                    .jwt(token -> token.jwtAuthenticationConverter(new JwtPrincipalConverter(properties.jwt())))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(denied));
            log.info("Authentication: JWT resource server (claims: name {}, role {}, body {})",
                    properties.jwt().principalClaim(), properties.jwt().roleClaim(), properties.jwt().bodyClaim());
        } else {
            http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint))
                    .userDetailsService(users);
            log.info("Authentication: HTTP Basic against {} configured users", users.list().size());
        }
        return http.build();
    }

    private static AuthenticationEntryPoint entryPoint(boolean jwt) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            if (jwt) {
                bearer.commence(request, response, exception);
            } else if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                // scripts (the dashboard) say X-Requested-With: no challenge, so the browser shows no login prompt
                response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            }
            SecurityProblems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", detail(exception));
        };
    }

    private static String detail(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return "invalid token: " + oauth.getError().getDescription();
        }
        if (exception instanceof org.springframework.security.authentication.BadCredentialsException) {
            return "bad credentials";
        }
        return "authentication is required";
    }

    private static final String[] ADMIN_SYSTEM = roles(Role.ADMIN, Role.SYSTEM);
    private static final String[] AUDITOR_SYSTEM = roles(Role.AUDITOR, Role.SYSTEM);
    private static final String[] OPERATORS = roles(Role.ADMIN, Role.AUDITOR, Role.SYSTEM);
    private static final String[] READERS = roles(Role.CLERK, Role.PROVINCIAL_STAFF, Role.REVIEWER, Role.APPROVER,
            Role.AUDITOR, Role.SYSTEM);
    private static final String[] SIGNERS = roles(Role.REVIEWER, Role.APPROVER);
    private static final String[] WRITERS = roles(Role.CLERK, Role.SYSTEM);

    private static String[] roles(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }

    /** Requests whose last path segment is {@code segment} (e.g. {@code .../verify}), with any method. */
    private static RequestMatcher lastSegment(String segment) {
        Set<String> endings = Set.of("/" + segment, "/" + segment + "/");
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") && endings.stream().anyMatch(path::endsWith);
        };
    }
}
