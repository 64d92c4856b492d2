package org.unionfund.ledger.recuperation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.ResidentIds;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * Trips judged and committed in groups (Gongshu 2025, once per year): a refused trip in the middle of a file leaves
 * no trace on the trips after it — in the dry run (one pass, no restart) as in the commit (trip by trip) — a worker
 * in two trips of one group is read once and refused the second time, and a clean group is one append while a group
 * with a refused trip is rolled back and written trip by trip.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.test.context=imports", "ledger.imports.commit-group-trips=50"})
class ImportGroupsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    MongoDatabase database;
    @TempDir
    Path dir;

    private RestClient http;

    @BeforeEach
    void world() throws Exception {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        ImportWorld.load(port, http, commands);
    }

    @Test
    void a_refused_trip_in_the_middle_is_judged_in_the_dry_run_as_the_commit_judges_it_trip_by_trip()
            throws Exception {
        List<String> workers = byPseudonym(ids(31, 12));
        String last = workers.get(11); // charged after all others of its trip: they were funded before it failed
        String other = workers.get(10);
        List<String> middle = workers.subList(0, 10);
        List<List<String>> rows = new ArrayList<>();
        trip(rows, "G1-A", List.of(last, other));
        List<String> refusedTrip = new ArrayList<>(middle);
        refusedTrip.add(last); // funded in G1-A: frequency exceeded, after the ledger charge and ten fundings
        trip(rows, "G1-B", refusedTrip);
        trip(rows, "G1-C", middle); // judged as if G1-B had never been sent
        trip(rows, "G1-D", List.of(other));

        Map<String, String> dry = statuses(upload(csv("g1.csv", rows), true));
        Map<String, String> written = statuses(upload(csv("g1.csv", rows), false));

        assertThat(dry).containsEntry("G1-A", "WOULD_WRITE").containsEntry("G1-B", "HELD,REFUSED:frequency-exceeded")
                .containsEntry("G1-C", "WOULD_WRITE").containsEntry("G1-D", "REFUSED:frequency-exceeded");
        assertThat(written.keySet()).isEqualTo(dry.keySet());
        dry.forEach((trip, status) -> assertThat(written.get(trip)).as(trip)
                .isEqualTo(status.replace("WOULD_WRITE", "WRITTEN")));
    }

    @Test
    void the_dry_run_carries_frequency_from_one_window_to_the_next() throws Exception {
        List<String> workers = ids(33, 60);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            trip(rows, "G3-" + i, List.of(workers.get(i))); // 60 trips: more than one window of 50
        }
        trip(rows, "G3-LAST", List.of(workers.get(0))); // funded in the first window
        Map<String, String> dry = statuses(upload(csv("g3.csv", rows), true));
        assertThat(dry).hasSize(61).containsEntry("G3-LAST", "REFUSED:frequency-exceeded");
        assertThat(dry.values().stream().filter("WOULD_WRITE"::equals)).hasSize(60);
    }

    @Test
    void a_clean_group_is_one_append_and_a_group_with_a_refused_trip_is_written_trip_by_trip() throws Exception {
        List<String> workers = ids(32, 7);
        List<List<String>> clean = new ArrayList<>();
        trip(clean, "G2-A", workers.subList(0, 2));
        trip(clean, "G2-B", workers.subList(2, 4));
        trip(clean, "G2-C", workers.subList(4, 5));
        long before = commits();
        assertThat(statuses(upload(csv("clean.csv", clean), false))).containsOnlyKeys("G2-A", "G2-B", "G2-C")
                .containsValues("WRITTEN");
        assertThat(commits()).as("one append for the group").isEqualTo(before + 1);
        assertThat(statuses(upload(csv("clean.csv", clean), false))).containsValues("ALREADY_PRESENT")
                .doesNotContainValue("WRITTEN");
        assertThat(commits()).isEqualTo(before + 1);

        List<List<String>> mixed = new ArrayList<>();
        trip(mixed, "G2-D", workers.subList(5, 6));
        trip(mixed, "G2-E", workers.subList(0, 1)); // funded in G2-A
        trip(mixed, "G2-F", workers.subList(6, 7));
        assertThat(statuses(upload(csv("mixed.csv", mixed), false))).containsEntry("G2-D", "WRITTEN")
                .containsEntry("G2-E", "REFUSED:frequency-exceeded").containsEntry("G2-F", "WRITTEN");
        assertThat(commits()).as("the group rolled back, its trips written one by one").isEqualTo(before + 3);
    }

    private List<String> ids(long seed, int count) {
        ResidentIds generator = new ResidentIds(seed);
        List<String> ids = new ArrayList<>();
        while (ids.size() < count) {
            String id = generator.next();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The identity numbers in the order of their pseudonyms (the order a settlement funds workers in). */
    private List<String> byPseudonym(List<String> ids) throws Exception {
        List<List<String>> probe = new ArrayList<>();
        trip(probe, "PROBE-" + ids.get(0).substring(10), ids);
        JsonNode report = upload(csv("probe.csv", probe), true);
        Map<String, String> pseudonyms = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            pseudonyms.put(ids.get(i), report.path("outcomes").get(i).path("participantId").asText());
        }
        return ids.stream().sorted(Comparator.comparing(pseudonyms::get)).toList();
    }

    private static void trip(List<List<String>> rows, String code, List<String> workers) {
        int n = rows.size();
        for (String id : workers) {
            rows.add(List.of("GS-2025-LIAOXIU", code, "HZ-TRAVEL-01", "ANJI-BASE", "2025-04-0" + (1 + n % 9), "1",
                    "150", id, "职工" + rows.size(), "一线职工", "", "国有企业", "某企业", "否", "是", "GS-2025-RECUP", "",
                    ""));
        }
    }

    private Path csv(String name, List<List<String>> rows) throws Exception {
        Path file = dir.resolve(name);
        ImportSample.writeCsv(file, rows, ImportSample.utf8(), true);
        return file;
    }

    /** Per trip its distinct statuses, sorted, refusals with their rule ("HELD,REFUSED:frequency-exceeded"). */
    private static Map<String, String> statuses(JsonNode report) {
        Map<String, java.util.TreeSet<String>> byTrip = new LinkedHashMap<>();
        report.path("outcomes").forEach(o -> byTrip.computeIfAbsent(o.path("tripId").asText(),
                t -> new java.util.TreeSet<>()).add(o.path("status").asText()
                        + (o.path("status").asText().equals("REFUSED") ? ":" + o.path("rule").asText() : "")));
        Map<String, String> out = new LinkedHashMap<>();
        byTrip.forEach((trip, set) -> out.put(trip, String.join(",", set)));
        return out;
    }

    private JsonNode upload(Path file, boolean dryRun) throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        String body = http.post().uri("/api/v1/imports/trips?dryRun=" + dryRun)
                .headers(h -> h.setBasicAuth(TestUsers.GS_CLERK, TestUsers.PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(String.class);
        return JSON.readTree(body);
    }

    private long commits() {
        return database.getCollection("events").countDocuments();
    }
}
