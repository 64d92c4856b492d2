package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.testsupport.GongshuCase.idNumber;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small Zhejiang 2025 through the command API (as the test system user): 浙江 → 杭州 (拱墅, 西湖) and 宁波 (鄞州);
 * the provincial fund with its non-public/new-form earmark, county funds, allocations with 1:1 matching (Hangzhou
 * short at the deadline, Ningbo met), eligible workers per county, three programmes and three settled trips
 * (8 person-times). Trip {@code T4} of Gongshu (3 workers) is enrolled but not settled: the live test settles it.
 */
final class DashboardScenario {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int PERSON_TIMES_BEFORE_T4 = 8;
    static final int T4_ATTENDEES = 3;

    private final RestClient http;
    private final CommandGateway commands;

    DashboardScenario(RestClient http, CommandGateway commands) {
        this.http = http;
        this.commands = commands;
    }

    /** Loads the scenario unless a test class sharing the application context already did. */
    static void loadOnce(RestClient system, CommandGateway commands) {
        if (system.get().uri("/api/v1/bodies/330000").retrieve().onStatus(s -> true, (request, response) -> { })
                .toBodilessEntity().getStatusCode().value() != 200) {
            DashboardScenario scenario = new DashboardScenario(system, commands);
            scenario.load();
            scenario.caughtUp();
        }
    }

