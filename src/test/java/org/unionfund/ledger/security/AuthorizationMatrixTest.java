package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionfund.ledger.testsupport.ResidentIds;
import org.unionfund.ledger.testsupport.TestUsers;

/**
 * Every role against every endpoint, allowed and denied, including bodies outside the caller's subtree. Read the
 * table: one row per request, one column per principal (see {@link TestUsers}; the tree is 330000 浙江 → 330100
 * 杭州 → 330105 拱墅, and 330200 宁波; 520000 贵州 is another ledger). Outcomes:
 * <ul>
 * <li>{@code ok} — served: 200, or 201 for a command (each principal writes under ids of its own);</li>
 * <li>{@code 401} — problem {@code unauthenticated};</li>
 * <li>{@code 403} — problem {@code forbidden} (the role may not do this at all);</li>
 * <li>{@code oos} — problem {@code out-of-scope} (the role may, but not for this body).</li>
 * </ul>
 * A denied write records nothing (the event store's commit count does not move).
 */
class AuthorizationMatrixTest extends SecurityHttpTestBase {

    /** Column → principal ({@code null} = no credentials). */
    private static final String[] COLUMNS = {"zjC", "hzC", "gsC", "nbC", "zjS", "gzS", "aud", "adm", "anon", "sys"};
    private static final Map<String, String> PRINCIPALS = Map.of("zjC", TestUsers.ZJ_CLERK, "hzC",
            TestUsers.HZ_CLERK, "gsC", TestUsers.GS_CLERK, "nbC", TestUsers.NB_CLERK, "zjS", TestUsers.ZJ_STAFF,
            "gzS", TestUsers.GZ_STAFF, "aud", TestUsers.AUDITOR, "adm", TestUsers.ADMIN, "sys", TestUsers.SYSTEM);

