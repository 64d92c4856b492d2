package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.platform.eventstore.EventRecord;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.testsupport.LedgerAppTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * An insider with a MongoDB client on the store changes or deletes checkpoints, leaves a gap, and deletes the newest
 * commit so that the next act reuses its aggregate sequence; verify names each, and the sealer neither seals over a
 * deleted checkpoint nor seals a gap silently.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.audit.seal-interval=200ms", "ledger.matching.scheduler-enabled=false",
        "ledger.eventstore.gap-timeout=3s", "ledger.test.context=insider-checkpoints"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsiderCheckpointTamperTest extends InsiderSetting {

    @Test
    @Order(12)
    void aChangedCheckpointIsNamed() throws Exception {
        Document checkpoint = checkpoints.find(eq("_id", 1L)).first();
        try {
            checkpoints.updateOne(eq("_id", 1L), Updates.set("to", ((Number) checkpoint.get("to")).longValue() - 1));
            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(moves.kinds(result)).contains("checkpoint-signature");
        } finally {
            checkpoints.replaceOne(eq("_id", 1L), checkpoint);
        }
        moves.assertClean();
    }

    @Test
    @Order(13)
    void aDeletedCheckpointIsNamedAndTheSealerDoesNotSealOverIt() throws Exception {
        Document pointer = checkpoints.find(eq("_id", "latest")).first();
        long latest = ((Number) pointer.get("number")).longValue();
        Document newest = checkpoints.find(eq("_id", latest)).first();
        try {
            checkpoints.deleteOne(eq("_id", latest));
            checkpoints.updateOne(eq("_id", "latest"), Updates.set("number", latest - 1));
            JsonNode result = moves.verify();
            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("first").path("kind").asText()).isEqualTo("checkpoint-deleted");
            Thread.sleep(600); // three sealer rounds: it must not seal the stretch again
            assertThat(checkpoints.find(eq("_id", latest)).first()).isNull();
        } finally {
            checkpoints.replaceOne(eq("_id", latest), newest, new ReplaceOptions().upsert(true));
            checkpoints.replaceOne(eq("_id", "latest"), pointer);
        }
        moves.assertClean();
    }

    @Test
    @Order(14)
    void anExpiredGapBecomesASignedVoidedRecordNotASilentHole() throws Exception {
        MongoCollection<Document> sequences = insider.getDatabase(appDatabase.getName()).getCollection("sequences");
        long before = log.head();
        // A writer of before (which reserved through the counter, then standing at the head) reserves two numbers
        // and dies before storing its commit. Writers of today reserve nothing and move the counter up only now and
        // then, so it is set, not incremented.
        sequences.updateOne(eq("_id", "events"), Updates.set("value", before + 2), new UpdateOptions().upsert(true));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> events.find(eq("_id", before + 1)).first() != null);
        Document voided = events.find(eq("_id", before + 1)).first();
        assertThat(voided.getString("voided")).startsWith("expired");
        assertThat(voided.get("last")).isEqualTo(before + 2);
        moves.awaitSealedToHead();
        JsonNode result = moves.verify();
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(moves.kinds(result)).contains("voided");
    }

    @Test
    @Order(15)
    void aReusedAggregateSequenceAfterDeletingTheNewestCommitIsNamed() throws Exception {
        // The newest commit is the ledger's (the scenario ends with a reversal); the insider deletes it once sealed.
        long victim = log.head();
        while (log.commitContaining(victim).events().isEmpty()) {
            victim = log.commitContaining(victim).first() - 1; // skip the voided record of the previous test
        }
        victim = log.commitContaining(victim).first();
        EventRecord deleted = log.commitContaining(victim).events().get(0);
        assertThat(deleted.aggregateId()).isEqualTo(GongshuCase.LEDGER.rootBodyId());
        events.deleteOne(eq("_id", victim));
        commands.sendAndWait(new AllocateFundsCommand(GongshuCase.LEDGER, new AllocationId("A-AFTER-DELETE"),
                GongshuCase.ZHEJIANG, GongshuCase.ZJ_FUND, null, GongshuCase.HANGZHOU, GongshuCase.yuan(100),
                java.time.LocalDate.of(2025, 6, 1), null));
        assertThat(log.head()).isGreaterThan(victim);
        JsonNode result = moves.verify();
        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(result.path("first").path("position").asLong()).isEqualTo(victim);
        assertThat(result.path("first").path("kind").asText()).isEqualTo("missing-commit");
    }
}
