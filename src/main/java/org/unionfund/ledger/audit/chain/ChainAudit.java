package org.unionfund.ledger.audit.chain;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.platform.eventstore.CommitLog;

/** Verification, sealing and checkpoint digests, as the API and the CLI offer them. */
@Service
public record ChainAudit(Verifier verifier, CheckpointSealer sealer, CheckpointStore checkpoints, CommitLog log) {

    /**
     * Verifies the whole log. It never seals: sealing after a verification would sign whatever an insider left in
     * the store; the background sealer signs within seconds of each write instead.
     */
    public VerificationResult verify(Verifier.Progress progress) {
        return verifier.verify(null, progress).result();
    }

    /** The latest checkpoint after sealing whatever has settled. */
    public Optional<Checkpoint> latest() {
        sealer.sealAll();
        return checkpoints.latest();
    }

    public Optional<Checkpoint> latestStored() {
        return checkpoints.latest();
    }

    /** What a digest check answers. */
    public record DigestCheck(boolean matches, long number, Long from, Long to, String givenHash, String storedHash,
                              String recomputedHash, String detail, VerificationResult verification) {
    }

    /**
     * Checks a digest an outside auditor kept: recomputes the log up to the checkpoint's end from the stored
     * content and compares the recomputed checkpoint hash with the given one.
     */
    public DigestCheck check(long number, String hash, Long from, Long to, Verifier.Progress progress) {
        Optional<Checkpoint> stored = checkpoints.get(number);
        if (stored.isEmpty()) {
            long latest = checkpoints.latest().map(Checkpoint::number).orElse(0L);
            return new DigestCheck(false, number, from, to, hash, null, null, "the store has no checkpoint "
                    + number + " (latest: " + latest + "): the checkpoints were removed or rewritten", null);
        }
        Checkpoint checkpoint = stored.get();
        Verifier.Walk walk = verifier.verify(checkpoint.to(), progress);
        String recomputed = walk.recomputedCheckpoints().get(number);
        boolean rangeMatches = (from == null || from == checkpoint.from()) && (to == null || to == checkpoint.to());
        boolean matches = hash.equals(recomputed) && hash.equals(checkpoint.hash()) && rangeMatches
                && walk.result().ok();
        String detail;
        if (matches) {
            detail = "the log up to global sequence " + checkpoint.to() + " is the one the digest was taken of";
        } else if (!rangeMatches) {
            detail = "checkpoint " + number + " now covers " + checkpoint.from() + ".." + checkpoint.to()
                    + ", not the range of the digest: the checkpoints were rewritten";
        } else if (!hash.equals(recomputed)) {
            detail = "the log up to global sequence " + checkpoint.to() + " was rewritten since the digest was "
                    + "taken" + (walk.result().first() == null ? "" : "; first difference: "
                    + walk.result().first().detail());
        } else {
            detail = "the digest matches, but the log has errors: " + walk.result().first().detail();
        }
        return new DigestCheck(matches, number, checkpoint.from(), checkpoint.to(), hash, checkpoint.hash(),
                recomputed, detail, walk.result());
    }

    public long head() {
        return log.head();
    }
}
