package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * Production mode: an OAuth2/OIDC resource server. Tokens are signed by a test key standing in for the identity
 * provider (in production {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names it). The claims are
 * mapped as configured — here the body claim is renamed to {@code union_body} to show the mapping is configuration.
 */
@LedgerAppTest
@Import(JwtModeTest.IdentityProvider.class)
@TestPropertySource(properties = {"ledger.security.mode=jwt", "ledger.security.jwt.body-claim=union_body",
        "ledger.pseudonym.key=jwt-mode-test-key-not-the-demo-0123456789", "ledger.matching.scheduler-enabled=false"})
class JwtModeTest {

    /** Stands in for the identity provider: its signing key, and the decoder the ledger trusts. */
    @TestConfiguration(proxyBeanMethods = false)
    static class IdentityProvider {

        static final RSAKey KEY = generate();
        static final RSAKey OTHER_KEY = generate();

        private static RSAKey generate() {
            try {
                return new RSAKeyGenerator(2048).keyID("test").generate();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Bean
        JwtDecoder jwtDecoder() throws Exception {
            return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void requests_without_a_valid_token_are_401_bearer_problems() {
        Http.Reply anonymous = http.get("/api/v1/bodies/330000", null).problem(401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        // basic credentials of a configured user are not accepted in jwt mode
        http.get("/api/v1/bodies/330000", TestUsers.SYSTEM).problem(401, "unauthenticated");
        bearer("GET", "/api/v1/bodies/330000", "not-a-jwt", null).problem(401, "unauthenticated");
        bearer("GET", "/api/v1/bodies/330000", token(IdentityProvider.OTHER_KEY, "mallory", "AUDITOR", null,
                Instant.now().plusSeconds(300)), null).problem(401, "unauthenticated");
        bearer("GET", "/api/v1/bodies/330000", token(IdentityProvider.KEY, "late", "AUDITOR", null,
                Instant.now().minusSeconds(600)), null).problem(401, "unauthenticated");
        // no ledger role, the SYSTEM role (never granted by a token), a clerk without body
        bearer("GET", "/api/v1/bodies/330000", token("nobody", "offline_access", null), null)
                .problem(401, "unauthenticated");
        bearer("GET", "/api/v1/bodies/330000", token("robot", "SYSTEM", null), null).problem(401, "unauthenticated");
        bearer("GET", "/api/v1/bodies/330000", token("zhang.wei", "CLERK", null), null)
                .problem(401, "unauthenticated");
        http.get("/actuator/health", null).expect(200);
    }

    @Test
    void roles_and_bodies_come_from_the_configured_claims_and_are_recorded_on_events() {
        String clerk = token("zhang.wei", "CLERK", "330000");
        bearer("POST", "/api/v1/bodies", clerk, """
                {"bodyId": "330000", "name": "浙江省总工会", "level": "PROVINCE"}""").expect(201);
        bearer("POST", "/api/v1/bodies", clerk, """
                {"bodyId": "330100", "name": "杭州市总工会", "level": "CITY", "parentId": "330000"}""").expect(201);
        // a Hangzhou clerk may not write for Zhejiang, nor read above its own body
        String hzClerk = token("li.na", "CLERK", "330100");
        bearer("POST", "/api/v1/bodies", hzClerk, """
                {"bodyId": "330200", "name": "宁波市总工会", "level": "CITY", "parentId": "330000"}""")
                .problem(403, "out-of-scope");
        bearer("GET", "/api/v1/bodies/330000", hzClerk, null).problem(403, "out-of-scope");
        bearer("GET", "/api/v1/bodies/330100", hzClerk, null).expect(200);
        // staff read their province and write nothing; the role claim may be a list with one ledger role
        String staff = token("wang.fang", List.of("offline_access", "PROVINCIAL_STAFF"), "330000");
        bearer("GET", "/api/v1/bodies/330100", staff, null).expect(200);
        bearer("POST", "/api/v1/bodies", staff, """
                {"bodyId": "330300", "name": "温州市总工会", "level": "CITY", "parentId": "330000"}""")
                .problem(403, "forbidden");
        // admins see the mode and the claims read
        Http.Reply users = bearer("GET", "/api/v1/admin/users", token("ops", "ADMIN", null), null).expect(200);
        assertThat(users.json().path("mode").asText()).isEqualTo("jwt");
        assertThat(users.json().at("/claims/body").asText()).isEqualTo("union_body");

        List<Document> registered = new ArrayList<>();
        for (Document commit : database.getCollection("events").find()) {
            registered.addAll(commit.getList("events", Document.class));
        }
        assertThat(registered).hasSize(2);
        for (Document event : registered) {
            Document metadata = event.get("metadata", Document.class);
            assertThat(metadata.getString("principal")).isEqualTo("zhang.wei");
            assertThat(metadata.getString("role")).isEqualTo("CLERK");
            assertThat(metadata.getString("body")).isEqualTo("330000");
        }
    }

    private Http.Reply bearer(String method, String path, String token, String json) {
        return http.send(method, path, null, json == null ? null : "application/json",
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Authorization", "Bearer " + token);
    }

    private static String token(String name, Object role, String body) {
        return token(IdentityProvider.KEY, name, role, body, Instant.now().plusSeconds(300));
    }

    private static String token(RSAKey key, String name, Object role, String body, Instant expires) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject("sub-" + name).issuer("https://idp.example")
                .issuedAt(expires.minusSeconds(900)).expiresAt(expires)
                .claim("preferred_username", name).claim("ledger_role", role);
        if (body != null) {
            claims.claim("union_body", body);
        }
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }
}
