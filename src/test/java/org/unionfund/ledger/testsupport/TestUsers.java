package org.unionfund.ledger.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;

/**
 * The TEST-ONLY users of {@code security/test-users.properties} (added to every {@link LedgerAppTest} context). All
 * share {@link #PASSWORD}. {@link #SYSTEM} may do everything: TestRestTemplate authenticates as it by default, and
 * tests that build their own HTTP client add {@link #asSystem(HttpHeaders)} (e.g.
 * {@code RestClient.builder().defaultHeaders(TestUsers::asSystem)}).
 */
public final class TestUsers {

    public static final String PASSWORD = "test-only-password";
    /** Role SYSTEM. */
    public static final String SYSTEM = "test-system";
    /** CLERK of 浙江省总工会 330000 (a ledger root). */
    public static final String ZJ_CLERK = "t-zj-clerk";
    /** CLERK of 杭州市总工会 330100. */
    public static final String HZ_CLERK = "t-hz-clerk";
    /** CLERK of 拱墅区总工会 330105. */
    public static final String GS_CLERK = "t-gs-clerk";
    /** CLERK of 宁波市总工会 330200 (a sibling of Hangzhou). */
    public static final String NB_CLERK = "t-nb-clerk";
    /** PROVINCIAL_STAFF of 330000. */
    public static final String ZJ_STAFF = "t-zj-staff";
    /** PROVINCIAL_STAFF of 贵州 520000 (another province). */
    public static final String GZ_STAFF = "t-gz-staff";
    public static final String AUDITOR = "t-auditor";
    public static final String ADMIN = "t-admin";

    private TestUsers() {
    }

    /** Adds HTTP Basic credentials of the test system user. */
    public static void asSystem(HttpHeaders headers) {
        headers.set(HttpHeaders.AUTHORIZATION, basic(SYSTEM));
    }

    /** The {@code Authorization} header value of a test user. */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
