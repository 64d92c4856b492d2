package org.unionfund.ledger.platform.eventstore;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One stored event as the auditor sees it: its stored fields (null when absent or of an unexpected type), its
 * canonical body (see {@link ChainHash}) and its chain link and hash as stored in the commit's {@code prevs} and
 * {@code hashes}.
 *
 * @param index      position in the commit's {@code events}
 * @param body       the canonical members {@code aggregateType … metadata}, without braces
 * @param storedPrev its entry in the commit's {@code prevs}, as hex; {@code storedHash} its entry in {@code hashes}
 * @param unexpected member names that the stored format does not have (not covered by the hash)
 */
public record EventRecord(int index, Long gseq, String aggregateType, String aggregateId, Long seq, String eventId,
                          String type, String revision, String timestamp, byte[] body, String storedPrev,
                          String storedHash, List<String> unexpected) {

    public boolean isDomain() {
        return aggregateId != null;
    }

    /** {@code "aggregateId/seq"}, the event's key in the unique {@code aggKeys} index; null without an aggregate. */
    public String key() {
        return aggregateId == null || seq == null ? null : CommitCodec.aggKey(aggregateId, seq);
    }

    /** The hash of this event's content as it is stored now, chained to {@code prev}, in commit {@code commit}. */
    public String computeHash(long commit, String prev) {
        return ChainHash.eventHash(commit, gseq == null ? -1 : gseq, body, prev);
    }

    /** The canonical line (as exported) with the given chain link and hash. */
    public byte[] line(long commit, String prev, String hash) {
        return ChainHash.eventLine(commit, gseq == null ? -1 : gseq, body, prev, hash);
    }

    /** The stored members as one JSON object text: {@code {"aggregateType":…,…,"metadata":{…}}}. */
    public String membersJson() {
        return "{" + new String(body, StandardCharsets.UTF_8) + "}";
    }
}
