package org.unionfund.ledger.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.EventStoreProperties;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.testsupport.TestMongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * The newest events first: a filtered view (here by principal) shows the newest events that match, however far
 * back they lie, not the matching share of the log's newest events; pages continue with {@code before=next}.
 */
class NewestEventsTest {

    record Noted(String text) {
    }

    private NewestEvents newest;

    @BeforeEach
    void setUp() {
        MongoDatabase database = TestMongo.freshDatabase(NewestEventsTest.class);
        LedgerEventStorageEngine engine = LedgerEventStorageEngine.builder()
                .serializer(JacksonSerializer.builder().objectMapper(new ObjectMapper()).build())
                .database(database).durability(TestMongo.durability()).build();
        CommitLog commits = new CommitLog(database);
        EventLog log = new EventLog(commits, null, null, new EventStoreProperties(256, Duration.ofSeconds(60), 10_000));
        newest = new NewestEvents(commits, log);
        // 1..3 by the county clerk, then 600 by others in commits of 10, then 604 by the clerk again
        engine.appendEvents(events("county", "gs-clerk", 0, 3));
        for (int c = 0; c < 60; c++) {
            engine.appendEvents(events("province" + c, "zj-staff", 0, 10));
        }
        engine.appendEvents(events("county", "gs-clerk", 3, 1));
    }

    @Test
    void newest_first_across_the_whole_log_with_a_cursor_for_older_pages() {
        EventLogPage page = newest.page(EventFilter.NONE, 0, 5);
        assertThat(page.head()).isEqualTo(604);
        assertThat(page.events()).extracting(EventLogEntry::gseq).containsExactly(604L, 603L, 602L, 601L, 600L);
        assertThat(page.more()).isTrue();
        EventLogPage older = newest.page(EventFilter.NONE, page.next(), 3);
        assertThat(older.events()).extracting(EventLogEntry::gseq).containsExactly(599L, 598L, 597L);
    }

    @Test
    void a_sparse_filter_finds_the_newest_matching_events_far_back_in_the_log() {
        EventFilter clerk = new EventFilter(null, null, null, null, null, "gs-clerk");
        EventLogPage page = newest.page(clerk, 0, 50);
        assertThat(page.events()).extracting(EventLogEntry::gseq).containsExactly(604L, 3L, 2L, 1L);
        assertThat(page.events()).allSatisfy(e -> assertThat(e.principal()).isEqualTo("gs-clerk"));
        assertThat(page.more()).isFalse();
        EventLogPage two = newest.page(clerk, 0, 2);
        assertThat(two.events()).extracting(EventLogEntry::gseq).containsExactly(604L, 3L);
        assertThat(newest.page(clerk, two.next(), 2).events()).extracting(EventLogEntry::gseq)
                .containsExactly(2L, 1L);
    }

    private static List<DomainEventMessage<?>> events(String aggregate, String principal, long from, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (long seq = from; seq < from + count; seq++) {
            events.add(new GenericDomainEventMessage<>("Note", aggregate, seq, new Noted(aggregate + seq),
                    MetaData.with("principal", principal)));
        }
        return events;
    }
}
