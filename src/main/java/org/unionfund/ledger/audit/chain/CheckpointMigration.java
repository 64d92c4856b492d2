package org.unionfund.ledger.audit.chain;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the checkpoints of a store sealed before checkpoints were signed, once: only if this installation has no
 * anchor yet (it never sealed a signed checkpoint of this store) and the whole log verifies clean first. Otherwise
 * unsigned checkpoints stay unsigned and the verifier names them ({@code checkpoint-unsigned}).
 */
final class CheckpointMigration {

    private static final Logger log = LoggerFactory.getLogger(CheckpointMigration.class);

    private final CheckpointStore checkpoints;
    private final Seals seals;
    private final Verifier verifier;
    private boolean done;

    CheckpointMigration(CheckpointStore checkpoints, Seals seals, Verifier verifier) {
        this.checkpoints = checkpoints;
        this.seals = seals;
        this.verifier = verifier;
    }

    void runOnce() {
        if (done) {
            return;
        }
        done = true;
        List<Checkpoint> unsigned = checkpoints.all().stream().filter(c -> c.signature() == null).toList();
        if (unsigned.isEmpty()) {
            return;
        }
        if (seals.anchored().isPresent()) {
            log.error("{} checkpoint(s) carry no signature although this installation signs every checkpoint it "
                    + "seals: they were written outside the ledger; not signing them (cli audit verify names them)",
                    unsigned.size());
            return;
        }
        VerificationResult result = verifier.verify(null, null, false).result();
        if (!result.ok()) {
            log.error("Not signing the {} checkpoint(s) sealed before signing: the log does not verify ({})",
                    unsigned.size(), result.first().detail());
            return;
        }
        Checkpoint last = null;
        for (Checkpoint checkpoint : unsigned) {
            last = seals.sign(checkpoint);
            checkpoints.sign(last);
        }
        seals.anchor(checkpoints.latest().orElse(last));
        log.info("Migrated {} checkpoint(s) sealed before signing: verified clean, then signed with audit key {}",
                unsigned.size(), seals.key().keyId());
    }
}
