package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.unionfund.ledger.testsupport.PersonalDataScan;
import org.unionfund.ledger.testsupport.ResidentIds;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Worker identity numbers never reach storage or logs: the Gongshu clerk enrols 200 workers with realistic 18-digit
 * resident identity numbers in one request (it fits the 1 MB limit), settles the trip, and a series of refused
 * requests carry the numbers too (out of scope, malformed, invalid, oversized, as a field name). Afterwards every
 * collection of the database and the captured log are scanned for every number (see {@link PersonalDataScan}, also
 * used by the Gongshu end-to-end test).
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest extends SecurityHttpTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WORKERS = 200;

    @Test
    void no_identity_number_is_stored_or_logged(CapturedOutput output) throws Exception {
        ResidentIds generator = new ResidentIds(11_643L);
        List<String> idNumbers = new ArrayList<>();
        http.post("/api/v1/trips", TestUsers.GS_CLERK, """
                {"tripId": "SEC-PD-T", "programmeId": "SEC-GS-PROG", "contractorId": "SEC-AGENCY",
                 "destinationId": "SEC-BASE", "startDate": "2025-08-04", "days": 3,
                 "pricePerPersonPerDay": "480.00"}""").expect(201);

        List<Map<String, Object>> participants = new ArrayList<>();
        for (int i = 1; i <= WORKERS; i++) {
            String id = generator.next();
            idNumbers.add(id);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("participantId", String.format("PD-%03d", i));
            p.put("idNumber", i % 7 == 0 ? id.toLowerCase() : id);
            p.put("category", i % 3 == 0 ? "NEW_FORM" : "FRONTLINE");
            if (i % 3 == 0) {
                p.put("newFormSubtype", "DELIVERY_RIDER");
            }
            p.put("ownership", i % 3 == 0 ? "PLATFORM" : "STATE_OWNED");
            p.put("employerName", i % 3 == 0 ? "美团外卖杭州拱墅站点" : "杭州市公共交通集团有限公司第三分公司");
            participants.add(p);
        }
        String enrolment = JSON.writeValueAsString(Map.of("enrolmentId", "E-PD", "participants", participants));
        assertThat(enrolment.getBytes(StandardCharsets.UTF_8).length).as("a 200-person enrolment")
                .isLessThan(1024 * 1024 / 10);

        // refused requests carrying the numbers: nothing of them may be stored or logged either
        http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.NB_CLERK, enrolment).problem(403, "out-of-scope");
        http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.ZJ_STAFF, enrolment).problem(403, "forbidden");
        http.post("/api/v1/trips/SEC-PD-T/participants", null, enrolment).problem(401, "unauthenticated");
        http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.GS_CLERK,
                enrolment.replace("\"FRONTLINE\"", "\"FRONTLINE_X\"")).problem(400, "invalid-value");
        http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.GS_CLERK,
                enrolment.substring(0, enrolment.length() / 2)).problem(400, null);
        String badCheck = idNumbers.get(0).substring(0, 17) + "Y";
        idNumbers.add(badCheck);
        http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.GS_CLERK, """
                {"enrolmentId": "E-PD-BAD", "participants": [{"participantId": "PD-BAD", "idNumber": "%s",
                 "category": "FRONTLINE", "ownership": "STATE_OWNED"}]}""".formatted(badCheck))
                .problem(400, "invalid-value");
        http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.GS_CLERK, """
                {"enrolmentId": "E-PD-KEY", "%s": 1}""".formatted(idNumbers.get(1))).problem(400, "unknown-field");
        StringBuilder huge = new StringBuilder(enrolment);
        while (huge.length() < 1_200_000) {
            huge.insert(huge.length() - 2, "," + JSON.writeValueAsString(participants.get(2)));
        }
        http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.GS_CLERK, huge.toString())
                .problem(413, "payload-too-large");

        // the enrolment itself, its idempotent repeat, and the settlement
        Http.Reply enrolled = http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.GS_CLERK, enrolment)
                .expect(201);
        http.post("/api/v1/trips/SEC-PD-T/participants", TestUsers.GS_CLERK, enrolment).expect(200);
        assertThat(enrolled.json().path("participants")).hasSize(WORKERS);
        for (JsonNode p : enrolled.json().path("participants")) {
            assertThat(p.path("worker").asText()).startsWith("w_");
        }
        List<Map<String, Object>> attendees = new ArrayList<>();
        for (int i = 1; i <= WORKERS - 20; i++) {
            attendees.add(Map.of("participantId", String.format("PD-%03d", i)));
        }
        http.post("/api/v1/trips/SEC-PD-T/settlement", TestUsers.GS_CLERK, JSON.writeValueAsString(Map.of(
                "settlementId", "S-PD", "attendees", attendees, "defaultLine", Map.of("fundId", "GS-SEC-FUND"))))
                .expect(201);
        Http.Reply trip = http.get("/api/v1/trips/SEC-PD-T", TestUsers.ZJ_STAFF).expect(200);
        assertThat(trip.json().at("/totals/attended").asInt()).isEqualTo(WORKERS - 20);
        awaitProjections();

        for (String id : idNumbers) {
            assertThat(enrolled.raw()).doesNotContain(id).doesNotContain(id.toLowerCase());
            assertThat(trip.raw()).doesNotContain(id).doesNotContain(id.substring(0, 17));
        }
        assertThat(PersonalDataScan.assertNoIdNumbers(database, output, idNumbers)).isGreaterThan(50);
    }
}
