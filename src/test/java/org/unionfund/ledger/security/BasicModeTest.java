package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/** The embedded default: HTTP Basic against the users of the demo profile, application-demo.yml (the documented demo users). */
class BasicModeTest extends SecurityHttpTestBase {

    @Test
    void a_demo_user_of_the_demo_profile_logs_in_with_its_documented_password() {
        http.send("GET", "/api/v1/bodies/330000", null, null, null, "Authorization", basic("zj-clerk", "zj-clerk-demo"))
                .expect(200);
        http.send("GET", "/api/v1/bodies/330105", null, null, null, "Authorization", basic("gs-clerk", "gs-clerk-demo"))
                .expect(200);
        http.send("GET", "/api/v1/bodies/330000", null, null, null, "Authorization", basic("gs-clerk", "gs-clerk-demo"))
                .problem(403, "out-of-scope");
    }

    @Test
    void bad_credentials_are_401_problems_with_a_basic_challenge_and_the_correlation_id() {
        for (String authorization : new String[] {basic("zj-clerk", "wrong"), basic("nobody", "x"),
                "Basic not-base64!", "Bearer abc"}) {
            Http.Reply reply = http.send("GET", "/api/v1/bodies/330000", null, null, null, "Authorization",
                    authorization, "X-Correlation-Id", "sec-401");
            reply.problem(401, "unauthenticated");
            assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"welfare-ledger\"");
            assertThat(reply.json().path("correlationId").asText()).isEqualTo("sec-401");
        }
        http.get("/api/v1/no-such-thing", null).problem(401, "unauthenticated");
    }

    @Test
    void admins_list_the_configured_users_with_role_and_body_but_never_a_password() {
        Http.Reply users = http.get("/api/v1/admin/users", TestUsers.ADMIN).expect(200);
        assertThat(users.json().path("mode").asText()).isEqualTo("basic");
        assertThat(users.raw()).doesNotContain("password").doesNotContain("$2a$").doesNotContain("bcrypt");
        JsonNode zj = null;
        for (JsonNode user : users.json().path("users")) {
            if (user.path("username").asText().equals("zj-clerk")) {
                zj = user;
            }
        }
        assertThat(zj).isNotNull();
        assertThat(zj.path("role").asText()).isEqualTo("CLERK");
        assertThat(zj.path("body").asText()).isEqualTo("330000");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
