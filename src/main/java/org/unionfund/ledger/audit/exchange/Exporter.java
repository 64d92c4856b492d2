package org.unionfund.ledger.audit.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.audit.chain.Checkpoint;
import org.unionfund.ledger.audit.chain.CheckpointHashing;
import org.unionfund.ledger.audit.chain.CheckpointSealer;
import org.unionfund.ledger.audit.chain.CheckpointStore;
import org.unionfund.ledger.audit.chain.Verifier;
import org.unionfund.ledger.audit.log.EventFilter;
import org.unionfund.ledger.audit.log.EventLog;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.eventstore.EventRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the log as NDJSON (docs/audit.md, "Export format"): a header line; per commit its event lines and its
 * commit line, each the record's canonical line with its stored hash; a checkpoint line after the commit that ends
 * each checkpoint; a trailer with the digest. It first seals what has settled and then covers the log up to the
 * latest checkpoint, so the same log always exports to the same bytes. With a filter only matching events are
 * written, with the commit lines of their commits; such an export cannot be imported.
 */
@Service
public record Exporter(CommitLog log, CheckpointSealer sealer, CheckpointStore checkpoints, EventLog eventLog,
            ObjectMapper json) {

    public ExportSummary export(EventFilter filter, OutputStream target, Verifier.Progress progress) {
        sealer.sealAll();
        List<Checkpoint> sealed = checkpoints.all();
        long to = sealed.isEmpty() ? 0 : sealed.get(sealed.size() - 1).to();
        boolean full = filter == null || filter.isEmpty();
        EventLog.Matcher matcher = full ? null : eventLog.matcher(filter);
        Lines out = new Lines(target);

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("kind", "header");
        header.put("format", ExportFormat.FORMAT);
        header.put("version", ExportFormat.VERSION);
        header.put("hashScheme", ChainHash.SCHEME);
        header.put("to", to);
        header.put("filter", full ? null : filterOf(filter));
        out.json(header);

        long events = 0;
        long commits = 0;
        int nextCheckpoint = 0;
        long window = 1;
        while (window <= to) {
            long windowEnd = window + CommitLog.WINDOW - 1;
            for (CommitRecord commit : log.read(window, CommitLog.WINDOW)) {
                if (commit.first() > to) {
                    continue;
                }
                List<String> hashes = new ArrayList<>(commit.events().size());
                List<byte[]> lines = new ArrayList<>();
                for (EventRecord event : commit.events()) {
                    hashes.add(orEmpty(event.storedHash()));
                    if (full || matcher.matches(commit, event)) {
                        lines.add(event.line(commit.first(), orEmpty(event.storedPrev()),
                                orEmpty(event.storedHash())));
                    }
                }
                if (full || !lines.isEmpty()) {
                    for (byte[] line : lines) {
                        out.line(line);
                    }
                    out.line(commit.line(hashes, orEmpty(commit.storedHash())));
                    events += lines.size();
                    commits++;
                }
                windowEnd = Math.max(windowEnd, commit.lastOrFirst());
                while (nextCheckpoint < sealed.size() && sealed.get(nextCheckpoint).to() <= commit.lastOrFirst()) {
                    out.line(CheckpointHashing.line(sealed.get(nextCheckpoint++))
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            window = windowEnd + 1;
            if (progress != null) {
                progress.update(Math.min(windowEnd, to), to, events);
            }
        }
        while (nextCheckpoint < sealed.size()) {
            out.line(CheckpointHashing.line(sealed.get(nextCheckpoint++)).getBytes(StandardCharsets.UTF_8));
        }
        String digest = ChainHash.hex(out.digest.digest());
        Checkpoint last = sealed.isEmpty() ? null : sealed.get(sealed.size() - 1);
        Map<String, Object> trailer = new LinkedHashMap<>();
        trailer.put("kind", "trailer");
        trailer.put("events", events);
        trailer.put("commits", commits);
        trailer.put("checkpoints", (long) sealed.size());
        trailer.put("to", to);
        Map<String, Object> lastCheckpoint = null;
        if (last != null) {
            lastCheckpoint = new LinkedHashMap<>();
            lastCheckpoint.put("number", last.number());
            lastCheckpoint.put("to", last.to());
            lastCheckpoint.put("hash", last.hash());
        }
        trailer.put("lastCheckpoint", lastCheckpoint);
        trailer.put("digest", digest);
        out.json(trailer);
        out.flush();
        return new ExportSummary(events, commits, sealed.size(), to, last == null ? null : last.number(),
                last == null ? null : last.hash(), digest);
    }

    private static Map<String, Object> filterOf(EventFilter filter) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("body", filter.body());
        described.put("aggregate", filter.aggregate());
        described.put("type", filter.type());
        described.put("recordedFrom", filter.recordedFrom() == null ? null : filter.recordedFrom().toString());
        described.put("recordedTo", filter.recordedTo() == null ? null : filter.recordedTo().toString());
        return described;
    }

    private static String orEmpty(String hash) {
        return hash == null ? "" : hash;
    }

    /** The output: lines ending in a line feed, all of them digested. */
    private final class Lines {
        private final OutputStream target;
        private final MessageDigest digest = ChainHash.newDigest();

        Lines(OutputStream target) {
            this.target = target;
        }

        void json(Object value) {
            try {
                line(json.writeValueAsBytes(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void line(byte[] bytes) {
            try {
                target.write(bytes);
                target.write('\n');
                digest.update(bytes);
                digest.update((byte) '\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                target.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
