package org.unionfund.ledger.audit.chain.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.audit.web.NdjsonStream;
import org.unionfund.ledger.audit.chain.ChainAudit;
import org.unionfund.ledger.audit.chain.Checkpoint;
import org.unionfund.ledger.audit.chain.CheckpointHashing;
import org.unionfund.ledger.audit.chain.CheckpointStamps;
import org.unionfund.ledger.audit.seal.TimestampTokens;
import org.springframework.http.HttpStatus;
import org.unionfund.ledger.audit.chain.VerificationResult;
import org.unionfund.ledger.platform.web.RequestProblem;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.unionfund.ledger.audit.seal.SealKey;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit: tamper evidence", description = "Hash chains over the event log, verification and checkpoint "
        + "digests (经审会). See docs/audit.md for the hash scheme.")
public record ChainController(ChainAudit audit, ObjectMapper json, SealKey key, CheckpointStamps stamps) {

    @GetMapping("/public-key")
    @Operation(summary = "The public key that signs checkpoints and year-close seals",
            description = "Save `publicKey` as a file: `cli audit check DIGEST --public-key FILE` checks a digest "
                    + "with nothing else (docs/audit.md, \"Checking offline\").")
    public Map<String, Object> publicKey() {
        return Map.of("algorithm", key.algorithm(), "keyId", key.keyId(), "publicKey", key.publicKeyPem());
    }

    @PostMapping("/verify")
    @Operation(summary = "Recompute every hash of the log and name the first event that does not match",
            description = "Streams application/x-ndjson: {\"kind\":\"progress\",\"position\",\"head\",\"events\"} "
                    + "lines while it walks the log, then one {\"kind\":\"result\", ok, first, findings, …} line. "
                    + "With progress=false only the result line. Verification never seals: the background sealer "
                    + "signs checkpoints within seconds of each write.")
    public void verify(@Parameter(description = "Stream progress lines before the result")
            @RequestParam(defaultValue = "true") boolean progress, HttpServletResponse response) throws IOException {
        NdjsonStream stream = NdjsonStream.open(response, json);
        stream.guarded(() -> {
            VerificationResult result = audit.verify(progress ? stream::progress : null);
            stream.result("result", result);
        });
    }

    @GetMapping("/checkpoints/latest")
    @Operation(summary = "The latest checkpoint digest (sealing what has settled first)",
            description = "Keep {number, hash} to check later with POST /api/v1/audit/checkpoints/check that the log "
                    + "up to `to` was not rewritten. `line` is the checkpoint's canonical line (docs/audit.md). With a "
                    + "TSA configured, `timestamp` is an RFC 3161 token over SHA-256 of `line`; 503 tsa-unavailable "
                    + "when the TSA gives none.")
    public ResponseEntity<Map<String, Object>> latest() {
        Checkpoint checkpoint = audit.latest().orElseThrow(() -> RequestProblem.notFound("checkpoint",
                "nothing has been sealed yet (the log is empty)"));
        Map<String, Object> body = describe(checkpoint);
        try {
            stamps.of(checkpoint).ifPresent(token -> body.put("timestamp", token));
        } catch (TimestampTokens.Unavailable e) {
            throw RequestProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "tsa-unavailable", "timestamp", e.getMessage()
                    + "; the digest is not issued without the configured timestamp (try again later)");
        }
        return ResponseEntity.ok(body);
    }

    /** The digest to check. */
    public record DigestRequest(@Positive long number, @NotBlank String hash, Long from, Long to) {
    }

    @PostMapping("/checkpoints/check")
    @Operation(summary = "Check a kept checkpoint digest against the store",
            description = "Recomputes the log up to the checkpoint's end from the stored content and compares. "
                    + "Streams application/x-ndjson progress lines, then {\"kind\":\"result\", matches, detail, …}.")
    public void check(@jakarta.validation.Valid @RequestBody DigestRequest digest,
            @RequestParam(defaultValue = "true") boolean progress, HttpServletResponse response) throws IOException {
        NdjsonStream stream = NdjsonStream.open(response, json);
        stream.guarded(() -> stream.result("result", audit.check(digest.number(), digest.hash().trim().toLowerCase(),
                digest.from(), digest.to(), progress ? stream::progress : null)));
    }

    static Map<String, Object> describe(Checkpoint checkpoint) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", checkpoint.number());
        body.put("from", checkpoint.from());
        body.put("to", checkpoint.to());
        body.put("hash", checkpoint.hash());
        body.put("prev", checkpoint.prev());
        body.put("commits", checkpoint.commits());
        body.put("gaps", checkpoint.gaps());
        body.put("sealedAt", checkpoint.sealedAt().toString());
        body.put("scheme", CheckpointHashing.SCHEME);
        body.put("line", CheckpointHashing.line(checkpoint));
        body.put("signature", checkpoint.signature());
        return body;
    }
}
