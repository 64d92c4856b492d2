package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Guizhou 2022–2025: 5,000,000 a year in fixed subsidies (定额补助) to the county unions of counties that left
 * poverty, one posting per year; Dalian (a parentless city ledger) pays union social workers 50/50 with a district,
 * both shares in one posting.
 */
class SubsidiesAndSharedCostsTest extends LedgerHttpTestBase {

    /** GB/T 2260 county codes under 毕节市 520500 and 黔东南州 522600, with each year's grant. */
    private static final Map<String, String> COUNTIES = new LinkedHashMap<>();

    static {
        COUNTIES.put("520525", "850000.00"); // 纳雍县
        COUNTIES.put("520526", "850000.00"); // 威宁彝族回族苗族自治县
        COUNTIES.put("520527", "850000.00"); // 赫章县
        COUNTIES.put("522632", "850000.00"); // 榕江县
        COUNTIES.put("522633", "800000.00"); // 从江县
        COUNTIES.put("522634", "800000.00"); // 雷山县
    }

    @Test
    void guizhou_fixed_subsidies_2022_to_2025_one_posting_a_year() {
        register("520000", "贵州省总工会", "PROVINCE", null).expect(201);
        register("520500", "毕节市总工会", "CITY", "520000").expect(201);
        register("522600", "黔东南苗族侗族自治州总工会", "CITY", "520000").expect(201);
        register("520525", "纳雍县总工会", "COUNTY", "520500").expect(201);
        register("520526", "威宁彝族回族苗族自治县总工会", "COUNTY", "520500").expect(201);
        register("520527", "赫章县总工会", "COUNTY", "520500").expect(201);
        register("522632", "榕江县总工会", "COUNTY", "522600").expect(201);
        register("522633", "从江县总工会", "COUNTY", "522600").expect(201);
        register("522634", "雷山县总工会", "COUNTY", "522600").expect(201);
        assertThat(get("/api/v1/bodies/522600/children").expect(200).json().findValuesAsText("bodyId"))
                .containsExactly("522632", "522633", "522634");

        for (int year = 2022; year <= 2025; year++) {
            post("/api/v1/funds", """
                    {"fundId": "GZ-%d-FIXED", "bodyId": "520000", "year": %d, "purpose": "FIXED_SUBSIDY",
                     "total": "5000000.00", "effectiveDate": "%d-01-15"}""".formatted(year, year, year)).expect(201);
            StringBuilder grants = new StringBuilder();
            COUNTIES.forEach((county, amount) -> grants.append(grants.isEmpty() ? "" : ", ")
                    .append("{\"toBodyId\": \"%s\", \"amount\": \"%s\"}".formatted(county, amount)));
            long before = commits();
            Reply subsidy = post("/api/v1/subsidies", """
                    {"subsidyId": "S-GZ-%d", "fromBodyId": "520000", "fundId": "GZ-%d-FIXED", "earmark": null,
                     "year": %d, "effectiveDate": "%d-04-15", "grants": [%s]}"""
                    .formatted(year, year, year, year, grants)).expect(201);
            assertThat(commits()).as("one posting for the whole batch").isEqualTo(before + 1);
            assertThat(subsidy.text("/event")).isEqualTo("FixedSubsidiesGrantedEvent");
            JsonNode legs = subsidy.at("/posting/legs");
            assertThat(legs).hasSize(1 + COUNTIES.size());
            assertThat(legs.get(0).path("amount").asText()).isEqualTo("-5000000.00");
            assertThat(legs.get(0).at("/account/body").asText()).isEqualTo("520000");
        }

        awaitProjections();
        for (int year = 2022; year <= 2025; year++) {
            String fund = "GZ-" + year + "-FIXED";
            Reply province = get("/api/v1/bodies/520000/accounts?year=" + year).expect(200);
            assertThat(balance(province, "SOURCE|520000|" + year + "|||")).isEqualTo("-5000000.00");
            assertThat(balance(province, "FUND|520000|" + year + "|" + fund + "||")).isEqualTo("0.00");
            for (Map.Entry<String, String> county : COUNTIES.entrySet()) {
                Reply accounts = get("/api/v1/bodies/" + county.getKey() + "/accounts?year=" + year).expect(200);
                assertThat(accounts.at("/accounts")).hasSize(1);
                assertThat(balance(accounts, "FUND|" + county.getKey() + "|" + year + "|" + fund + "||"))
                        .isEqualTo(county.getValue());
            }
            Reply trial = get("/api/v1/ledgers/520000/trial-balance?year=" + year).expect(200);
            assertThat(ZhejiangWalkTest.kindTotals(trial)).containsEntry("SOURCE", "-5000000.00")
                    .containsEntry("FUND", "5000000.00");
            assertThat(trial.at("/balanced").asBoolean()).isTrue();
            assertThat(trial.text("/net")).isEqualTo("0.00");
        }
        Reply all = get("/api/v1/bodies/520527/accounts").expect(200);
        assertThat(all.at("/accounts")).hasSize(4);
        assertThat(all.json().findValuesAsText("balance")).containsOnly("850000.00");

        // One county outside the subtree refuses the whole batch, and nothing is written.
        long before = commits();
        post("/api/v1/subsidies", """
                {"subsidyId": "S-GZ-2025-B", "fromBodyId": "520500", "fundId": "GZ-2025-FIXED", "year": 2025,
                 "effectiveDate": "2025-05-01", "grants": [{"toBodyId": "520527", "amount": "1.00"},
                                                          {"toBodyId": "522634", "amount": "1.00"}]}""")
                .problem(422, "not-in-subtree", "grants[1].toBodyId");
        assertThat(commits()).isEqualTo(before);
    }

