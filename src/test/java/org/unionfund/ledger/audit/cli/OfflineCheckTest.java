package org.unionfund.ledger.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionfund.ledger.audit.chain.Checkpoint;
import org.unionfund.ledger.audit.chain.CheckpointHashing;
import org.unionfund.ledger.audit.seal.SealKey;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A signed digest is checked with nothing but the file and the public key; an edited one is not authentic. */
class OfflineCheckTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"Ed25519", "SM2"})
    void aSignedDigestIsAuthenticAndAnEditedOneIsNot(String algorithm) throws Exception {
        SealKey key = SealKey.loadOrCreate(dir.resolve("keys"), algorithm);
        Checkpoint checkpoint = new Checkpoint(3, 101, 180, "ab".repeat(32), 41, List.of(), "cd".repeat(32),
                Instant.parse("2026-01-05T02:00:00Z"));
        checkpoint = checkpoint.signedWith(key.sign(CheckpointHashing.line(checkpoint)
                .getBytes(StandardCharsets.UTF_8)));
        Path publicKey = dir.resolve("ledger-audit.pub");
        Files.writeString(publicKey, key.publicKeyPem());

        Path digest = write(checkpoint, checkpoint.hash());
        Result authentic = check(digest, publicKey);
        assertThat(authentic.code).as(authentic.out).isZero();
        assertThat(authentic.out).contains("AUTHENTIC: checkpoint 3 over global sequence 101..180")
                .contains(key.keyId()).contains(algorithm);

        Result edited = check(write(checkpoint, "ef".repeat(32)), publicKey);
        assertThat(edited.code).isEqualTo(1);
        assertThat(edited.out).contains("NOT AUTHENTIC");

        SealKey other = SealKey.loadOrCreate(dir.resolve("other"), algorithm);
        Path otherKey = dir.resolve("other.pub");
        Files.writeString(otherKey, other.publicKeyPem());
        assertThat(check(digest, otherKey).code).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ed25519", "SM2"})
    void theKeyIsGeneratedOnceAndReadBackFromItsFiles(String algorithm) {
        SealKey first = SealKey.loadOrCreate(dir.resolve("k"), algorithm);
        SealKey again = SealKey.loadOrCreate(dir.resolve("k"), "Ed25519");
        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.algorithm()).isEqualTo(algorithm);
        byte[] data = "line".getBytes(StandardCharsets.UTF_8);
        assertThat(again.verifies(data, first.sign(data))).isTrue();
        assertThat(Files.exists(dir.resolve("k").resolve(SealKey.PRIVATE_FILE))).isTrue();
    }

    private Path write(Checkpoint checkpoint, String hash) throws Exception {
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("number", checkpoint.number());
        digest.put("from", checkpoint.from());
        digest.put("to", checkpoint.to());
        digest.put("hash", hash);
        digest.put("prev", checkpoint.prev());
        digest.put("commits", checkpoint.commits());
        digest.put("gaps", List.of());
        digest.put("signature", checkpoint.signature());
        Path file = Files.createTempFile(dir, "digest", ".json");
        Files.writeString(file, new ObjectMapper().writeValueAsString(digest));
        return file;
    }

    record Result(int code, String out) {
    }

    private static Result check(Path digest, Path publicKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = AuditCli.run(List.of("check", digest.toString(), "--public-key", publicKey.toString()),
                "http://127.0.0.1:9", null, null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8));
    }
}