    void load() {
        body("330000", "浙江省总工会", "PROVINCE", null);
        body("330100", "杭州市总工会", "CITY", "330000");
        body("330200", "宁波市总工会", "CITY", "330000");
        body("330105", "拱墅区总工会", "COUNTY", "330100");
        body("330106", "西湖区总工会", "COUNTY", "330100");
        body("330212", "鄞州区总工会", "COUNTY", "330200");
        post("/api/v1/funds", map("fundId", "ZJ-2025-RECUP", "bodyId", "330000", "year", 2025, "purpose",
                "RECUPERATION", "total", "20000000.00", "effectiveDate", "2025-01-10", "earmarks", List.of(map(
                        "code", "NONPUB-NEWFORM", "amount", "10000000.00", "eligibility", map("ownerships",
                                List.of("NON_PUBLIC", "PLATFORM"), "categories", List.of("NEW_FORM"))))));
        fund("GS-2025-RECUP", "330105", "2000000.00");
        fund("XH-2025-RECUP", "330106", "500000.00");
        fund("YZ-2025-RECUP", "330212", "300000.00");
        allocate("A-ZJ-HZ", "330000", "NONPUB-NEWFORM", "330100", "4000000.00", "2025-02-01", null);
        allocate("A-HZ-GS", "330100", "NONPUB-NEWFORM", "330105", "1000000.00", "2025-02-10", null);
        allocate("A-ZJ-HZ-M", "330000", null, "330100", "1000000.00", "2025-03-01",
                map("ratioBasisPoints", 10000, "deadline", "2025-06-30"));
        allocate("A-ZJ-NB-M", "330000", null, "330200", "600000.00", "2025-03-01",
                map("ratioBasisPoints", 10000, "deadline", "2025-06-30"));
        post("/api/v1/standards", map("standardId", "ZJ-CAP-2015", "regionBodyId", "330000", "kind",
                "DAILY_PRICE_CAP", "value", map("amount", "400.00"), "effectiveFrom", "2015-01-01"));
        post("/api/v1/standards", map("standardId", "ZJ-CAP-2020", "regionBodyId", "330000", "kind",
                "DAILY_PRICE_CAP", "value", map("amount", "600.00"), "effectiveFrom", "2020-01-01"));
        post("/api/v1/contractors", map("contractorId", "HZ-TRAVEL-01", "name", "杭州职工国际旅行社", "kind",
                "LICENSED_TRAVEL_AGENCY", "licenceNumber", "L-ZJ-00123"));
        post("/api/v1/destinations", map("destinationId", "ANJI-BASE", "name", "安吉职工疗休养基地", "regionCode",
                "330523", "pairedAidRegion", false));
        post("/api/v1/programmes", map("programmeId", "GS-2025-LIAOXIU", "bodyId", "330105", "year", 2025, "name",
                "拱墅区2025年一线职工疗休养", "plannedHeadcount", 2500, "eligibleCategories",
                List.of("FRONTLINE", "NEW_FORM", "MODEL_WORKER"), "tripDays", List.of(3, 1), "frequencyRule",
                "ONCE_PER_YEAR", "effectiveDate", "2025-03-01", "budget", List.of(
                        map("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM", "amount", "546000.00"),
                        map("fundId", "GS-2025-RECUP", "amount", "2000000.00"))));
        programme("XH-2025", "330106", "西湖区2025年职工疗休养", 50, "XH-2025-RECUP", "100000.00");
        programme("YZ-2025", "330212", "鄞州区2025年职工疗休养", 40, "YZ-2025-RECUP", "200000.00");
        eligible("330105", "REG-GS", map("category", "FRONTLINE", "count", 100), map("category", "NEW_FORM",
                "count", 20));
        eligible("330106", "REG-XH", map("category", "FRONTLINE", "count", 40));
        eligible("330212", "REG-YZ", map("category", "FRONTLINE", "count", 30));

        trip("T1", "GS-2025-LIAOXIU", "2025-05-06", 3, "580.00");
        trip("T2", "XH-2025", "2025-06-10", 1, "300.00");
        trip("T3", "YZ-2025", "2025-04-15", 1, "300.00");
        trip("T4", "GS-2025-LIAOXIU", "2025-07-01", 3, "550.00");
        enrol("T1", "E-T1", worker("A", 1, "FRONTLINE", null, "STATE_OWNED"),
                worker("B", 2, "NEW_FORM", "COURIER", "NON_PUBLIC"), worker("C", 3, "FRONTLINE", null, "NON_PUBLIC"),
                worker("D", 4, "FRONTLINE", null, "STATE_OWNED"));
        enrol("T2", "E-T2", worker("E", 5, "FRONTLINE", null, "STATE_OWNED"),
                worker("F", 6, "FRONTLINE", null, "NON_PUBLIC"));
        enrol("T3", "E-T3", worker("G", 7, "FRONTLINE", null, "STATE_OWNED"),
                worker("H", 8, "FRONTLINE", null, "NON_PUBLIC"), worker("I", 9, "FRONTLINE", null, "NON_PUBLIC"));
        enrol("T4", "E-T4", worker("J", 10, "FRONTLINE", null, "STATE_OWNED"),
                worker("K", 11, "NEW_FORM", "DELIVERY_RIDER", "PLATFORM"),
                worker("L", 12, "FRONTLINE", null, "NON_PUBLIC"));
        post("/api/v1/trips/T1/settlement", map("settlementId", "S-T1", "attendees", List.of(
                map("participantId", "A"), map("participantId", "B", "line", map("fundId", "ZJ-2025-RECUP",
                        "earmark", "NONPUB-NEWFORM")), map("participantId", "C"))));
        post("/api/v1/trips/T2/settlement", map("settlementId", "S-T2", "attendees", List.of(
                map("participantId", "E"), map("participantId", "F"))));
        post("/api/v1/trips/T3/settlement", map("settlementId", "S-T3", "attendees", List.of(
                map("participantId", "G"), map("participantId", "H"), map("participantId", "I"))));
        post("/api/v1/ledgers/330000/allocations/A-ZJ-HZ-M/matching-commitments", map("commitmentId", "M-HZ-1",
                "amount", "600000.00", "effectiveDate", "2025-06-20"));
        post("/api/v1/ledgers/330000/allocations/A-ZJ-NB-M/matching-commitments", map("commitmentId", "M-NB-1",
                "amount", "600000.00", "effectiveDate", "2025-05-15"));
        // the deadline scheduler's evaluations, at the end of the deadline day (Asia/Shanghai)
        commands.sendAndWait(new RecordMatchingShortfallCommand(new LedgerId("330000"),
                new AllocationId("A-ZJ-HZ-M"), Instant.parse("2025-06-30T16:00:00Z")));
        commands.sendAndWait(new RecordMatchingShortfallCommand(new LedgerId("330000"),
                new AllocationId("A-ZJ-NB-M"), Instant.parse("2025-06-30T16:00:00Z")));
    }

