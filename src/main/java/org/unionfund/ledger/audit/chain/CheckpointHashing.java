package org.unionfund.ledger.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.unionfund.ledger.platform.eventstore.ChainHash;

/**
 * Checkpoint hashes (docs/audit.md, "Checkpoints"). A checkpoint's canonical line is
 * <pre>{"kind":"checkpoint","number":N,"from":F,"to":T,"prev":"P","commits":C,"gaps":[[a,b],…],"hash":"H"}</pre>
 * and its hash is SHA-256 over: that line without {@code ,"hash":"H"}, a line feed, and then the hash of every
 * commit whose first global sequence lies in {@code [F, T]}, in global order, each followed by a line feed.
 * {@code prev} is the previous checkpoint's hash, 64 zeros for the first.
 */
public final class CheckpointHashing {

    public static final String SCHEME = ChainHash.SCHEME;

    private CheckpointHashing() {
    }

    /** The canonical line of a checkpoint; with {@code hash} null, the part its hash starts with. */
    public static String line(long number, long from, long to, String prev, long commits, List<long[]> gaps,
                              String hash) {
        StringBuilder line = new StringBuilder(160).append("{\"kind\":\"checkpoint\",\"number\":").append(number)
                .append(",\"from\":").append(from).append(",\"to\":").append(to).append(",\"prev\":\"")
                .append(prev).append("\",\"commits\":").append(commits).append(",\"gaps\":[");
        for (int i = 0; i < gaps.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append('[').append(gaps.get(i)[0]).append(',').append(gaps.get(i)[1]).append(']');
        }
        line.append(']');
        if (hash != null) {
            line.append(",\"hash\":\"").append(hash).append('"');
        }
        return line.append('}').toString();
    }

    public static String line(Checkpoint checkpoint) {
        return line(checkpoint.number(), checkpoint.from(), checkpoint.to(), checkpoint.prev(), checkpoint.commits(),
                checkpoint.gaps(), checkpoint.hash());
    }

    /**
     * Collects one checkpoint's commit hashes while the commits of its range go by (at most
     * {@code checkpointMaxSpan} of them, 65 bytes each), and hashes them behind the header at the end.
     */
    public static final class Accumulator {
        private final java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
        private long commits;

        public void commit(String commitHash) {
            lines.writeBytes((commitHash == null ? "" : commitHash).getBytes(StandardCharsets.US_ASCII));
            lines.write('\n');
            commits++;
        }

        public long commits() {
            return commits;
        }

        /** The hash of a checkpoint with this header over the commits seen (their count is the header's). */
        public String finish(long number, long from, long to, String prev, List<long[]> gaps) {
            MessageDigest digest = ChainHash.newDigest();
            digest.update(line(number, from, to, prev, commits, gaps, null).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(lines.toByteArray());
            return ChainHash.hex(digest.digest());
        }
    }
}
