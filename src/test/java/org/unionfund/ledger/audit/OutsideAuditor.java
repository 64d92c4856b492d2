package org.unionfund.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an export the way docs/audit.md tells an outside auditor to, with nothing of this program but a JSON
 * parser and SHA-256: line hashes, aggregate chains, commit hashes, checkpoints and the trailer's digest.
 */
final class OutsideAuditor {

    private static final String ZEROS = "0".repeat(64);

    private OutsideAuditor() {
    }

    /** Checks everything and returns the digest. */
    static String check(byte[] export) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<byte[]> lines = split(export);
        Map<String, String> lastOfAggregate = new HashMap<>();
        Map<String, Long> seqOfAggregate = new HashMap<>();
        List<String> eventHashes = new ArrayList<>();
        List<long[]> commitRanges = new ArrayList<>();
        List<String> commitHashes = new ArrayList<>();
        String previousCheckpoint = ZEROS;
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        String digest = null;
        for (byte[] line : lines) {
            JsonNode node = json.readTree(line);
            String kind = node.path("kind").asText();
            if (kind.equals("event") || kind.equals("commit")) {
                String text = new String(line, StandardCharsets.UTF_8);
                int at = text.lastIndexOf(",\"hash\":\"");
                String hashed = text.substring(0, at) + "}";
                assertThat(sha256(hashed.getBytes(StandardCharsets.UTF_8))).isEqualTo(node.path("hash").asText());
            }
            switch (kind) {
                case "event" -> {
                    if (node.has("aggregateId")) {
                        String aggregate = node.path("aggregateId").asText();
                        long seq = node.path("seq").asLong();
                        assertThat(seq).isEqualTo(seqOfAggregate.getOrDefault(aggregate, -1L) + 1);
                        assertThat(node.path("prev").asText()).isEqualTo(lastOfAggregate.getOrDefault(aggregate, ZEROS));
                        lastOfAggregate.put(aggregate, node.path("hash").asText());
                        seqOfAggregate.put(aggregate, seq);
                    } else {
                        assertThat(node.path("prev").asText()).isEqualTo(ZEROS);
                    }
                    eventHashes.add(node.path("hash").asText());
                }
                case "commit" -> {
                    List<String> listed = new ArrayList<>();
                    node.path("events").forEach(h -> listed.add(h.asText()));
                    assertThat(listed).isEqualTo(eventHashes);
                    eventHashes.clear();
                    commitRanges.add(new long[] {node.path("commit").asLong(), node.path("last").asLong()});
                    commitHashes.add(node.path("hash").asText());
                }
                case "checkpoint" -> {
                    String text = new String(line, StandardCharsets.UTF_8);
                    String header = text.substring(0, text.lastIndexOf(",\"hash\":\"")) + "}";
                    StringBuilder hashed = new StringBuilder(header).append('\n');
                    long from = node.path("from").asLong();
                    long to = node.path("to").asLong();
                    for (int i = 0; i < commitRanges.size(); i++) {
                        if (commitRanges.get(i)[0] >= from && commitRanges.get(i)[0] <= to) {
                            hashed.append(commitHashes.get(i)).append('\n');
                        }
                    }
                    assertThat(node.path("prev").asText()).isEqualTo(previousCheckpoint);
                    assertThat(sha256(hashed.toString().getBytes(StandardCharsets.UTF_8)))
                            .isEqualTo(node.path("hash").asText());
                    previousCheckpoint = node.path("hash").asText();
                }
                case "trailer" -> digest = node.path("digest").asText();
                default -> assertThat(kind).isEqualTo("header");
            }
            if (!kind.equals("trailer")) {
                before.write(line);
                before.write('\n');
            }
        }
        assertThat(sha256(before.toByteArray())).isEqualTo(digest);
        return digest;
    }

    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                byte[] line = new byte[i - start];
                System.arraycopy(bytes, start, line, 0, line.length);
                lines.add(line);
                start = i + 1;
            }
        }
        return lines;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
