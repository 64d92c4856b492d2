package org.unionfund.ledger.audit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.audit.chain.CheckpointHashing;
import org.unionfund.ledger.audit.chain.CheckpointStamps;
import org.unionfund.ledger.audit.seal.TimestampTokens;
import org.unionfund.ledger.audit.seal.SealKey;
import org.unionfund.ledger.audit.seal.SealSignature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code cli audit check FILE --public-key KEY}: checks a signed checkpoint digest with nothing but the file and
 * the public key file: no server, no account. The canonical line is rebuilt from the digest's fields (docs/audit.md,
 * "Checkpoints"), so a digest whose number, range or hash was edited no longer carries a valid signature.
 */
record OfflineCheck(PrintStream out) {

    int run(String digestFile, String publicKeyFile) {
        JsonNode digest;
        try {
            digest = new ObjectMapper().readTree(read(digestFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + e.getMessage());
        }
        String publicKey = read(publicKeyFile, StandardCharsets.US_ASCII);
        JsonNode seal = digest.path("signature");
        if (!seal.hasNonNull("value")) {
            out.println("NOT AUTHENTIC: the digest carries no signature");
            return 1;
        }
        String line = line(digest);
        SealSignature signature = new SealSignature(seal.path("algorithm").asText(), seal.path("keyId").asText(),
                seal.path("value").asText());
        if (!SealKey.verify(publicKey, line.getBytes(StandardCharsets.UTF_8), signature)) {
            out.println("NOT AUTHENTIC: the signature does not match this digest and public key (key "
                    + signature.keyId() + "): the digest was changed, or it was signed with another key");
            return 1;
        }
        out.printf("AUTHENTIC: checkpoint %d over global sequence %d..%d, hash %s, signed by audit key %s (%s)%n",
                digest.path("number").asLong(), digest.path("from").asLong(), digest.path("to").asLong(),
                digest.path("hash").asText(), signature.keyId(), signature.algorithm());
        if (!timestampHolds(digest, out)) {
            return 1;
        }
        out.println("To check that a store still holds this log: cli audit check " + digestFile
                + " (against the running instance)");
        return 0;
    }

    /** The digest's canonical line, rebuilt from its fields. */
    private static String line(JsonNode digest) {
        List<long[]> gaps = new ArrayList<>();
        digest.path("gaps").forEach(gap -> gaps.add(new long[] {gap.get(0).asLong(), gap.get(1).asLong()}));
        return CheckpointHashing.line(digest.path("number").asLong(), digest.path("from").asLong(),
                digest.path("to").asLong(), digest.path("prev").asText(), digest.path("commits").asLong(), gaps,
                digest.path("hash").asText());
    }

    /**
     * Checks a digest's RFC 3161 token (if it carries one) over SHA-256 of its canonical line, offline; prints what
     * it found. False when the token does not hold.
     */
    static boolean timestampHolds(JsonNode digest, PrintStream out) {
        if (!digest.hasNonNull("timestamp")) {
            return true;
        }
        try {
            TimestampTokens.Stamp stamp = TimestampTokens.verify(digest.path("timestamp").asText(),
                    CheckpointStamps.imprint(line(digest)));
            out.println("TIMESTAMP: RFC 3161 token of " + stamp.authority() + " at " + stamp.time()
                    + " over this digest");
            return true;
        } catch (IllegalArgumentException e) {
            out.println("NOT AUTHENTIC: the digest's RFC 3161 timestamp does not hold: " + e.getMessage());
            return false;
        }
    }

    /** The file's text; an unreadable file is bad input ("cannot read ..."). */
    static String read(String file, Charset charset) {
        try {
            return Files.readString(Path.of(file), charset);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + e.getMessage());
        }
    }
}
