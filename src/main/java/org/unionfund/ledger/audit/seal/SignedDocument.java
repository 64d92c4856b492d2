package org.unionfund.ledger.audit.seal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import org.unionfund.ledger.platform.eventstore.ChainHash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A document an auditor takes away and checks offline (a sealed year statement): {@code {"statement": …,
 * "digest": …, "signature": …, "timestamp": …}}. The digest is SHA-256 over the statement's <b>canonical JSON</b>
 * (compact, object members sorted by name, arrays in order, amounts as strings); the signature is the audit key's
 * over the same bytes; the optional timestamp is an RFC 3161 token over the digest. Re-indenting or re-ordering
 * the file changes nothing; changing any value breaks the digest and the signature.
 */
public final class SignedDocument {

    public static final String SCHEME = "ledger-signed-document-v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignedDocument() {
    }

    /** Seals {@code statement}: digest, signature and (when {@code timestamps} gives one) an RFC 3161 token. */
    public static ObjectNode seal(ObjectNode statement, SealKey key, Timestamps timestamps) {
        byte[] canonical = canonical(statement);
        String digest = ChainHash.sha256Hex(canonical);
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("scheme", SCHEME);
        document.set("statement", statement);
        document.put("digest", digest);
        SealSignature signature = key.sign(canonical);
        ObjectNode signed = document.putObject("signature");
        signed.put("algorithm", signature.algorithm());
        signed.put("keyId", signature.keyId());
        signed.put("value", signature.value());
        timestamps.stamp(HexFormat.of().parseHex(digest)).ifPresent(token -> document.put("timestamp", token));
        return document;
    }

    /** What an offline check found; {@code problems} is empty when the document is authentic. */
    public record Verdict(String digest, String keyId, String algorithm, TimestampTokens.Stamp stamp,
            List<String> problems) {

        public boolean authentic() {
            return problems.isEmpty();
        }
    }

    /** Checks a document with nothing but the public key file's content. */
    public static Verdict check(JsonNode document, String publicKeyPem) {
        List<String> problems = new ArrayList<>();
        JsonNode statement = document.path("statement");
        if (!statement.isObject()) {
            return new Verdict(null, null, null, null, List.of("the file holds no signed statement"));
        }
        byte[] canonical = canonical(statement);
        String digest = ChainHash.sha256Hex(canonical);
        if (!digest.equals(document.path("digest").asText())) {
            problems.add("the statement's digest is " + digest + ", not the " + document.path("digest").asText()
                    + " written in the file: the statement was changed");
        }
        JsonNode seal = document.path("signature");
        SealSignature signature = new SealSignature(seal.path("algorithm").asText(), seal.path("keyId").asText(),
                seal.path("value").asText());
        if (!seal.hasNonNull("value")) {
            problems.add("the file carries no signature");
        } else if (!SealKey.verify(publicKeyPem, canonical, signature)) {
            problems.add("the signature (key " + signature.keyId() + ") does not match this statement and public"
                    + " key: the statement was changed, or it was signed with another key");
        }
        TimestampTokens.Stamp stamp = null;
        if (document.hasNonNull("timestamp")) {
            try {
                stamp = TimestampTokens.verify(document.path("timestamp").asText(), HexFormat.of().parseHex(digest));
            } catch (IllegalArgumentException e) {
                problems.add("the RFC 3161 timestamp does not hold: " + e.getMessage());
            }
        }
        return new Verdict(digest, signature.keyId(), signature.algorithm(), stamp, List.copyOf(problems));
    }

    /** Compact JSON, object members sorted by name, as UTF-8 bytes. */
    public static byte[] canonical(JsonNode node) {
        try {
            return JSON.writeValueAsString(sorted(node)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