    @Test
    void dalian_pays_social_workers_fifty_fifty_with_a_district_in_one_posting() {
        register("210200", "大连市总工会", "CITY", null).expect(201);
        register("210202", "中山区总工会", "COUNTY", "210200").expect(201);
        register("210203", "西岗区总工会", "COUNTY", "210200").expect(201);
        assertThat(get("/api/v1/bodies/210202").expect(200).text("/ledgerId")).isEqualTo("210200");
        fund("DL-2025-SW", "210200", "720000.00").expect(201);
        fund("ZS-2025-SW", "210202", "720000.00").expect(201);
        fund("XG-2025-SW", "210203", "100000.00").expect(201);

        Reply january = post("/api/v1/shared-costs", """
                {"postingId": "SW-2025-01", "description": "社会工作者工资 2025年1月",
                 "expenseCategory": "SOCIAL_WORKER_PAY", "effectiveDate": "2025-01-31",
                 "legs": [{"bodyId": "210200", "fundId": "DL-2025-SW", "earmark": null, "amount": "60000.00"},
                          {"bodyId": "210202", "fundId": "ZS-2025-SW", "earmark": null, "amount": "60000.00"}]}""")
                .expect(201);
        assertThat(january.text("/event")).isEqualTo("SharedCostPostedEvent");
        assertThat(january.text("/ledgerId")).isEqualTo("210200");
        assertThat(ZhejiangWalkTest.legs(january)).containsExactly(
                Map.entry("FUND|210200|2025|DL-2025-SW||", "-60000.00"),
                Map.entry("EXPENSE|210200|2025|DL-2025-SW||SOCIAL_WORKER_PAY", "60000.00"),
                Map.entry("FUND|210202|2025|ZS-2025-SW||", "-60000.00"),
                Map.entry("EXPENSE|210202|2025|ZS-2025-SW||SOCIAL_WORKER_PAY", "60000.00"));

        // Xigang cannot pay its 60,000 share: neither does the city, nothing is written.
        long before = commits();
        post("/api/v1/shared-costs", """
                {"postingId": "SW-2025-01-XG", "description": "社会工作者工资 2025年1月 西岗",
                 "expenseCategory": "SOCIAL_WORKER_PAY", "effectiveDate": "2025-01-31",
                 "legs": [{"bodyId": "210200", "fundId": "DL-2025-SW", "amount": "60000.00"},
                          {"bodyId": "210203", "fundId": "XG-2025-SW", "amount": "100000.01"}]}""")
                .problem(422, "insufficient-funds", "legs[1].amount");
        assertThat(commits()).isEqualTo(before);

        awaitProjections();
        for (String[] body : List.of(new String[] {"210200", "DL-2025-SW"}, new String[] {"210202", "ZS-2025-SW"})) {
            Reply accounts = get("/api/v1/bodies/" + body[0] + "/accounts?year=2025").expect(200);
            assertThat(balance(accounts, "SOURCE|" + body[0] + "|2025|||")).isEqualTo("-720000.00");
            assertThat(balance(accounts, "FUND|" + body[0] + "|2025|" + body[1] + "||")).isEqualTo("660000.00");
            assertThat(balance(accounts, "EXPENSE|" + body[0] + "|2025|" + body[1] + "||SOCIAL_WORKER_PAY"))
                    .isEqualTo("60000.00");
        }
        Reply trial = get("/api/v1/ledgers/210200/trial-balance?year=2025").expect(200);
        assertThat(ZhejiangWalkTest.kindTotals(trial)).containsEntry("SOURCE", "-1540000.00")
                .containsEntry("FUND", "1420000.00").containsEntry("EXPENSE", "120000.00");
        assertThat(trial.at("/balanced").asBoolean()).isTrue();
    }

    private Reply fund(String id, String body, String total) {
        return post("/api/v1/funds", """
                {"fundId": "%s", "bodyId": "%s", "year": 2025, "purpose": "SOCIAL_WORKER_PAY", "total": "%s",
                 "effectiveDate": "2025-01-02"}""".formatted(id, body, total));
    }
}
