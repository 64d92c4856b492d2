package org.unionfund.ledger.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.audit.seal.Timestamps;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/** A checkpoint is time-stamped once, over SHA-256 of its canonical line, and the token is kept beside it. */
class CheckpointStampsTest {

    private static Checkpoint checkpoint(long number) {
        return new Checkpoint(number, number * 10 - 9, number * 10, "0".repeat(64), 3, List.of(), "a".repeat(64),
                Instant.parse("2026-01-05T02:00:00Z"));
    }

    @Test
    void each_checkpoint_is_stamped_once_over_its_line_and_the_token_is_kept() {
        MongoDatabase database = TestMongo.freshDatabase(CheckpointStampsTest.class);
        List<String> asked = new ArrayList<>();
        Timestamps tsa = digest -> {
            asked.add(HexFormat.of().formatHex(digest));
            return Optional.of("token-" + asked.size());
        };
        CheckpointStamps stamps = new CheckpointStamps(database, tsa);

        stamps.stampAll(List.of(checkpoint(1), checkpoint(2)));
        assertThat(stamps.of(checkpoint(1))).contains("token-1");
        assertThat(stamps.of(checkpoint(2))).contains("token-2");
        assertThat(asked).containsExactly(
                HexFormat.of().formatHex(CheckpointStamps.imprint(CheckpointHashing.line(checkpoint(1)))),
                HexFormat.of().formatHex(CheckpointStamps.imprint(CheckpointHashing.line(checkpoint(2)))));
        assertThat(database.getCollection(CheckpointStamps.COLLECTION).countDocuments()).isEqualTo(2);
        assertThat(database.getCollection(CheckpointStore.COLLECTION).countDocuments())
                .as("checkpoints themselves are not touched").isZero();
    }

    @Test
    void without_a_tsa_there_is_no_token_and_nothing_is_kept() {
        MongoDatabase database = TestMongo.freshDatabase(CheckpointStampsTest.class);
        CheckpointStamps stamps = new CheckpointStamps(database, Timestamps.NONE);
        assertThat(stamps.of(checkpoint(1))).isEmpty();
        assertThat(database.getCollection(CheckpointStamps.COLLECTION).countDocuments()).isZero();
    }
}
