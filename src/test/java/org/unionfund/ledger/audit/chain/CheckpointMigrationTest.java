package org.unionfund.ledger.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Updates;

/**
 * A store sealed before checkpoints were signed (checkpoints without {@code signature}, no anchor) is migrated by
 * the first sealing round: verified clean, then signed in place; it verifies afterwards. Unsigned checkpoints in a
 * store this installation already sealed with signatures are not signed but named.
 */
class CheckpointMigrationTest {

    @Test
    void checkpointsSealedBeforeSigningAreSignedOnceTheLogVerifies() throws Exception {
        ChainFixture fixture = new ChainFixture(CheckpointMigrationTest.class);
        fixture.engine.appendEvents(ChainFixture.events("acc-1", 0, 3));
        fixture.engine.appendEvents(ChainFixture.events("acc-2", 0, 2));
        fixture.sealer.sealAll();
        // What the code before signing left behind: the same checkpoints without signatures, and no anchor.
        fixture.database.getCollection("checkpoints").updateMany(new Document("_id", new Document("$ne", "latest")),
                Updates.unset("signature"));
        Files.delete(anchorFile(fixture));
        assertThat(fixture.verify().findings()).extracting(Finding::kind).contains("checkpoint-unsigned");

        ChainFixture restarted = new ChainFixture(fixture.database);
        restarted.sealer.sealAll();

        VerificationResult result = restarted.verify();
        assertThat(result.ok()).as(String.valueOf(result.findings())).isTrue();
        assertThat(restarted.checkpoints.all()).isNotEmpty().allMatch(c -> c.signature() != null);
        assertThat(Files.exists(anchorFile(restarted))).isTrue();
    }

    @Test
    void unsignedCheckpointsInAStoreSealedWithSignaturesAreNamedNotSigned() {
        ChainFixture fixture = new ChainFixture(CheckpointMigrationTest.class);
        fixture.engine.appendEvents(ChainFixture.events("acc-1", 0, 3));
        fixture.sealer.sealAll();
        fixture.database.getCollection("checkpoints").updateMany(new Document("_id", new Document("$ne", "latest")),
                Updates.unset("signature"));

        ChainFixture restarted = new ChainFixture(fixture.database);
        restarted.sealer.sealAll();

        VerificationResult result = restarted.verify();
        assertThat(result.ok()).isFalse();
        assertThat(result.first().kind()).isEqualTo("checkpoint-unsigned");
        assertThat(result.first().position()).isEqualTo(1);
    }

    private static java.nio.file.Path anchorFile(ChainFixture fixture) {
        return new SealAnchor(org.unionfund.ledger.testsupport.TestKeys.dir(fixture.database.getName()),
                fixture.database.getName()).file();
    }
}