    private static final String MATRIX = """
            # request                                                      body        zjC hzC gsC nbC zjS gzS aud adm anon sys
            GET  /api/v1/bodies/330105                                     -           ok  ok  ok  oos ok  oos ok  403 401  ok
            GET  /api/v1/bodies/330100/accounts?year=2025                  -           ok  ok  oos oos ok  oos ok  403 401  ok
            GET  /api/v1/bodies/330000/children                            -           ok  oos oos oos ok  oos ok  403 401  ok
            GET  /api/v1/bodies/520000                                     -           oos oos oos oos oos ok  ok  403 401  ok
            GET  /api/v1/ledgers/330000/trial-balance?year=2025            -           ok  oos oos oos ok  oos ok  403 401  ok
            GET  /api/v1/ledgers/330000/postings/A-SEC-GS                  -           ok  oos oos oos ok  oos ok  403 401  ok
            GET  /api/v1/ledgers/330000/allocations/A-SEC-HZ/matching      -           ok  oos oos oos ok  oos ok  403 401  ok
            GET  /api/v1/standards/330000:DAILY_PRICE_CAP                  -           ok  ok  ok  ok  ok  oos ok  403 401  ok
            GET  /api/v1/standards/330105:DAILY_PRICE_CAP                  -           ok  ok  ok  oos ok  oos ok  403 401  ok
            GET  /api/v1/standards/in-force?region=330105&kind=DAILY_PRICE_CAP&date=2025-05-06 - ok ok ok oos ok oos ok 403 401 ok
            GET  /api/v1/programmes/SEC-GS-PROG                            -           ok  ok  ok  oos ok  oos ok  403 401  ok
            GET  /api/v1/trips/SEC-GS-T1                                   -           ok  ok  ok  oos ok  oos ok  403 401  ok
            GET  /api/v1/trips/SEC-GS-T1/participants                      -           ok  ok  ok  oos ok  oos ok  403 401  ok
            GET  /api/v1/trips?region=330105                               -           ok  ok  ok  oos ok  oos ok  403 401  ok
            GET  /api/v1/funds                                             -           ok  ok  ok  ok  ok  ok  ok  403 401  ok
            GET  /api/v1/programmes?region=330100                          -           ok  ok  oos oos ok  oos ok  403 401  ok
            GET  /api/v1/admin/processors                                  -           403 403 403 403 403 403 ok  ok  401  ok
            GET  /api/v1/admin/processors/account-balances                 -           403 403 403 403 403 403 ok  ok  401  ok
            GET  /api/v1/admin/users                                       -           403 403 403 403 403 403 403 ok  401  ok
            GET  /api/v1/audit/events?body=330105                          -           ok  ok  ok  oos ok  oos ok  403 401  ok
            GET  /api/v1/audit/events                                      -           oos oos oos oos oos oos ok  403 401  ok
            POST /api/v1/audit/verify                                      -           403 403 403 403 403 403 ok  ok  401  ok
            GET  /api/v1/audit/export                                      -           403 403 403 403 403 403 ok  403 401  ok
            GET  /actuator/health                                          -           ok  ok  ok  ok  ok  ok  ok  ok  ok   ok
            GET  /v3/api-docs                                              -           ok  ok  ok  ok  ok  ok  ok  ok  ok   ok
            POST /api/v1/bodies                                            body        oos oos ok  oos 403 403 403 403 401  ok
            POST /api/v1/funds                                             fund        oos ok  oos oos 403 403 403 403 401  ok
            POST /api/v1/allocations                                       allocation  oos ok  oos oos 403 403 403 403 401  ok
            POST /api/v1/subsidies                                         subsidy     ok  oos oos oos 403 403 403 403 401  ok
            POST /api/v1/shared-costs                                      shared      oos ok  oos oos 403 403 403 403 401  ok
            POST /api/v1/standards                                         standard    oos oos ok  oos 403 403 403 403 401  ok
            POST /api/v1/contractors                                       contractor  ok  oos oos oos 403 403 403 403 401  ok
            POST /api/v1/destinations                                      destination ok  oos oos oos 403 403 403 403 401  ok
            POST /api/v1/programmes                                        programme   oos oos ok  oos 403 403 403 403 401  ok
            POST /api/v1/programmes/SEC-GS-PROG/budget                     topUp       oos oos ok  oos 403 403 403 403 401  ok
            POST /api/v1/trips                                             trip        oos oos ok  oos 403 403 403 403 401  ok
            POST /api/v1/trips/SEC-GS-T1/participants                      enrolment   oos oos ok  oos 403 403 403 403 401  ok
            POST /api/v1/ledgers/330000/allocations/A-SEC-HZ/matching-commitments commitment oos ok oos oos 403 403 403 403 401 ok
            POST /api/v1/ledgers/330000/postings/A-SEC-GS/reversals        reversal    oos ok  oos oos 403 403 403 403 401  ok
            POST /api/v1/bodies/330105/years/{year}/close                  -           oos oos ok  oos 403 403 403 403 401  ok
            POST /api/v1/admin/processors/standards/replay                 -           403 403 403 403 403 403 ok  ok  401  ok
            """;

