package org.unionfund.ledger.audit.log;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
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
import com.mongodb.client.model.Updates;

/** Paging the event log by global sequence: inside commits, by aggregate, and never past a commit being written. */
class EventLogPagingTest {

    record Paid(String account, Money amount, BigDecimal rate) {
    }

    record Money(long fen) {
    }

    private MongoDatabase database;
    private LedgerEventStorageEngine engine;
    private EventLog log;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(EventLogPagingTest.class);
        engine = LedgerEventStorageEngine.builder()
                .serializer(JacksonSerializer.builder().objectMapper(new ObjectMapper()).build())
                .database(database).durability(TestMongo.durability()).build();
        log = new EventLog(new CommitLog(database), null, null,
                new EventStoreProperties(256, Duration.ofSeconds(60), 10_000));
        // 1..5: a/0..4 in one commit | 6: b/0 | 7..9: a/5, b/1, c/0 | 10..12: c/1..3
        engine.appendEvents(events("a", 0, 5));
        engine.appendEvents(events("b", 0, 1));
        engine.appendEvents(List.of(event("a", 5), event("b", 1), event("c", 0)));
        engine.appendEvents(events("c", 1, 3));
    }

    @Test
    void pages_split_commits_and_continue_where_they_stopped() {
        List<Long> seen = new ArrayList<>();
        long after = 0;
        boolean more = true;
        while (more) {
            EventLogPage page = log.page(EventFilter.NONE, after, 4);
            page.events().forEach(e -> seen.add(e.gseq()));
            after = page.next();
            more = page.more();
        }
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        EventLogEntry first = log.page(EventFilter.NONE, 0, 1).events().get(0);
        assertThat(first.payload().path("amount").asText()).isEqualTo("1.00");
        assertThat(first.principal()).isEqualTo("clerk");
        assertThat(first.type()).isEqualTo("Paid");
    }

    @Test
    void an_aggregate_filter_reads_the_aggregate_stream() {
        EventLogPage page = log.page(new EventFilter(null, "a", null, null, null), 0, 4);
        assertThat(page.events()).extracting(EventLogEntry::gseq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(page.more()).isTrue();
        EventLogPage rest = log.page(new EventFilter(null, "a", null, null, null), page.next(), 4);
        assertThat(rest.events()).extracting(EventLogEntry::gseq).containsExactly(5L, 7L);
        assertThat(rest.more()).isFalse();
        assertThat(log.page(new EventFilter(null, "c", null, null, null), 8, 10).events())
                .extracting(EventLogEntry::seq).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void the_walk_stops_before_a_commit_still_being_written_and_passes_it_once_it_is_given_up() {
        database.getCollection("events").deleteOne(eq("_id", 6L));

        EventLogPage page = log.page(EventFilter.NONE, 0, 100);
        assertThat(page.events()).extracting(EventLogEntry::gseq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(page.next()).isEqualTo(5);
        assertThat(page.more()).isTrue();

        // The commit after the gap was recorded longer than the gap timeout ago: the number is given up.
        database.getCollection("events").updateOne(eq("_id", 7L), Updates.set("recordedAt", new Date(0)));
        assertThat(log.page(EventFilter.NONE, 5, 100).events()).extracting(EventLogEntry::gseq)
                .containsExactly(7L, 8L, 9L, 10L, 11L, 12L);
    }

    private static DomainEventMessage<Paid> event(String aggregate, long seq) {
        return new GenericDomainEventMessage<>("Account", aggregate, seq,
                new Paid(aggregate, new Money(100 + seq), new BigDecimal("1.50")), MetaData.with("principal", "clerk"));
    }

    private static List<DomainEventMessage<?>> events(String aggregate, long from, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (long seq = from; seq < from + count; seq++) {
            events.add(event(aggregate, seq));
        }
        return events;
    }
}
