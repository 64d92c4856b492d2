package org.unionfund.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;


import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.audit.asof.AsOfAnswer;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * As-of answers from sealed projection snapshots equal a full replay to the same cut, at random cuts of a
 * Zhejiang-shaped log (every rebuildable projection, every document compared); a snapshot that no longer matches the
 * chain or its own digest is refused and the answer is still the same.
 */
class AsOfSnapshotsTest {

    private static final int EVERY = 700;
    private static GeneratedLog log;
    private static MongoDatabase db;
    private static AsOfStack snapshots;
    private static AsOfStack full;
    private static long head;

    @BeforeAll
    static void log() {
        log = new GeneratedLog("asof_snapshots", 6_000, 11);
        db = log.db;
        snapshots = log.asOf(EVERY);
        full = log.asOf(0);
        head = snapshots.replays.cut(String.valueOf(Long.MAX_VALUE / 2), null, null).sequence();
        snapshots.replays.view(snapshots.replays.cut(String.valueOf(head), null, null)); // seals on its way
    }

    @AfterAll
    static void close() {
        snapshots.close();
        full.close();
        log.close();
    }

    @Test
    void an_as_of_answer_from_the_nearest_snapshot_equals_a_full_replay_at_random_cuts() {
        assertThat(db.getCollection("cut_snapshots").countDocuments()).isGreaterThanOrEqualTo(head / EVERY - 1);
        AsOfAgreement.atRandomCuts(snapshots, full, head, EVERY, 20251207L, 8);
    }

    @Test
    void a_snapshot_that_no_longer_matches_the_chain_or_its_digest_is_refused_and_the_answer_stays_the_same() {
        try (AsOfStack uncached = log.asOf(EVERY)) {
            refusals(uncached);
        }
    }

    private static void refusals(AsOfStack stack) {
        long at = head - 1;
        Document newest = db.getCollection("cut_snapshots").find(Filters.lte("sequence", at))
                .sort(new Document("sequence", -1)).first();
        assertThat(newest).isNotNull();
        db.getCollection("cut_snapshots").updateOne(Filters.eq("_id", newest.get("_id")),
                Updates.set("commitHash", "0".repeat(64)));
        AsOfAnswer<MongoDatabase> afterChainMismatch = stack.replays.view(stack.replays.cut(
                String.valueOf(at), null, null));
        long older = ((Number) newest.get("sequence")).longValue();
        assertThat(afterChainMismatch.replayedEvents()).isGreaterThan(afterChainMismatch.asOf().sequence() - older);

        Document second = db.getCollection("cut_snapshots").find(Filters.lt("sequence", older))
                .sort(new Document("sequence", -1)).first();
        String prefix = second.getString("prefix");
        String tampered = second.getList("collections", String.class).stream()
                .filter(c -> db.getCollection(prefix + c).countDocuments() > 0).findFirst().orElseThrow();
        Document doc = db.getCollection(prefix + tampered).find().first();
        db.getCollection(prefix + tampered).updateOne(Filters.eq("_id", doc.get("_id")), Updates.set("tampered", 1));
        AsOfAnswer<MongoDatabase> afterDigestMismatch = stack.replays.view(stack.replays.cut(
                String.valueOf(at - 1), null, null));
        assertThat(afterDigestMismatch.replayedEvents()).isGreaterThan(afterDigestMismatch.asOf().sequence()
                - ((Number) second.get("sequence")).longValue());

        AsOfAnswer<MongoDatabase> replayed = full.replays.view(full.replays.cut(String.valueOf(at - 1), null, null));
        assertThat(snapshots.digests(afterDigestMismatch.answer())).isEqualTo(snapshots.digests(replayed.answer()));
    }
}
