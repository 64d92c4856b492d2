package org.unionfund.ledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.testsupport.GongshuCase.EARMARK;
import static org.unionfund.ledger.testsupport.GongshuCase.EARMARKED_LINE;
import static org.unionfund.ledger.testsupport.GongshuCase.GONGSHU;
import static org.unionfund.ledger.testsupport.GongshuCase.LEDGER;
import static org.unionfund.ledger.testsupport.GongshuCase.ZJ_FUND;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gongshu's trip T1 (3 days × 580): courier B on the earmarked line, frontline A on the own line and a family member
 * who pays their own way; then a direct cost of 10,000 on the earmarked line. Earmark compliance and utilisation
 * through HTTP (JSON, CSV, refusals), and participant-days with one meaning in the trip view and the statistics.
 */
@LedgerAppTest
@TestPropertySource(properties = "ledger.test.context=earmarks")
class EarmarkAndParticipantDaysHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean loaded;

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private RestClient http;

    @BeforeEach
    void world() throws Exception {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        if (loaded) {
            return;
        }
        List<Object> all = new ArrayList<>(GongshuCase.world(FrequencyRule.ONCE_PER_YEAR, null));
        all.add(GongshuCase.trip("T1", LocalDate.of(2025, 5, 6), 3, 580));
        all.add(new EnrolParticipantsCommand(new TripId("T1"), new EnrolmentId("E1"), List.of(
                GongshuCase.frontline("A", 1), GongshuCase.courier("B", 2), GongshuCase.family("FAM"))));
        all.add(new SettleTripCommand(new TripId("T1"), new SettlementId("S1"), List.of(
                new AttendeeFunding(new ParticipantId("A"), null),
                new AttendeeFunding(new ParticipantId("B"), EARMARKED_LINE),
                new AttendeeFunding(new ParticipantId("FAM"), null)), null, null));
        all.add(new PostSharedCostCommand(LEDGER, new PostingId("GS-EM-DIRECT-1"), "新就业形态专场宣传费",
                "publicity", LocalDate.of(2025, 7, 1), List.of(new SharedCostShare(GONGSHU, ZJ_FUND, EARMARK,
                        yuan(10_000)))));
        all.forEach(commands::sendAndWait);
        caughtUp();
        loaded = true;
    }

    @Test
    void earmark_compliance_and_utilisation_in_json_and_csv() {
        JsonNode own = get("/api/v1/statistics/earmarks?year=2025&region=330105&subtree=false", 200);
        assertThat(own.at("/name").asText()).isEqualTo("拱墅区总工会");
        assertThat(own.at("/lines/0/fund").asText()).isEqualTo("ZJ-2025-RECUP");
        assertThat(own.at("/lines/0/earmark").asText()).isEqualTo(EARMARK);
        // spent: B's 1,740 (a courier: fits) + the direct cost 10,000 (names no participant)
        JsonNode totals = own.at("/totals");
        assertThat(List.of(totals.path("earmarked").asText(), totals.path("spent").asText(),
                totals.path("eligibleSpent").asText(), totals.path("otherSpent").asText(),
                totals.path("compliance").asText(), totals.path("utilisation").asText()))
                .containsExactly("1000000.00", "11740.00", "1740.00", "10000.00", "0.148211", "0.0117400");

        JsonNode regions = get("/api/v1/statistics/earmarks/regions?year=2025&region=330000", 200);
        assertThat(regions.at("/total/earmarked").asText()).isEqualTo("10000000.00");
        assertThat(regions.at("/total/utilisation").asText()).isEqualTo("0.00117400");
        assertThat(regions.at("/items/0/body").asText()).isEqualTo("330000");
        assertThat(regions.at("/items/0/subtree").asBoolean()).isFalse();
        assertThat(regions.at("/items/1/name").asText()).isEqualTo("杭州市总工会");
        assertThat(regions.at("/items/1/figures/compliance").asText()).isEqualTo("0.148211");

        ResponseEntity<String> csv = http.get().uri("/api/v1/statistics/earmarks/regions?year=2025&region=330000")
                .accept(MediaType.valueOf("text/csv")).retrieve().toEntity(String.class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines[0]).isEqualTo("body,name,level,subtree,figures.earmarked,figures.spent,"
                + "figures.eligibleSpent,figures.otherSpent,figures.compliance,figures.utilisation");
        assertThat(lines[2]).isEqualTo("330100,杭州市总工会,CITY,true,4000000.00,11740.00,1740.00,10000.00,"
                + "0.148211,0.00293500");
    }

    @Test
    void bad_earmark_queries_are_problems_naming_the_field() {
        JsonNode unknown = problem("/api/v1/statistics/earmarks?year=2025&region=999999", 404);
        assertThat(unknown.toString()).contains("region");
        problem("/api/v1/statistics/earmarks?region=330105", 400);
        problem("/api/v1/statistics/earmarks/regions?year=twenty&region=330105", 400);
    }

    @Test
    void participant_days_count_workers_only_in_the_trip_view_the_programme_view_and_the_statistics() {
        JsonNode trip = get("/api/v1/trips/T1", 200);
        assertThat(trip.at("/totals/attended").asInt()).isEqualTo(3);
        assertThat(trip.at("/totals/participantDays").asInt()).isEqualTo(2 * 3);
        assertThat(trip.at("/totals/familyAttended").asInt()).isEqualTo(1);
        assertThat(trip.at("/totals/familyParticipantDays").asInt()).isEqualTo(3);
        JsonNode coverage = get("/api/v1/statistics/coverage?year=2025&region=330105", 200);
        assertThat(coverage.at("/participantDays").asInt()).isEqualTo(trip.at("/totals/participantDays").asInt());
        assertThat(coverage.at("/personTimes").asInt()).isEqualTo(2);
        JsonNode perCapita = get("/api/v1/statistics/per-capita?year=2025&region=330105", 200);
        assertThat(perCapita.at("/participantDays").asInt()).isEqualTo(2 * 3);
        JsonNode programme = get("/api/v1/programmes/" + GongshuCase.PROGRAMME.value(), 200);
        assertThat(programme.at("/totals/participantDays").asInt()).isEqualTo(2 * 3);
    }

    private JsonNode get(String path, int status) {
        ResponseEntity<String> response = http.get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve()
                .toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode problem(String path, int status) {
        ResponseEntity<String> response = http.get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve()
                .toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void caughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode processors = get("/api/v1/admin/processors", 200);
            boolean all = true;
            for (JsonNode p : processors) {
                all &= p.path("caughtUp").asBoolean() && p.path("behind").asLong() == 0
                        && !p.path("replaying").asBoolean();
            }
            if (all) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("processors did not catch up");
    }
}
