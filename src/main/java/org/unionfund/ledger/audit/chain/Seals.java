package org.unionfund.ledger.audit.chain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.audit.seal.SealKey;

import com.mongodb.client.MongoDatabase;

/**
 * Signs checkpoints with the audit key and checks the signatures and the anchor outside the store (docs/audit.md,
 * "Threat model"). A checkpoint's signature covers its canonical line, which holds its hash, range and the previous
 * checkpoint's hash: whoever rewrites the store without the key cannot produce checkpoints that verify.
 */
@Component
public class Seals {

    private final SealKey key;
    private final SealAnchor anchor;

    public Seals(SealKey key, MongoDatabase database, AuditProperties properties) {
        this.key = key;
        this.anchor = new SealAnchor(properties.keyDir(), database.getName());
    }

    public SealKey key() {
        return key;
    }

    Checkpoint sign(Checkpoint checkpoint) {
        return checkpoint.signedWith(key.sign(line(checkpoint)));
    }

    boolean signatureHolds(Checkpoint checkpoint) {
        return key.verifies(line(checkpoint), checkpoint.signature());
    }

    Optional<SealAnchor.Head> anchored() {
        return anchor.read();
    }

    void anchor(Checkpoint checkpoint) {
        anchor.advance(checkpoint);
    }

    static byte[] line(Checkpoint checkpoint) {
        return CheckpointHashing.line(checkpoint).getBytes(StandardCharsets.UTF_8);
    }

    /** The findings about signatures and the anchor, for checkpoints that end at or before {@code limit}. */
    void check(List<Checkpoint> sealed, long limit, boolean wholeLog, List<Finding> findings) {
        for (Checkpoint checkpoint : sealed) {
            if (checkpoint.to() > limit) {
                break;
            }
            if (checkpoint.signature() == null) {
                findings.add(Finding.error(checkpoint.from(), "checkpoint-unsigned", null, null, null, "checkpoint "
                        + checkpoint.number() + " over " + checkpoint.from() + ".." + checkpoint.to() + " carries no "
                        + "signature: it was written outside the ledger (or the store was never migrated)"));
            } else if (!signatureHolds(checkpoint)) {
                findings.add(Finding.error(checkpoint.from(), "checkpoint-signature", null, null, null, "checkpoint "
                        + checkpoint.number() + " over " + checkpoint.from() + ".." + checkpoint.to() + " does not "
                        + "carry a valid signature of audit key " + key.keyId() + ": that stretch of the log and its "
                        + "checkpoint were rewritten outside the ledger"));
            }
        }
        if (!wholeLog) {
            return;
        }
        anchor.read().ifPresent(head -> {
            long storedTo = sealed.isEmpty() ? 0 : sealed.get(sealed.size() - 1).to();
            if (sealed.size() < head.number()) {
                findings.add(Finding.error(storedTo + 1, "checkpoint-deleted", null, null, null, "the ledger "
                        + "sealed checkpoint " + head.number() + " up to global sequence " + head.to() + " (anchor "
                        + anchor.file().getFileName() + "), but the store's checkpoints end at " + sealed.size()
                        + ": checkpoints were deleted"));
            } else if (!sealed.get((int) head.number() - 1).hash().equals(head.hash())) {
                Checkpoint stored = sealed.get((int) head.number() - 1);
                findings.add(Finding.error(stored.from(), "checkpoint-rewritten", null, null, null, "checkpoint "
                        + head.number() + " differs from the one the ledger sealed (anchor " + head.hash() + ")"));
            }
        });
    }
}