    /** Request bodies; {u} is the column (so every principal writes under ids of its own), {n} its index. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("body", """
                    {"bodyId": "GS-{u}", "name": "基层工会 {u}", "level": "GRASSROOTS", "parentId": "330105"}"""),
            Map.entry("fund", """
                    {"fundId": "F-{u}", "bodyId": "330100", "year": 2025, "purpose": "OTHER", "total": "100.00",
                     "effectiveDate": "2025-02-01"}"""),
            Map.entry("allocation", """
                    {"allocationId": "A-{u}", "fromBodyId": "330100", "fundId": "HZ-SEC-FUND",
                     "toBodyId": "330105", "amount": "1.00", "effectiveDate": "2025-03-01"}"""),
            Map.entry("subsidy", """
                    {"subsidyId": "S-{u}", "fromBodyId": "330000", "fundId": "ZJ-SEC-FUND", "year": 2025,
                     "effectiveDate": "2025-04-01", "grants": [{"toBodyId": "330200", "amount": "1.00"}]}"""),
            Map.entry("shared", """
                    {"postingId": "SC-{u}", "description": "共担费用 {u}", "expenseCategory": "OTHER",
                     "effectiveDate": "2025-05-01", "legs": [
                       {"bodyId": "330100", "fundId": "HZ-SEC-FUND", "amount": "1.00"},
                       {"bodyId": "330105", "fundId": "GS-SEC-FUND", "amount": "1.00"}]}"""),
            Map.entry("standard", """
                    {"standardId": "GS-CAP-{u}", "regionBodyId": "330105", "kind": "DAILY_PRICE_CAP",
                     "value": {"amount": "550.00"}, "effectiveFrom": "2025-06-1{n}"}"""),
            Map.entry("contractor", """
                    {"contractorId": "C-{u}", "name": "旅行社 {u}", "kind": "LICENSED_TRAVEL_AGENCY",
                     "licenceNumber": "L-{u}"}"""),
            Map.entry("destination", """
                    {"destinationId": "D-{u}", "name": "基地 {u}", "regionCode": "330523",
                     "pairedAidRegion": false}"""),
            Map.entry("programme", """
                    {"programmeId": "P-{u}", "bodyId": "330105", "year": 2025, "name": "项目 {u}",
                     "plannedHeadcount": 10, "eligibleCategories": ["FRONTLINE"], "tripDays": [3],
                     "frequencyRule": "ONCE_PER_YEAR", "effectiveDate": "2025-03-01",
                     "budget": [{"fundId": "GS-SEC-FUND", "amount": "10.00"}]}"""),
            Map.entry("topUp", """
                    {"topUpId": "TU-{u}", "lines": [{"fundId": "GS-SEC-FUND", "amount": "1.00"}],
                     "effectiveDate": "2025-03-02"}"""),
            Map.entry("trip", """
                    {"tripId": "T-{u}", "programmeId": "SEC-GS-PROG", "contractorId": "SEC-AGENCY",
                     "destinationId": "SEC-BASE", "startDate": "2025-05-10", "days": 3,
                     "pricePerPersonPerDay": "500.00"}"""),
            Map.entry("enrolment", """
                    {"enrolmentId": "E-{u}", "participants": [{"participantId": "W-{u}", "idNumber": "{id}",
                     "category": "FRONTLINE", "ownership": "STATE_OWNED", "employerName": "杭州公交"}]}"""),
            Map.entry("commitment", """
                    {"commitmentId": "M-{u}", "amount": "1.00", "effectiveDate": "2025-06-01"}"""),
            Map.entry("reversal", """
                    {"reversalId": "R-{u}", "amount": "1.00", "reason": "matrix {u}",
                     "effectiveDate": "2025-06-01"}"""));

    record Row(String method, String path, String body, String[] expected) {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.trim().split("\\s+");
            if (cells.length != 3 + COLUMNS.length) {
                throw new IllegalStateException("matrix row with " + cells.length + " cells: " + line);
            }
            String[] expected = new String[COLUMNS.length];
            System.arraycopy(cells, 3, expected, 0, COLUMNS.length);
            rows.add(new Row(cells[0], cells[1], cells[2], expected));
        }
        return rows;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : rows()) {
            for (int column = 0; column < COLUMNS.length; column++) {
                cases.add(Arguments.of(row.method() + " " + row.path() + " as " + COLUMNS[column] + " → "
                        + row.expected()[column], row, column));
            }
        }
        return cases.stream();
    }

    private static final ResidentIds IDS = new ResidentIds(20250506);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matrix(String name, Row row, int column) {
        String tag = COLUMNS[column];
        String user = PRINCIPALS.get(tag);
        String path = row.path().replace("{year}", String.valueOf(2031 + column));
        String body = row.body().equals("-") ? null : BODIES.get(row.body()).replace("{u}", tag)
                .replace("{n}", String.valueOf(column)).replace("{id}", IDS.next());
        long before = commits();

        Http.Reply reply = row.method().equals("GET") ? http.get(path, user) : http.post(path, user, body);

        String expected = row.expected()[column];
        switch (expected) {
            case "ok" -> assertThat(reply.status()).as("%s: %s", name, reply.raw())
                    .isEqualTo(row.method().equals("POST") && !path.startsWith("/api/v1/admin")
                            && !path.startsWith("/api/v1/audit") ? 201 : 200);
            case "401" -> {
                reply.problem(401, "unauthenticated");
                assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        value -> assertThat(value).startsWith("Basic"));
            }
            case "403" -> reply.problem(403, "forbidden");
            case "oos" -> reply.problem(403, "out-of-scope");
            default -> throw new IllegalStateException("unknown outcome " + expected);
        }
        if (!expected.equals("ok")) {
            assertThat(commits()).as("commits after a refused %s", name).isEqualTo(before);
        }
    }
}
