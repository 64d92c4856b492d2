package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionfund.ledger.funds.scheduling.MatchingDeadlineScheduler;
import org.unionfund.ledger.testsupport.TestUsers;

/**
 * Every event records who recorded it: the authenticated principal, its role and body, and the request's correlation
 * id — read back from the commit documents in MongoDB. Background work records the configured system actor.
 */
class EventMetadataTest extends SecurityHttpTestBase {

    @Autowired
    MatchingDeadlineScheduler scheduler;

    @Test
    void every_event_of_an_authenticated_request_records_principal_role_body_and_correlation_id() {
        String correlation = "sec-meta-" + System.nanoTime();
        http.send("POST", "/api/v1/programmes/SEC-GS-PROG/budget", TestUsers.GS_CLERK, "application/json", """
                {"topUpId": "TU-META", "lines": [{"fundId": "GS-SEC-FUND", "amount": "2.00"}],
                 "effectiveDate": "2025-03-05"}""".getBytes(), "X-Correlation-Id", correlation).expect(201);

        List<Document> events = storedEvents(metadata -> correlation.equals(metadata.getString("correlationId")));

        assertThat(events).extracting(e -> e.getString("type")).containsExactlyInAnyOrder(
                "ProgrammeBudgetToppedUp", "ProgrammeBudgetAllocated");
        for (Document event : events) {
            Document metadata = event.get("metadata", Document.class);
            assertThat(metadata.getString("principal")).isEqualTo(TestUsers.GS_CLERK);
            assertThat(metadata.getString("role")).isEqualTo("CLERK");
            assertThat(metadata.getString("body")).isEqualTo("330105");
            assertThat(metadata.getString("correlationId")).isEqualTo(correlation);
            assertThat(metadata.getString("causationId")).isNotBlank();
        }
    }

    @Test
    void the_matching_deadline_scheduler_records_the_configured_system_actor() {
        awaitProjections();
        List<MatchingDeadlineScheduler.Evaluation> evaluations = scheduler.evaluateDue(
                Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(evaluations).extracting(MatchingDeadlineScheduler.Evaluation::allocationId).contains("A-SEC-HZ");

        List<Document> events = storedEvents(metadata -> true).stream()
                .filter(e -> e.getString("type").equals("MatchingShortfallRecorded")
                        || e.getString("type").equals("MatchingRequirementMet"))
                .toList();
        assertThat(events).isNotEmpty();
        for (Document event : events) {
            Document metadata = event.get("metadata", Document.class);
            assertThat(metadata.getString("principal")).isEqualTo("system");
            assertThat(metadata.getString("role")).isEqualTo("SYSTEM");
            assertThat(metadata.containsKey("body")).isFalse();
            assertThat(metadata.getString("correlationId")).isNotBlank();
        }
    }

    /** The events of every commit document whose metadata matches. */
    private List<Document> storedEvents(Predicate<Document> metadata) {
        List<Document> found = new ArrayList<>();
        for (Document commit : database.getCollection("events").find()) {
            for (Document event : commit.getList("events", Document.class)) {
                Document data = event.get("metadata", Document.class);
                if (data != null && metadata.test(data)) {
                    found.add(event);
                }
            }
        }
        return found;
    }
}
