package org.unionfund.ledger.recuperation.trip.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.testsupport.GongshuCase.idNumber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.PersonalDataScan;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * The Gongshu 2025 programme end to end over HTTP on the embedded store: budget from the Zhejiang earmark received
 * via Hangzhou plus Gongshu's own fund, a 3-day and a 1-day trip and a dedicated SF-courier trip, bulk enrolment,
 * settlement by who went, a no-show found afterwards; ledger balances to the fen; no identity number anywhere in
 * the database or the log.
 */
@LedgerAppTest
@ExtendWith(OutputCaptureExtension.class)
class GongshuProgrammeHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COURIERS = 80;

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoDatabase database;

    private RestClient http;
    private final List<String> idNumbers = new ArrayList<>();

    record Reply(int status, JsonNode json, String raw) {
        Reply expect(int expected) {
            assertThat(status).as(raw).isEqualTo(expected);
            return this;
        }

        Reply problem(int expected, String rule, String field) {
            expect(expected);
            assertThat(json.path("rule").asText()).as(raw).isEqualTo(rule);
            if (field != null) {
                assertThat(json.path("field").asText()).as(raw).isEqualTo(field);
            }
            return this;
        }
    }

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private Reply post(String path, Object body) {
        try {
            ResponseEntity<String> response = http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body)).retrieve().toEntity(String.class);
            return reply(response);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Reply get(String path) {
        return reply(http.get().uri(path).retrieve().toEntity(String.class));
    }

    private static Reply reply(ResponseEntity<String> response) {
        try {
            String raw = response.getBody();
            return new Reply(response.getStatusCode().value(), raw == null ? null : JSON.readTree(raw), raw);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, Object> worker(String participantId, int n, String category, String subtype,
            String ownership, String employer) {
        String id = idNumber(n);
        idNumbers.add(id);
        Map<String, Object> p = new HashMap<>();
        if (participantId != null) {
            p.put("participantId", participantId);
        }
        // The check character given in lower case and with spaces around: normalised before hashing.
        p.put("idNumber", " " + id.toLowerCase() + " ");
        p.put("category", category);
        if (subtype != null) {
            p.put("newFormSubtype", subtype);
        }
        p.put("ownership", ownership);
        p.put("employerName", employer);
        return p;
    }

    private Map<String, Long> balances() {
        Map<String, Long> balances = new HashMap<>();
        eventStore.readEvents("330000").asStream().map(DomainEventMessage::getPayload)
                .filter(PostingEvent.class::isInstance)
                .forEach(e -> {
                    for (PostingLeg leg : ((PostingEvent) e).posting().legs()) {
                        balances.merge(leg.account().key(), leg.amount().fen(), Long::sum);
                    }
                });
        return balances;
    }

    private static String yuan(Long fen) {
        return fen == null ? null : Money.ofFen(fen).toYuanString();
    }

    @Test
    void gongshu_2025_end_to_end(CapturedOutput output) throws Exception {
        // --- ledger: bodies over HTTP (the body directory), money and standards as commands
        post("/api/v1/bodies", Map.of("bodyId", "330000", "name", "浙江省总工会", "level", "PROVINCE")).expect(201);
        post("/api/v1/bodies", Map.of("bodyId", "330100", "name", "杭州市总工会", "level", "CITY",
                "parentId", "330000")).expect(201);
        post("/api/v1/bodies", Map.of("bodyId", "330105", "name", "拱墅区总工会", "level", "COUNTY",
                "parentId", "330100")).expect(201);
        for (Object command : GongshuCase.ledgerSetup()) {
            if (!(command instanceof RegisterUnionBodyCommand)) {
                commands.sendAndWait(command);
            }
        }
        GongshuCase.standards().forEach(commands::sendAndWait);

        // --- contractor and destinations
        post("/api/v1/contractors", Map.of("contractorId", "HZ-TRAVEL-01", "name", "杭州职工国际旅行社",
                "kind", "LICENSED_TRAVEL_AGENCY", "licenceNumber", "L-ZJ-00123")).expect(201);
        post("/api/v1/contractors", Map.of("contractorId", "HZ-TRAVEL-01", "name", "杭州职工国际旅行社",
                "kind", "LICENSED_TRAVEL_AGENCY", "licenceNumber", "L-ZJ-00123")).expect(200);
        post("/api/v1/destinations", Map.of("destinationId", "ANJI-BASE", "name", "安吉职工疗休养基地",
                "regionCode", "330523", "pairedAidRegion", false)).expect(201);

        // --- the programme: 2,546,000 = 546,000 earmarked (received via Hangzhou) + 2,000,000 own
        Map<String, Object> programme = new HashMap<>(Map.of("programmeId", "GS-2025-LIAOXIU", "bodyId", "330105",
                "year", 2025, "name", "拱墅区2025年一线职工疗休养", "plannedHeadcount", 2500,
                "eligibleCategories", List.of("FRONTLINE", "NEW_FORM", "MODEL_WORKER"), "tripDays", List.of(3, 1),
                "frequencyRule", "ONCE_PER_YEAR", "annualCapPerWorker", "3000.00"));
        programme.put("budget", List.of(Map.of("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM", "amount",
                "546000.00"), Map.of("fundId", "GS-2025-RECUP", "amount", "2000000.00")));
        programme.put("effectiveDate", "2025-03-01");
        Reply opened = post("/api/v1/programmes", programme).expect(201);
        assertThat(opened.json().at("/posting/legs").size()).isEqualTo(4);
        post("/api/v1/programmes", programme).expect(200);

        // --- trips: a 3-day and a 1-day trip, and a dedicated SF-courier trip
        post("/api/v1/trips", trip("GS-T3", "2025-04-14", 3, "580.00")).expect(201);
        post("/api/v1/trips", trip("GS-T1", "2025-04-20", 1, "300.00")).expect(201);
        post("/api/v1/trips", trip("GS-SF", "2025-05-06", 3, "580.00")).expect(201);
        post("/api/v1/trips", trip("GS-TOO-DEAR", "2025-05-06", 3, "650.00"))
                .problem(422, "standard-exceeded", "pricePerPersonPerDay");
        post("/api/v1/trips", trip("GS-2019", "2019-05-06", 3, "450.00")).problem(422, "invalid-date", "startDate");

        // --- bulk enrolment
        List<Map<String, Object>> t3 = new ArrayList<>();
        t3.add(worker("F-1", 1, "FRONTLINE", null, "STATE_OWNED", "杭州公交"));
        t3.add(worker("F-2", 2, "FRONTLINE", null, "NON_PUBLIC", "某制造厂"));
        t3.add(worker("F-3", 3, "MODEL_WORKER", null, "STATE_OWNED", "杭钢"));
        t3.add(worker("F-4", 10, "FRONTLINE", null, "STATE_OWNED", "杭州地铁"));
        t3.add(Map.of("participantId", "FAM-1", "familyMember", true));
        Reply enrolled = post("/api/v1/trips/GS-T3/participants", Map.of("enrolmentId", "E-T3", "participants", t3))
                .expect(201);
        assertThat(enrolled.raw()).doesNotContain(idNumber(1)).contains("\"worker\":\"w_");
        post("/api/v1/trips/GS-T3/participants", Map.of("enrolmentId", "E-T3", "participants", t3)).expect(200);

        post("/api/v1/trips/GS-T1/participants", Map.of("enrolmentId", "E-T1", "participants",
                List.of(worker(null, 21, "FRONTLINE", null, "STATE_OWNED", "杭州环卫"),
                        worker(null, 22, "FRONTLINE", null, "STATE_OWNED", "杭州环卫")))).expect(201);

        List<Map<String, Object>> couriers = new ArrayList<>();
        for (int i = 1; i <= COURIERS; i++) {
            couriers.add(worker(String.format("SF-%03d", i), 100 + i, "NEW_FORM", "COURIER", "NON_PUBLIC", "顺丰速运"));
        }
        post("/api/v1/trips/GS-SF/participants", Map.of("enrolmentId", "E-SF", "participants", couriers))
                .expect(201);

        // --- settlement by who went
        post("/api/v1/trips/GS-T3/settlement", Map.of("settlementId", "S-T3", "attendees", List.of(
                Map.of("participantId", "F-1"), Map.of("participantId", "FAM-1",
                        "line", Map.of("fundId", "GS-2025-RECUP")))))
                .problem(422, "family-member-charged", "attendees[1].line");
        post("/api/v1/trips/GS-T3/settlement", Map.of("settlementId", "S-T3", "attendees", List.of(
                Map.of("participantId", "F-1"), Map.of("participantId", "F-1",
                        "line", Map.of("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM")))))
                .problem(409, "duplicate-participant", "attendees[1].participantId");
        post("/api/v1/trips/GS-T3/settlement", Map.of("settlementId", "S-T3", "attendees", List.of(
                Map.of("participantId", "F-1", "line", Map.of("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM")))))
                .problem(422, "earmark-violation", null);
        Map<String, Object> settleT3 = Map.of("settlementId", "S-T3", "attendees", List.of(
                Map.of("participantId", "F-1"), Map.of("participantId", "F-2"), Map.of("participantId", "F-3"),
                Map.of("participantId", "FAM-1")));
        Reply settledT3 = post("/api/v1/trips/GS-T3/settlement", settleT3).expect(201);
        assertThat(post("/api/v1/trips/GS-T3/settlement", settleT3).expect(200).raw()).isEqualTo(settledT3.raw());
        post("/api/v1/trips/GS-T3/settlement", Map.of("settlementId", "S-T3", "attendees",
                List.of(Map.of("participantId", "F-1")))).problem(409, "idempotency-conflict", "settlementId");

        // F-1 went on the 3-day trip; the programme allows once a year.
        String f1Pseudonym = JSON.readTree(get("/api/v1/trips/GS-T3").raw()).at("/participants/0/worker").asText();
        post("/api/v1/trips/GS-T1/participants", Map.of("enrolmentId", "E-T1-B", "participants",
                List.of(worker("AGAIN", 1, "FRONTLINE", null, "STATE_OWNED", "杭州公交")))).expect(201);
        post("/api/v1/trips/GS-T1/settlement", Map.of("settlementId", "S-T1", "attendees", List.of(
                Map.of("participantId", "AGAIN")))).problem(422, "frequency-exceeded", "attendees[0]");
        Reply t1 = get("/api/v1/trips/GS-T1").expect(200);
        List<Map<String, Object>> t1Attendees = new ArrayList<>();
        for (JsonNode p : t1.json().path("participants")) {
            if (!p.path("participantId").asText().equals("AGAIN")) {
                t1Attendees.add(Map.of("participantId", p.path("participantId").asText()));
            }
        }
        post("/api/v1/trips/GS-T1/settlement", Map.of("settlementId", "S-T1", "attendees", t1Attendees)).expect(201);

        List<Map<String, Object>> went = new ArrayList<>();
        for (int i = 1; i <= COURIERS - 2; i++) {
            went.add(Map.of("participantId", String.format("SF-%03d", i)));
        }
        post("/api/v1/trips/GS-SF/settlement", Map.of("settlementId", "S-SF", "attendees", went,
                "defaultLine", Map.of("fundId", "ZJ-2025-RECUP", "earmark", "NONPUB-NEWFORM"))).expect(201);

        // --- a no-show found after settlement
        Reply corrected = post("/api/v1/trips/GS-SF/corrections/no-show", Map.of("correctionId", "K-SF-1",
                "participantId", "SF-078", "reason", "did not travel (found in the base's register)",
                "effectiveDate", "2025-05-20")).expect(201);
        assertThat(corrected.json().at("/postings/0/legs").size()).isEqualTo(2);

        // --- ledger balances to the fen
        Map<String, Long> balances = balances();
        long sfCharged = (COURIERS - 3) * 174_000L;
        long ownCharged = 3 * 174_000L + 2 * 30_000L;
        assertThat(yuan(balances.get(AccountRef.programme(GongshuCase.GONGSHU, 2025, GongshuCase.ZJ_FUND,
                "NONPUB-NEWFORM", "GS-2025-LIAOXIU").key()))).isEqualTo(Money.ofFen(54_600_000L - sfCharged)
                .toYuanString()).isEqualTo("412020.00");
        assertThat(yuan(balances.get(AccountRef.programme(GongshuCase.GONGSHU, 2025, GongshuCase.GS_FUND, null,
                "GS-2025-LIAOXIU").key()))).isEqualTo("1994180.00").isEqualTo(Money.ofFen(200_000_000L - ownCharged)
                .toYuanString());
        assertThat(yuan(balances.get(AccountRef.expense(GongshuCase.GONGSHU, 2025, GongshuCase.ZJ_FUND,
                "NONPUB-NEWFORM", "RECUPERATION").key()))).isEqualTo("133980.00");
        assertThat(yuan(balances.get(AccountRef.expense(GongshuCase.GONGSHU, 2025, GongshuCase.GS_FUND, null,
                "RECUPERATION").key()))).isEqualTo("5820.00");
        assertThat(yuan(balances.get(AccountRef.fund(GongshuCase.GONGSHU, 2025, GongshuCase.ZJ_FUND,
                "NONPUB-NEWFORM").key()))).isEqualTo("454000.00");
        assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).isZero();

        // --- read models
        Reply sf = get("/api/v1/trips/GS-SF").expect(200);
        assertThat(sf.json().at("/totals/attended").asInt()).isEqualTo(COURIERS - 3);
        assertThat(sf.json().at("/priceCap/standardId").asText()).isEqualTo("ZJ-CAP-2020");
        Reply view = get("/api/v1/programmes/GS-2025-LIAOXIU").expect(200);
        assertThat(view.json().at("/totals/budget").asText()).isEqualTo("2546000.00");
        assertThat(view.json().at("/totals/charged").asText()).isEqualTo("139800.00");
        assertThat(view.json().at("/totals/personTimes").asInt()).isEqualTo(COURIERS - 3 + 3 + 2);
        assertThat(view.json().at("/trips").size()).isEqualTo(3);
        get("/api/v1/trips/NOPE").problem(404, "not-found", "tripId");
        assertThat(f1Pseudonym).startsWith("w_");

        // --- no identity number anywhere: every collection of the database, and the log
        assertThat(PersonalDataScan.assertNoIdNumbers(database, output, idNumbers)).isGreaterThan(10);
    }

    private static Map<String, Object> trip(String id, String start, int days, String price) {
        return Map.of("tripId", id, "programmeId", "GS-2025-LIAOXIU", "contractorId", "HZ-TRAVEL-01",
                "destinationId", "ANJI-BASE", "startDate", start, "days", days, "pricePerPersonPerDay", price);
    }
}
