package org.unionfund.ledger.audit;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.LedgerCli;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;
import org.unionfund.ledger.funds.query.BodyAccountsView;
import org.unionfund.ledger.funds.query.LedgerBalances;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * The auditor features over HTTP and the CLI on one small scenario: verification and tamper detection, checkpoint
 * digests, the event log, lineage, and replaying every projection. The background sealer is off, so the tests
 * decide when checkpoints are sealed.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.audit.sealer-enabled=false", "ledger.matching.scheduler-enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFeaturesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    MongoDatabase database;
    @Autowired
    ProcessorAdmin processors;
    @Autowired
    CommitLog log;

    RestClient http;
    MongoCollection<Document> events;

    @Autowired
    LedgerBalances balances;
    @Autowired
    BudgetQueries budgets;
    @Autowired
    CoverageQueries coverage;
    @Autowired
    ObjectMapper appJson;
    @Autowired
    org.unionfund.ledger.kernel.BodyDirectory directory;

    /** What the live queries answered right after each command: the answers a replay to that point must give. */
    final List<Step> steps = new ArrayList<>();

    record Step(long head, String recordedAt, Map<String, JsonNode> answers) {
    }

    @BeforeAll
    void scenario() {
        http = RestClient.builder().baseUrl(url()).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        events = database.getCollection("events");
        for (Object command : AuditScenario.commands()) {
            commands.sendAndWait(command);
            AuditTesting.awaitCaughtUp(processors);
            long head = log.head();
            CommitRecord last = log.commitContaining(head);
            steps.add(new Step(head, org.unionfund.ledger.platform.eventstore.ChainHash.recordedAt(last.recordedAt()),
                    liveAnswers()));
        }
    }

    Map<String, JsonNode> liveAnswers() {
        Map<String, JsonNode> answers = new java.util.LinkedHashMap<>();
        for (String body : List.of("330105", "330100")) {
            answers.put("/bodies/" + body + "/accounts?year=2025", live(() -> new BodyAccountsView(body,
                    directory.find(new org.unionfund.ledger.kernel.BodyId(body)).orElseThrow(
                            () -> QueryRefused.notFound("bodyId", "not registered")).ledgerId(), 2025,
                    balances.accountsOf(body, 2025))));
        }
        answers.put("/ledgers/330000/trial-balance?year=2025", live(() -> balances.trialBalance("330000", 2025)));
        answers.put("/budgets?year=2025&region=330000", live(() -> budgets.budget(2025, "330000", true, null, null)));
        answers.put("/budgets?year=2025&region=330105&subtree=false", live(() -> budgets.budget(2025, "330105",
                false, null, null)));
        answers.put("/coverage?year=2025&region=330000", live(() -> coverage.figures(new CoverageQueries.Filter(
                StatisticsPeriod.ofYear(2025), "330000", true, null, null, null))));
        return answers;
    }

    /** The live answer as JSON, or {@code {"refused": rule}} when the query is refused (e.g. an unknown region). */
    JsonNode live(java.util.function.Supplier<Object> query) {
        try {
            // Through text, so numbers compare by value with what the HTTP answer parses to.
            return JSON.readTree(appJson.writeValueAsString(query.get()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (QueryRefused refused) {
            return JSON.createObjectNode().put("refused", refused.rule());
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    // --- verification and tampering

    @Test
    void verification_streams_progress_and_finds_nothing_wrong_in_an_untouched_log() throws Exception {
        List<JsonNode> lines = ndjson(http.post().uri("/api/v1/audit/verify").retrieve().body(String.class));

        assertThat(lines.get(0).path("kind").asText()).isEqualTo("progress");
        JsonNode result = lines.get(lines.size() - 1);
        assertThat(result.path("kind").asText()).isEqualTo("result");
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.path("events").asLong()).isEqualTo(eventCount());
        assertThat(result.path("sealedTo").asLong()).isEqualTo(log.head());

        Cli cli = cli("audit", "verify");
        assertThat(cli.code).as(cli.out).isZero();
        assertThat(cli.out).contains("OK: " + eventCount() + " events");
    }

    @Test
    void a_changed_field_a_deleted_commit_and_swapped_payloads_are_each_found_at_the_first_bad_sequence()
            throws Exception {
        CommitRecord settlement = commitOf("trip:T-MAY", 2);
        long settled = settlement.first();
        tampered(settled, c -> events.updateOne(eq("_id", settled), Updates.set("events.1.payload.total.fen", 1)),
                first -> {
                    assertThat(first.path("position").asLong()).isEqualTo(settled + 1);
                    assertThat(first.path("kind").asText()).isEqualTo("content-hash");
                });

        CommitRecord enrolment = commitOf("trip:T-SF", 1);
        tampered(enrolment.first(), c -> events.deleteOne(eq("_id", enrolment.first())), first -> {
            assertThat(first.path("position").asLong()).isEqualTo(enrolment.first());
            assertThat(first.path("kind").asText()).isEqualTo("missing-commit");
        });

        CommitRecord scheduledMay = commitOf("trip:T-MAY", 0);
        CommitRecord scheduledSf = commitOf("trip:T-SF", 0);
        Document may = events.find(eq("_id", scheduledMay.first())).first();
        Document sf = events.find(eq("_id", scheduledSf.first())).first();
        try {
            events.updateOne(eq("_id", scheduledMay.first()), Updates.set("events.0.payload",
                    sf.getList("events", Document.class).get(0).get("payload")));
            events.updateOne(eq("_id", scheduledSf.first()), Updates.set("events.0.payload",
                    may.getList("events", Document.class).get(0).get("payload")));
            JsonNode result = verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("first").path("position").asLong()).isEqualTo(scheduledMay.first());
            assertThat(result.path("first").path("aggregate").asText()).isEqualTo("trip:T-MAY");

            Cli cli = cli("audit", "verify");
            assertThat(cli.code).isEqualTo(1);
            assertThat(cli.out).contains("FAILED").contains("First at global sequence " + scheduledMay.first());
        } finally {
            events.replaceOne(eq("_id", scheduledMay.first()), may);
            events.replaceOne(eq("_id", scheduledSf.first()), sf);
        }
        assertThat(verify().path("ok").asBoolean()).isTrue();
    }

    @Test
    void a_kept_checkpoint_digest_shows_whether_the_log_was_rewritten_since() throws Exception {
        JsonNode latest = JSON.readTree(http.get().uri("/api/v1/audit/checkpoints/latest").retrieve()
                .body(String.class));
        assertThat(latest.path("to").asLong()).isEqualTo(log.head());
        String digest = JSON.writeValueAsString(Map.of("number", latest.path("number").asLong(),
                "hash", latest.path("hash").asText()));
        assertThat(check(digest).path("matches").asBoolean()).isTrue();

        Path kept = Files.createTempFile("digest", ".json");
        assertThat(cli("audit", "checkpoint", "--out", kept.toString()).code).isZero();
        Cli checked = cli("audit", "check", kept.toString());
        assertThat(checked.code).as(checked.out).isZero();
        assertThat(checked.out).contains("MATCHES");

        // A consistent forgery: new content with its event hash and commit hash recomputed.
        CommitRecord target = commitOf("trip:T-SF", 0);
        Document original = events.find(eq("_id", target.first())).first();
        try {
            events.updateOne(eq("_id", target.first()), Updates.set("events.0.payload.days", 2));
            CommitRecord forged = log.read(target.first(), 1).get(0);
            EventRecord event = forged.events().get(0);
            List<String> hashes = new ArrayList<>();
            for (EventRecord e : forged.events()) {
                hashes.add(e == event ? event.computeHash(forged.first(), event.storedPrev()) : e.storedHash());
            }
            events.updateOne(eq("_id", target.first()), Updates.combine(
                    Updates.set("hashes", AuditTesting.withHash(original, "hashes", 0, hashes.get(0))),
                    Updates.set("hash", forged.computeHash(hashes))));

            JsonNode result = check(digest);
            assertThat(result.path("matches").asBoolean()).isFalse();
            assertThat(result.path("detail").asText()).contains("rewritten");
            assertThat(cli("audit", "check", kept.toString()).code).isEqualTo(1);
        } finally {
            events.replaceOne(eq("_id", target.first()), original);
        }
        assertThat(check(digest).path("matches").asBoolean()).isTrue();
    }

    // --- event log

    @Test
    void the_event_log_pages_through_everything_in_global_order() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        boolean more = true;
        while (more) {
            JsonNode page = get("/api/v1/audit/events?limit=7&after=" + after);
            page.path("events").forEach(all::add);
            assertThat(page.path("events").size()).isLessThanOrEqualTo(7);
            after = page.path("next").asLong();
            more = page.path("more").asBoolean();
        }
        assertThat(all).hasSize((int) eventCount());
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).path("gseq").asLong()).isGreaterThan(all.get(i - 1).path("gseq").asLong());
        }
        JsonNode allocation = all.stream().filter(e -> e.path("type").asText().equals("FundsAllocated"))
                .findFirst().orElseThrow();
        assertThat(allocation.path("payload").path("amount").asText()).isEqualTo("4000000.00");
        assertThat(allocation.path("principal").asText()).isNotBlank();
        assertThat(allocation.path("correlationId").asText()).isNotBlank();
        assertThat(allocation.path("recordedAt").asText()).endsWith("Z");
        assertThat(allocation.path("hash").asText()).hasSize(64);
    }

    @Test
    void the_event_log_filters_by_type_aggregate_body_subtree_and_recording_time() throws Exception {
        JsonNode allocations = get("/api/v1/audit/events?type=FundsAllocatedEvent");
        assertThat(allocations.path("events")).extracting(e -> e.path("payload").path("allocationId").path("value")
                .asText()).containsExactly("A-ZJ-HZ", "A-HZ-GS", AuditScenario.MATCHED_ALLOCATION);

        JsonNode trip = get("/api/v1/audit/events?aggregate=trip:T-MAY&limit=2");
        assertThat(trip.path("events")).extracting(e -> e.path("type").asText())
                .containsExactly("TripScheduled", "ParticipantsEnrolled");
        JsonNode rest = get("/api/v1/audit/events?aggregate=trip:T-MAY&after=" + trip.path("next").asLong());
        assertThat(rest.path("events")).extracting(e -> e.path("type").asText())
                .containsExactly("TripSettled", "NoShowRemoved");
        assertThat(rest.path("more").asBoolean()).isFalse();

        List<String> gongshu = types(get("/api/v1/audit/events?body=330105&limit=1000"));
        assertThat(gongshu).contains("ProgrammeOpened", "TripScheduled", "ParticipantsEnrolled", "TripSettled",
                "WorkerFunded", "NoShowRemoved");
        assertThat(get("/api/v1/audit/events?body=330105&type=FundsAllocatedEvent").path("events"))
                .extracting(e -> e.path("payload").path("allocationId").path("value").asText())
                .containsExactly("A-HZ-GS");
        assertThat(get("/api/v1/audit/events?body=330100&type=FundsAllocatedEvent").path("events"))
                .extracting(e -> e.path("payload").path("allocationId").path("value").asText())
                .containsExactly("A-ZJ-HZ", "A-HZ-GS", AuditScenario.MATCHED_ALLOCATION);
        assertThat(types(get("/api/v1/audit/events?body=330105&limit=1000"))).doesNotContain("StandardSet");

        assertThat(get("/api/v1/audit/events?type=FundsAllocated").path("events")).isEqualTo(allocations.path("events"));
        assertThat(get("/api/v1/audit/events?type=org.unionfund.ledger.funds.api.FundsAllocatedEvent").path("events"))
                .isEqualTo(allocations.path("events"));
        JsonNode settled = get("/api/v1/audit/events?type=TripSettledEvent").path("events");
        String from = settled.get(0).path("recordedAt").asText();
        String to = settled.get(1).path("recordedAt").asText();
        JsonNode window = get("/api/v1/audit/events?limit=1000&from=" + from + "&to=" + to);
        assertThat(window.path("events").size()).isGreaterThan(0);
        for (JsonNode event : window.path("events")) {
            assertThat(event.path("recordedAt").asText()).isGreaterThanOrEqualTo(from).isLessThan(to);
        }
    }

    // --- lineage

    @Test
    void a_settlement_traces_its_money_up_to_the_province_fund() throws Exception {
        JsonNode lineage = get("/api/v1/audit/lineage/postings/330000/" + AuditScenario.SETTLEMENT_POSTING);

        assertThat(lineage.path("trip").path("tripId").asText()).isEqualTo("T-MAY");
        String tree = lineage.path("upstream").toString();
        assertThat(tree).contains("\"postingId\":\"GS-2025-LIAOXIU\"", "\"postingId\":\"A-HZ-GS\"",
                "\"postingId\":\"A-ZJ-HZ\"", "\"postingId\":\"ZJ-2025-RECUP\"", "\"postingId\":\"GS-2025-RECUP\"",
                "own budget of body 330000", "own budget of body 330105", "\"amount\":\"1000000.00\"");
        assertThat(tree).doesNotContain(AuditScenario.MATCHED_ALLOCATION);
        assertThat(lineage.path("legs").toString()).contains("\"amount\":\"1740.00\"");
    }

    @Test
    void an_allocation_traces_its_money_down_to_the_trips_and_shows_its_matching_commitments() throws Exception {
        String tree = get("/api/v1/audit/lineage/postings/330000/A-ZJ-HZ").path("downstream").toString();
        assertThat(tree).contains("\"postingId\":\"A-HZ-GS\"", "\"postingId\":\"GS-2025-LIAOXIU\"",
                "\"postingId\":\"" + AuditScenario.SETTLEMENT_POSTING + "\"", "\"tripId\":\"T-MAY\"",
                "\"postingId\":\"" + AuditScenario.SF_SETTLEMENT_POSTING + "\"", "\"tripId\":\"T-SF\"", "spent: RECUPERATION");

        JsonNode matched = get("/api/v1/audit/lineage/postings/330000/" + AuditScenario.MATCHED_ALLOCATION);
        assertThat(matched.path("upstream").toString()).contains("\"postingId\":\"ZJ-2025-RECUP\"");
        assertThat(matched.path("downstream").toString()).contains("R-HZ-1");
        JsonNode asFlow = get("/api/v1/audit/lineage/postings/330000/M-HZ-1");
        assertThat(asFlow.path("event").asText()).isEqualTo("MatchingFundsCommittedEvent");
        String fromSettlementSide = get("/api/v1/audit/lineage/postings/330000/A-ZJ-HZ").toString();
        assertThat(fromSettlementSide).contains("\"event\":\"FundsAllocatedEvent\"");
        String upstreamOfCity = get("/api/v1/audit/lineage/postings/330000/A-HZ-GS").path("upstream").toString();
        assertThat(upstreamOfCity).contains("\"postingId\":\"A-ZJ-HZ\"");
        assertThat(http.get().uri("/api/v1/audit/lineage/postings/330000/NO-SUCH").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void matching_commitments_of_an_allocation_appear_in_its_lineage_node() throws Exception {
        String downstreamOfProvince = get("/api/v1/audit/lineage/postings/330000/ZJ-2025-RECUP").path("downstream")
                .toString();
        assertThat(downstreamOfProvince).contains("\"postingId\":\"" + AuditScenario.MATCHED_ALLOCATION + "\"",
                "\"matchingCommitments\":[{\"commitmentId\":\"M-HZ-1\",\"amount\":\"300000.00\"");
    }

    // --- export and import

    @Test
    void an_export_checks_by_hand_and_imports_into_an_empty_store_with_the_same_digest_and_projections()
            throws Exception {
        String exported = http.get().uri("/api/v1/audit/export").retrieve().body(String.class);
        Path file = Files.createTempFile("ledger-export", ".ndjson");
        Cli cli = cli("audit", "export", "--out", file.toString());
        assertThat(cli.code).as(cli.out).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(exported);
        String digest = OutsideAuditor.check(bytes);
        assertThat(cli.out).contains("digest " + digest);

        try (var second = AuditTesting.startEmptyInstance()) {
            String secondUrl = second.url();
            Cli imported = cliAt(secondUrl, "audit", "import", file.toString());
            assertThat(imported.code).as(imported.out).isZero();
            assertThat(imported.out).contains("verification OK");

            RestClient other = RestClient.builder().baseUrl(secondUrl).defaultHeaders(TestUsers::asSystem)
                    .defaultStatusHandler(status -> true, (request, response) -> { }).build();
            assertThat(other.get().uri("/api/v1/audit/export").retrieve().body(String.class)).isEqualTo(exported);
            JsonNode verified = JSON.readTree(other.post().uri("/api/v1/audit/verify?progress=false").retrieve()
                    .body(String.class));
            assertThat(verified.path("ok").asBoolean()).isTrue();
            assertThat(verified.path("events").asLong()).isEqualTo(eventCount());

            AuditTesting.awaitCaughtUp(processors);
            AuditTesting.awaitCaughtUp(second.processors());
            MongoDatabase copy = second.database();
            assertThat(AuditTesting.documents(copy, "events")).isEqualTo(AuditTesting.documents(database, "events"));
            for (String collection : AuditTesting.PROJECTION_COLLECTIONS) {
                assertThat(AuditTesting.documents(copy, collection)).as(collection)
                        .isEqualTo(AuditTesting.documents(database, collection));
            }

            var again = other.post().uri("/api/v1/audit/import").contentType(MediaType.valueOf("application/x-ndjson"))
                    .body(bytes).retrieve().toEntity(String.class);
            assertThat(again.getStatusCode().value()).isEqualTo(409);
            assertThat(again.getBody()).contains("store-not-empty");
        }
    }

    // --- as of

    @Test
    void as_of_answers_equal_what_the_live_queries_said_at_random_points_of_the_history() throws Exception {
        java.util.Random random = new java.util.Random(20250410L);
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < 10) {
            int step = random.nextInt(steps.size());
            if (!picked.contains(step)) {
                picked.add(step);
            }
        }
        picked.add(steps.size() - 1);
        for (int index : picked) {
            Step step = steps.get(index);
            boolean timeIsExact = index + 1 >= steps.size()
                    || !steps.get(index + 1).recordedAt().equals(step.recordedAt());
            for (Map.Entry<String, JsonNode> expected : step.answers().entrySet()) {
                String separator = expected.getKey().contains("?") ? "&" : "?";
                if (expected.getValue().has("refused")) {
                    var refused = http.get().uri("/api/v1/audit/as-of" + expected.getKey() + separator + "asOf="
                            + step.head()).retrieve().toEntity(String.class);
                    assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
                    assertThat(JSON.readTree(refused.getBody()).path("rule").asText())
                            .isEqualTo(expected.getValue().path("refused").asText());
                    continue;
                }
                JsonNode bySequence = get("/api/v1/audit/as-of" + expected.getKey() + separator + "asOf="
                        + step.head());
                assertThat(bySequence.path("asOf").path("sequence").asLong()).isEqualTo(step.head());
                assertThat(bySequence.path("answer")).as("step %d (sequence %d): %s", index, step.head(),
                        expected.getKey()).isEqualTo(expected.getValue());
                if (timeIsExact) {
                    JsonNode byTime = get("/api/v1/audit/as-of" + expected.getKey() + separator + "asOf="
                            + step.recordedAt());
                    assertThat(byTime.path("asOf").path("sequence").asLong()).isEqualTo(step.head());
                    assertThat(byTime.path("answer")).isEqualTo(expected.getValue());
                }
            }
        }
        JsonNode again = get("/api/v1/audit/as-of/ledgers/330000/trial-balance?year=2025&asOf="
                + steps.get(picked.get(picked.size() - 1)).head());
        assertThat(again.path("cached").asBoolean()).isTrue();
    }

    @Test
    void as_of_about_a_period_counts_only_what_was_effective_in_it() throws Exception {
        long end = log.head();
        // What we know now about the first quarter: the budgets, not the May trips.
        JsonNode firstQuarter = get("/api/v1/audit/as-of/bodies/330105/accounts?year=2025&asOf=" + end
                + "&effectiveFrom=2025-01-01&effectiveTo=2025-03-31");
        JsonNode now = get("/api/v1/audit/as-of/bodies/330105/accounts?year=2025&asOf=" + end);
        assertThat(balanceOf(firstQuarter, "PROGRAMME|330105|2025|GS-2025-RECUP||", "GS-2025-LIAOXIU"))
                .isEqualTo("2000000.00");
        assertThat(balanceOf(now, "PROGRAMME|330105|2025|GS-2025-RECUP||", "GS-2025-LIAOXIU"))
                .isEqualTo("1996520.00");
        assertThat(firstQuarter.path("answer").toString()).doesNotContain("EXPENSE");
        assertThat(now.path("answer").toString()).contains("EXPENSE");
        // Nothing was effective yet in 2024.
        JsonNode before = get("/api/v1/audit/as-of/ledgers/330000/trial-balance?year=2025&asOf=" + end
                + "&effectiveTo=2024-12-31");
        assertThat(before.path("answer").path("net").asText()).isEqualTo("0.00");
        assertThat(before.path("answer").path("kinds").toString()).doesNotContain("\"accounts\":1");
        // A date means the end of that day in Asia/Shanghai: nothing was recorded before the scenario ran.
        JsonNode early = get("/api/v1/audit/as-of/ledgers/330000/trial-balance?year=2025&asOf=2020-01-01");
        assertThat(early.path("asOf").path("sequence").asLong()).isZero();
    }

    static String balanceOf(JsonNode answer, String key, String programme) {
        for (JsonNode account : answer.path("answer").path("accounts")) {
            if (account.path("account").path("key").asText().equals(key + "|" + programme)) {
                return account.path("balance").asText();
            }
        }
        return null;
    }

    // --- replay

    @Test
    void every_projection_replays_from_the_cli_with_a_progress_bar() throws Exception {
        Cli cli = cli("processors", "replay", "--all");
        assertThat(cli.code).as(cli.out).isZero();
        assertThat(cli.out).contains("caught up").contains("audit-lineage").contains("account-balances");
        JsonNode status = get("/api/v1/audit/replay");
        assertThat(status.path("processors").get(0).has("progress")).isTrue();
        AuditTesting.awaitCaughtUp(processors);
        assertThat(get("/api/v1/audit/lineage/postings/330000/A-ZJ-HZ").path("downstream").toString())
                .contains("T-MAY");
    }

    // --- helpers

    long eventCount() {
        long count = 0;
        for (long window = 1; window <= log.head(); window += CommitLog.WINDOW) {
            for (CommitRecord commit : log.read(window, CommitLog.WINDOW)) {
                count += commit.events().size();
            }
        }
        return count;
    }

    CommitRecord commitOf(String aggregate, long seq) {
        return log.commitOf(aggregate, seq);
    }

    JsonNode verify() throws Exception {
        return JSON.readTree(http.post().uri("/api/v1/audit/verify?progress=false").retrieve().body(String.class));
    }

    JsonNode check(String digest) throws Exception {
        List<JsonNode> lines = ndjson(http.post().uri("/api/v1/audit/checkpoints/check")
                .contentType(MediaType.APPLICATION_JSON).body(digest).retrieve().body(String.class));
        return lines.get(lines.size() - 1);
    }

    /** Applies a change to the store, verifies, checks the first error, and puts the commit back. */
    void tampered(long commit, Consumer<Long> change, Consumer<JsonNode> firstError) throws Exception {
        Document original = events.find(eq("_id", commit)).first();
        change.accept(commit);
        try {
            JsonNode result = verify();
            assertThat(result.path("ok").asBoolean()).as(result.toString()).isFalse();
            firstError.accept(result.path("first"));
        } finally {
            events.replaceOne(eq("_id", commit), original, new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
        assertThat(verify().path("ok").asBoolean()).isTrue();
    }

    JsonNode get(String path) throws Exception {
        var response = http.get().uri(path).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.path("events").forEach(e -> types.add(e.path("type").asText()));
        return types;
    }

    static List<JsonNode> ndjson(String body) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    record Cli(int code, String out) {
    }

    Cli cli(String... words) {
        return cliAt(url(), words);
    }

    Cli cliAt(String url, String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        args.addAll(List.of("--url", url, "--user", TestUsers.SYSTEM, "--password", TestUsers.PASSWORD));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = LedgerCli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static void awaitTrue(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(Patience.HANG_GUARD).pollInterval(Duration.ofMillis(50)).until(condition);
    }
}
