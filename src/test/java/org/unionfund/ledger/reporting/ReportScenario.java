package org.unionfund.ledger.reporting;

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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statistics scenario (statistics/StatisticsScenario, docs of the projections) sent through the HTTP command
 * API: Zhejiang → Hangzhou → Gongshu and Xihu, funds, allocations (two with matching requirements), eligible
 * workers, three trips with a no-show, a category change and a re-charge, matching commitments on time and late,
 * and the deadline evaluations (the scheduler's job, sent as commands at the end of each deadline day).
 * {@link #untilFirstSettlement()} stops right after trip T1 is settled (a cut for as-of reports); {@link #rest()}
 * sends the remainder.
 */
final class ReportScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient http;
    private final CommandGateway commands;

    ReportScenario(RestClient http, CommandGateway commands) {
        this.http = http;
        this.commands = commands;
    }

    void untilFirstSettlement() {
        post("/api/v1/bodies", map("bodyId", "330000", "name", "浙江省总工会", "level", "PROVINCE"));
        post("/api/v1/bodies", map("bodyId", "330100", "name", "杭州市总工会", "level", "CITY", "parentId", "330000"));
        post("/api/v1/bodies", map("bodyId", "330105", "name", "拱墅区总工会", "level", "COUNTY", "parentId",
                "330100"));
        post("/api/v1/bodies", map("bodyId", "330106", "name", "西湖区总工会", "level", "COUNTY", "parentId",
                "330100"));
        post("/api/v1/funds", map("fundId", "ZJ-2025-RECUP", "bodyId", "330000", "year", 2025, "purpose",
                "RECUPERATION", "total", "20000000.00", "effectiveDate", "2025-01-10", "earmarks", List.of(map(
                        "code", "NONPUB-NEWFORM", "amount", "10000000.00", "eligibility", map("ownerships",
                                List.of("NON_PUBLIC", "PLATFORM"), "categories", List.of("NEW_FORM"))))));
        post("/api/v1/funds", map("fundId", "GS-2025-RECUP", "bodyId", "330105", "year", 2025, "purpose",
                "RECUPERATION", "total", "2000000.00", "effectiveDate", "2025-01-15"));
        post("/api/v1/funds", map("fundId", "XH-2025-RECUP", "bodyId", "330106", "year", 2025, "purpose",
                "RECUPERATION", "total", "500000.00", "effectiveDate", "2025-01-20"));
        allocate("A-ZJ-HZ", "330000", "NONPUB-NEWFORM", "330100", "4000000.00", "2025-02-01", null);
        allocate("A-HZ-GS", "330100", "NONPUB-NEWFORM", "330105", "1000000.00", "2025-02-10", null);
        allocate("A-ZJ-HZ-M", "330000", null, "330100", "1000000.00", "2025-03-01",
                map("ratioBasisPoints", 10000, "deadline", "2025-06-30"));
        allocate("A-HZ-XH", "330100", null, "330106", "200000.00", "2025-03-05", null);
        allocate("A-HZ-GS-M", "330100", null, "330105", "100000.00", "2025-03-05",
                map("ratioBasisPoints", 5000, "deadline", "2025-09-30"));
        post("/api/v1/standards", map("standardId", "ZJ-CAP-2015", "regionBodyId", "330000", "kind",
                "DAILY_PRICE_CAP", "value", map("amount", "400.00"), "effectiveFrom", "2015-01-01"));
        post("/api/v1/standards", map("standardId", "ZJ-CAP-2020", "regionBodyId", "330000", "kind",
                "DAILY_PRICE_CAP", "value", map("amount", "600.00"), "effectiveFrom", "2020-01-01"));
        post("/api/v1/contractors", map("contractorId", "HZ-TRAVEL-01", "name", "杭州职工国际旅行社", "kind",
                "LICENSED_TRAVEL_AGENCY", "licenceNumber", "L-ZJ-00123"));
        post("/api/v1/destinations", map("destinationId", "ANJI-BASE", "name", "安吉职工疗休养基地", "regionCode",
                "330523", "pairedAidRegion", false));
        post("/api/v1/destinations", map("destinationId", "AKSU", "name", "阿克苏（对口支援）", "regionCode",
                "652901", "pairedAidRegion", true));
        post("/api/v1/programmes", map("programmeId", "GS-2025-LIAOXIU", "bodyId", "330105", "year", 2025, "name",
                "拱墅区2025年一线职工疗休养", "plannedHeadcount", 2500, "eligibleCategories",
                List.of("FRONTLINE", "NEW_FORM", "MODEL_WORKER"), "tripDays", List.of(3, 1), "frequencyRule",
                "ONCE_PER_YEAR", "effectiveDate", "2025-03-01", "budget", List.of(
                        map("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM", "amount", "546000.00"),
                        map("fundId", "GS-2025-RECUP", "amount", "2000000.00"))));
        post("/api/v1/programmes", map("programmeId", "XH-2025", "bodyId", "330106", "year", 2025, "name",
                "西湖区2025年职工疗休养", "plannedHeadcount", 5, "eligibleCategories", List.of("FRONTLINE",
                        "MODEL_WORKER"), "tripDays", List.of(1), "frequencyRule", "UNLIMITED", "effectiveDate",
                "2025-03-10", "budget", List.of(map("fundId", "XH-2025-RECUP", "amount", "100000.00"))));
        post("/api/v1/bodies/330105/eligible-workers", map("registrationId", "REG-GS-1", "year", 2025, "counts",
                List.of(map("category", "FRONTLINE", "count", 100), map("category", "NEW_FORM", "count", 20))));
        post("/api/v1/bodies/330105/eligible-workers", map("registrationId", "REG-GS-2", "year", 2025, "counts",
                List.of(map("category", "FRONTLINE", "count", 120))));
        post("/api/v1/bodies/330106/eligible-workers", map("registrationId", "REG-XH-1", "year", 2025, "counts",
                List.of(map("category", "FRONTLINE", "count", 50), map("category", "MODEL_WORKER", "count", 10))));

        post("/api/v1/trips", trip("T1", "GS-2025-LIAOXIU", "ANJI-BASE", "2025-05-06", 3, "580.00"));
        post("/api/v1/trips", trip("T2", "XH-2025", "ANJI-BASE", "2025-06-10", 1, "300.00"));
        post("/api/v1/trips", trip("T3", "GS-2025-LIAOXIU", "AKSU", "2025-06-20", 3, "500.00"));
        post("/api/v1/trips/T1/participants", map("enrolmentId", "E-T1-1", "participants", List.of(
                worker("A", 1, "FRONTLINE", null, "STATE_OWNED"),
                worker("B", 2, "NEW_FORM", "COURIER", "NON_PUBLIC"))));
        post("/api/v1/trips/T2/participants", map("enrolmentId", "E-T2", "participants", List.of(
                worker("A2", 1, "FRONTLINE", null, "STATE_OWNED"),
                worker("E", 5, "MODEL_WORKER", null, "STATE_OWNED"))));
        post("/api/v1/trips/T1/participants", map("enrolmentId", "E-T1-2", "participants", List.of(
                worker("C", 3, "FRONTLINE", null, "NON_PUBLIC"), worker("D", 4, "FRONTLINE", null, "STATE_OWNED"),
                map("participantId", "FAM", "familyMember", true))));
        post("/api/v1/trips/T3/participants", map("enrolmentId", "E-T3", "participants", List.of(
                worker("G", 7, "FRONTLINE", null, "PLATFORM"))));
        post("/api/v1/trips/T1/settlement", map("settlementId", "S-T1", "attendees", List.of(
                map("participantId", "A"), map("participantId", "B", "line", map("fundId", "ZJ-2025-RECUP",
                        "earmark", "NONPUB-NEWFORM")), map("participantId", "C"), map("participantId", "FAM"))));
    }

    void rest() {
        post("/api/v1/ledgers/330000/allocations/A-ZJ-HZ-M/matching-commitments", map("commitmentId", "M-HZ-1",
                "amount", "600000.00", "effectiveDate", "2025-06-20"));
        post("/api/v1/trips/T2/settlement", map("settlementId", "S-T2", "attendees", List.of(
                map("participantId", "A2"), map("participantId", "E"))));
        post("/api/v1/trips/T1/corrections/no-show", map("correctionId", "K-T1-1", "participantId", "C",
                "reason", "did not travel", "effectiveDate", "2025-05-20"));
        post("/api/v1/trips/T1/corrections/category", map("correctionId", "K-T1-2", "participantId", "A",
                "category", "NEW_FORM", "newFormSubtype", "DELIVERY_RIDER", "reason", "is a Meituan rider",
                "effectiveDate", "2025-05-20"));
        post("/api/v1/trips/T1/corrections/recharge", map("correctionId", "K-T1-3", "participantId", "A", "line",
                map("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM"), "reason", "the earmark pays for riders",
                "effectiveDate", "2025-05-20"));
        post("/api/v1/trips/T3/settlement", map("settlementId", "S-T3", "attendees", List.of(
                map("participantId", "G"))));
        commands.sendAndWait(new RecordMatchingShortfallCommand(new LedgerId("330000"), new AllocationId("A-ZJ-HZ-M"),
                Instant.parse("2025-06-30T16:00:00Z")));
        post("/api/v1/ledgers/330000/allocations/A-ZJ-HZ-M/matching-commitments", map("commitmentId", "M-HZ-2",
                "amount", "300000.00", "effectiveDate", "2025-07-05"));
        post("/api/v1/ledgers/330000/allocations/A-HZ-GS-M/matching-commitments", map("commitmentId", "M-GS-1",
                "amount", "50000.00", "effectiveDate", "2025-08-01"));
        commands.sendAndWait(new RecordMatchingShortfallCommand(new LedgerId("330000"), new AllocationId("A-HZ-GS-M"),
                Instant.parse("2025-09-30T16:00:00Z")));
    }

    private void allocate(String id, String from, String earmark, String to, String amount, String date,
            Map<String, Object> matching) {
        Map<String, Object> body = map("allocationId", id, "fromBodyId", from, "fundId", "ZJ-2025-RECUP", "toBodyId",
                to, "amount", amount, "effectiveDate", date);
        if (earmark != null) {
            body.put("earmark", earmark);
        }
        if (matching != null) {
            body.put("matching", matching);
        }
        post("/api/v1/allocations", body);
    }

    private void post(String path, Object body) {
        try {
            ResponseEntity<String> response = http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body)).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(201);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> trip(String id, String programme, String destination, String start, int days,
            String price) {
        return map("tripId", id, "programmeId", programme, "contractorId", "HZ-TRAVEL-01", "destinationId",
                destination, "startDate", start, "days", days, "pricePerPersonPerDay", price);
    }

    private static Map<String, Object> worker(String id, int n, String category, String subtype, String ownership) {
        Map<String, Object> p = map("participantId", id, "idNumber", idNumber(n), "category", category,
                "ownership", ownership, "employerName", "某单位");
        if (subtype != null) {
            p.put("newFormSubtype", subtype);
        }
        return p;
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