    /** The settlement the live test posts while the dashboard is open. */
    void settleT4() {
        post("/api/v1/trips/T4/settlement", map("settlementId", "S-T4", "attendees", List.of(
                map("participantId", "J"), map("participantId", "K", "line", map("fundId", "ZJ-2025-RECUP",
                        "earmark", "NONPUB-NEWFORM")), map("participantId", "L"))));
    }

    /** Waits until every processor has processed the whole log. */
    void caughtUp() {
        long deadline = System.nanoTime() + Patience.HANG_GUARD.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            ResponseEntity<String> reply = http.get().uri("/api/v1/admin/processors").retrieve()
                    .toEntity(String.class);
            last = reply.getBody();
            JsonNode processors = read(last);
            boolean all = reply.getStatusCode().is2xxSuccessful();
            for (JsonNode p : processors) {
                all &= p.path("caughtUp").asBoolean() && p.path("behind").asLong() == 0
                        && !p.path("replaying").asBoolean();
            }
            if (all) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("processors did not catch up: " + last);
    }

    // ------------------------------------------------------------------ requests

    private void body(String id, String name, String level, String parent) {
        Map<String, Object> body = map("bodyId", id, "name", name, "level", level);
        if (parent != null) {
            body.put("parentId", parent);
        }
        post("/api/v1/bodies", body);
    }

    private void fund(String id, String body, String total) {
        post("/api/v1/funds", map("fundId", id, "bodyId", body, "year", 2025, "purpose", "RECUPERATION", "total",
                total, "effectiveDate", "2025-01-15"));
    }

    private void allocate(String id, String from, String earmark, String to, String amount, String date,
            Map<String, Object> matching) {
        Map<String, Object> body = map("allocationId", id, "fromBodyId", from, "fundId", "ZJ-2025-RECUP",
                "toBodyId", to, "amount", amount, "effectiveDate", date);
        if (earmark != null) {
            body.put("earmark", earmark);
        }
        if (matching != null) {
            body.put("matching", matching);
        }
        post("/api/v1/allocations", body);
    }

    private void programme(String id, String body, String name, int planned, String fund, String amount) {
        post("/api/v1/programmes", map("programmeId", id, "bodyId", body, "year", 2025, "name", name,
                "plannedHeadcount", planned, "eligibleCategories", List.of("FRONTLINE", "MODEL_WORKER"), "tripDays",
                List.of(1, 3), "frequencyRule", "UNLIMITED", "effectiveDate", "2025-03-10", "budget",
                List.of(map("fundId", fund, "amount", amount))));
    }

    @SafeVarargs
    private void eligible(String body, String registration, Map<String, Object>... counts) {
        post("/api/v1/bodies/" + body + "/eligible-workers", map("registrationId", registration, "year", 2025,
                "counts", List.of(counts)));
    }

    private void trip(String id, String programme, String start, int days, String price) {
        post("/api/v1/trips", map("tripId", id, "programmeId", programme, "contractorId", "HZ-TRAVEL-01",
                "destinationId", "ANJI-BASE", "startDate", start, "days", days, "pricePerPersonPerDay", price));
    }

    @SafeVarargs
    private void enrol(String trip, String enrolment, Map<String, Object>... participants) {
        post("/api/v1/trips/" + trip + "/participants", map("enrolmentId", enrolment, "participants",
                List.of(participants)));
    }

    private static Map<String, Object> worker(String id, int n, String category, String subtype, String ownership) {
        Map<String, Object> p = map("participantId", id, "idNumber", idNumber(n), "category", category,
                "ownership", ownership, "employerName", "某单位");
        if (subtype != null) {
            p.put("newFormSubtype", subtype);
        }
        return p;
    }

    private void post(String path, Object body) {
        ResponseEntity<String> reply;
        try {
            reply = http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body)).retrieve().toEntity(String.class);
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
        assertThat(reply.getStatusCode().value()).as(path + " " + reply.getBody()).isEqualTo(201);
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
