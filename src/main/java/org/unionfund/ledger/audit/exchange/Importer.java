package org.unionfund.ledger.audit.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.audit.chain.Checkpoint;
import org.unionfund.ledger.audit.chain.CheckpointHashing;
import org.unionfund.ledger.audit.chain.CheckpointSealer;
import org.unionfund.ledger.audit.chain.CheckpointStore;
import org.unionfund.ledger.audit.chain.VerificationResult;
import org.unionfund.ledger.audit.chain.Verifier;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitImport;
import org.unionfund.ledger.platform.eventstore.CommitImport.ImportedEvent;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports a full NDJSON export into an EMPTY store, reproducing the commits exactly: same global sequences, same
 * grouping, same hashes, same checkpoints. Every line is checked on the way in (canonical form, hash, the commit's
 * event hashes, the checkpoint hashes, the trailer's digest); afterwards the imported store is verified and the
 * projections are replayed. Any failure removes everything imported, leaving the store empty again.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final int MAX_LINE = 64 * 1024 * 1024;

    private final CommitLog commits;
    private final CheckpointStore checkpoints;
    private final CheckpointSealer sealer;
    private final Verifier verifier;
    private final ProcessorAdmin processors;
    private final ObjectMapper json = new ObjectMapper();

    public Importer(CommitLog commits, CheckpointStore checkpoints, CheckpointSealer sealer, Verifier verifier,
            @Lazy ProcessorAdmin processors) {
        this.sealer = sealer;
        this.commits = commits;
        this.checkpoints = checkpoints;
        this.verifier = verifier;
        this.processors = processors;
    }

    public synchronized ImportResult importFrom(InputStream input) {
        // No sealer on this node may seal the commits while they arrive: the export's checkpoints are stored.
        return sealer.exclusively(() -> importExclusively(input));
    }

    private ImportResult importExclusively(InputStream input) {
        if (!commits.isEmpty() || commits.head() != 0 || !checkpoints.isEmpty()) {
            throw new ImportRejected("store-not-empty", "an export can only be imported into an empty store (this "
                    + "one holds events up to global sequence " + commits.head() + ")");
        }
        processors.stopAll();
        Run run = new Run();
        try {
            run.read(new BufferedInputStream(input, 1 << 16));
            commits.advanceHead(run.head);
            VerificationResult verification = verifier.verify(null, null).result();
            if (!verification.ok()) {
                throw new ImportRejected("import-rejected", "the imported log does not verify: "
                        + verification.first().detail());
            }
            log.info("Imported {} events in {} commits and {} checkpoints up to global sequence {}", run.events,
                    run.commitCount, run.checkpointCount, run.head);
            return new ImportResult(run.events, run.commitCount, run.checkpointCount, run.head, run.digestValue,
                    verification);
        } catch (RuntimeException e) {
            commits.clearAfterFailedImport();
            checkpoints.clear();
            throw e instanceof ImportRejected ? e : new ImportRejected("import-rejected", "line " + run.lineNumber
                    + ": " + e.getMessage());
        } finally {
            processors.replayAll();
        }
    }

    /** The state of one import. */
    private final class Run {
        final MessageDigest digest = ChainHash.newDigest();
        final List<ImportedEvent> pending = new ArrayList<>();
        final List<String> sinceCheckpoint = new ArrayList<>();
        long lineNumber;
        long events;
        long commitCount;
        long checkpointCount;
        long head;
        long lastCommitEnd;
        String previousCheckpoint = ChainHash.GENESIS;
        long previousCheckpointTo;
        boolean headerSeen;
        String digestValue;

        void read(InputStream in) {
            LineReader lines = new LineReader(in, MAX_LINE);
            byte[] line;
            boolean trailerSeen = false;
            while ((line = lines.next()) != null) {
                lineNumber++;
                if (line.length == 0) {
                    continue;
                }
                if (trailerSeen) {
                    throw new ImportRejected("import-rejected", "line " + lineNumber + ": text after the trailer");
                }
                String kind = kindOf(line);
                try {
                    switch (kind) {
                        case "header" -> header(line);
                        case "event" -> event(line);
                        case "commit" -> commit(line);
                        case "checkpoint" -> checkpoint(line);
                        case "trailer" -> {
                            trailer(line);
                            trailerSeen = true;
                        }
                        default -> throw new IllegalArgumentException("unknown line kind " + kind);
                    }
                } catch (IllegalArgumentException | IOException e) {
                    throw new ImportRejected("import-rejected", "line " + lineNumber + " (" + kind + "): "
                            + e.getMessage());
                }
                if (!kind.equals("trailer")) {
                    digest.update(line);
                    digest.update((byte) '\n');
                }
            }
            if (!trailerSeen) {
                throw new ImportRejected("import-rejected", "the export has no trailer (cut short?)");
            }
            if (!pending.isEmpty()) {
                throw new ImportRejected("import-rejected", "events after the last commit line");
            }
        }

        private void header(byte[] line) throws IOException {
            JsonNode header = json.readTree(line);
            if (headerSeen || lineNumber != 1) {
                throw new IllegalArgumentException("the header must be the first line");
            }
            if (!"welfare-ledger-audit-export".equals(header.path("format").asText())
                    || header.path("version").asInt() != ExportFormat.VERSION
                    || !ChainHash.SCHEME.equals(header.path("hashScheme").asText())) {
                throw new IllegalArgumentException("not a version " + ExportFormat.VERSION + " export with hash scheme "
                        + ChainHash.SCHEME);
            }
            if (!header.path("filter").isNull() && !header.path("filter").isMissingNode()) {
                throw new IllegalArgumentException("a filtered export cannot be imported, only a full one");
            }
            headerSeen = true;
        }

        private void requireHeader() {
            if (!headerSeen) {
                throw new IllegalArgumentException("the first line must be the header");
            }
        }

        private void event(byte[] line) {
            requireHeader();
            ImportedEvent event = CommitImport.event(line);
            long expected = pending.isEmpty() ? event.commit() : pending.get(0).commit() + pending.size();
            if (!pending.isEmpty() && event.commit() != pending.get(0).commit()) {
                throw new IllegalArgumentException("event of commit " + event.commit() + " before the commit line of "
                        + pending.get(0).commit());
            }
            if (event.gseq() != expected) {
                throw new IllegalArgumentException("event " + event.gseq() + " out of place (expected " + expected
                        + ")");
            }
            pending.add(event);
        }

        private void commit(byte[] line) throws IOException {
            requireHeader();
            JsonNode commit = json.readTree(line);
            long first = commit.path("commit").asLong();
            long last = commit.path("last").asLong();
            Instant recordedAt = Instant.parse(commit.path("recordedAt").asText());
            String voided = commit.hasNonNull("voided") ? commit.get("voided").asText() : null;
            List<String> hashes = new ArrayList<>();
            commit.path("events").forEach(hash -> hashes.add(hash.asText()));
            String hash = commit.path("hash").asText();
            byte[] canonical = ChainHash.commitLine(first, last, recordedAt, voided, hashes, hash);
            if (!Arrays.equals(canonical, line)) {
                throw new IllegalArgumentException("the commit line is not in canonical form");
            }
            if (!ChainHash.sha256Hex(ChainHash.withoutHash(line)).equals(hash)) {
                throw new IllegalArgumentException("the commit's hash does not match its line");
            }
            if (first <= lastCommitEnd || last < first) {
                throw new IllegalArgumentException("commit " + first + ".." + last + " is out of order");
            }
            if (!pending.isEmpty() && pending.get(0).commit() != first) {
                throw new IllegalArgumentException("the events before it belong to commit " + pending.get(0).commit());
            }
            if (voided == null && pending.size() != last - first + 1) {
                throw new IllegalArgumentException("commit " + first + ".." + last + " has " + pending.size()
                        + " event lines");
            }
            List<String> eventHashes = pending.stream().map(ImportedEvent::hash).toList();
            if (!eventHashes.equals(hashes)) {
                throw new IllegalArgumentException("the commit's event hashes differ from its event lines");
            }
            commits.insert(CommitImport.commit(first, last, recordedAt, voided, List.copyOf(pending), hash));
            events += pending.size();
            pending.clear();
            commitCount++;
            sinceCheckpoint.add(hash);
            sinceCheckpointFirsts.add(first);
            lastCommitEnd = last;
            head = Math.max(head, last);
        }

        final List<Long> sinceCheckpointFirsts = new ArrayList<>();

        private void checkpoint(byte[] line) throws IOException {
            requireHeader();
            JsonNode checkpoint = json.readTree(line);
            long number = checkpoint.path("number").asLong();
            long from = checkpoint.path("from").asLong();
            long to = checkpoint.path("to").asLong();
            String prev = checkpoint.path("prev").asText();
            long count = checkpoint.path("commits").asLong();
            List<long[]> gaps = new ArrayList<>();
            checkpoint.path("gaps").forEach(gap -> gaps.add(new long[] {gap.get(0).asLong(), gap.get(1).asLong()}));
            String hash = checkpoint.path("hash").asText();
            String canonical = CheckpointHashing.line(number, from, to, prev, count, gaps, hash);
            if (!Arrays.equals(canonical.getBytes(StandardCharsets.UTF_8), line)) {
                throw new IllegalArgumentException("the checkpoint line is not in canonical form");
            }
            if (number != checkpointCount + 1 || from != previousCheckpointTo + 1 || !prev.equals(previousCheckpoint)
                    || to != lastCommitEnd) {
                throw new IllegalArgumentException("checkpoint " + number + " does not follow the previous one");
            }
            CheckpointHashing.Accumulator accumulator = new CheckpointHashing.Accumulator();
            for (int i = 0; i < sinceCheckpoint.size(); i++) {
                if (sinceCheckpointFirsts.get(i) >= from && sinceCheckpointFirsts.get(i) <= to) {
                    accumulator.commit(sinceCheckpoint.get(i));
                }
            }
            if (accumulator.commits() != count || !accumulator.finish(number, from, to, prev, gaps).equals(hash)) {
                throw new IllegalArgumentException("checkpoint " + number + " does not match the commits before it");
            }
            if (!sealer.storeImported(new Checkpoint(number, from, to, prev, count, gaps, hash, Instant.now()))) {
                throw new IllegalArgumentException("checkpoint " + number + " was sealed meanwhile by another node: "
                        + "import into a store no other instance writes to");
            }
            checkpointCount++;
            previousCheckpoint = hash;
            previousCheckpointTo = to;
            sinceCheckpoint.clear();
            sinceCheckpointFirsts.clear();
        }

        private void trailer(byte[] line) throws IOException {
            requireHeader();
            JsonNode trailer = json.readTree(line);
            digestValue = ChainHash.hex(digest.digest());
            if (!digestValue.equals(trailer.path("digest").asText())) {
                throw new IllegalArgumentException("the digest of the lines (" + digestValue
                        + ") differs from the trailer's: the file was changed or cut");
            }
            if (trailer.path("events").asLong() != events || trailer.path("commits").asLong() != commitCount) {
                throw new IllegalArgumentException("the trailer's counts differ from the lines");
            }
        }
    }

    private static String kindOf(byte[] line) {
        String start = new String(line, 0, Math.min(line.length, 40), StandardCharsets.UTF_8);
        if (!start.startsWith("{\"kind\":\"")) {
            throw new ImportRejected("import-rejected", "a line does not start with {\"kind\":");
        }
        int end = start.indexOf('"', 9);
        return end < 0 ? "?" : start.substring(9, end);
    }
}
