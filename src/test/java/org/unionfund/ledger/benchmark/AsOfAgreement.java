package org.unionfund.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.unionfund.ledger.audit.asof.AsOfAnswer;

import com.mongodb.client.MongoDatabase;

/**
 * The check both as-of snapshot tests make: at random cuts, the answer from the nearest snapshot is the answer of a
 * full replay (same sequence, same documents), and past two intervals it replays less than two intervals.
 */
final class AsOfAgreement {

    private AsOfAgreement() {
    }

    static void atRandomCuts(AsOfStack fromSnapshots, AsOfStack full, long head, long every, long seed, int cuts) {
        Random random = new Random(seed);
        for (int i = 0; i < cuts; i++) {
            long at = 1 + (long) (random.nextDouble() * head);
            AsOfAnswer<MongoDatabase> fromSnapshot = fromSnapshots.replays.view(
                    fromSnapshots.replays.cut(String.valueOf(at), null, null));
            AsOfAnswer<MongoDatabase> replayed = full.replays.view(full.replays.cut(String.valueOf(at), null, null));
            assertThat(fromSnapshot.asOf().sequence()).isEqualTo(replayed.asOf().sequence());
            if (fromSnapshot.asOf().sequence() >= 2 * every) {
                assertThat(fromSnapshot.replayedEvents()).as("cut %d", at).isLessThan(2L * every);
            }
            assertThat(fromSnapshots.digests(fromSnapshot.answer())).as("cut %d", at)
                    .isEqualTo(full.digests(replayed.answer()));
        }
    }
}
