package org.unionfund.ledger.audit.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.unionfund.ledger.platform.eventstore.ChainHash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A downloaded file that carries its own signature (yearly reports, statement PDFs). The audit key signs the
 * canonical JSON ({@link SignedDocument#canonical}) of the file's <b>claims</b>: what it is, the global sequence and
 * head hash it was built at, and {@code sha256} of its content. A JSON file carries {@code "signature": {claims,
 * algorithm, keyId, value}} as a member of its root, and its content is the canonical JSON of the root without that
 * member; an HTML or PDF file ends with one trailer line ({@code <!--ledger-signature {…}-->} or
 * {@code %ledger-signature {…}}, a comment in both), and its content is every byte before that line.
 */
public final class SignedFiles {

    public static final String SCHEME = "ledger-signed-file-v1";
    public static final String CONTENT_JSON = "canonical-json-without-signature";
    public static final String CONTENT_BYTES = "bytes-before-trailer-line";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignedFiles() {
    }

    /** Adds the {@code signature} member to {@code root} (a JSON file's content). */
    public static ObjectNode signJson(ObjectNode root, ObjectNode claims, SealKey key) {
        root.remove("signature");
        claims.put("content", CONTENT_JSON);
        claims.put("sha256", ChainHash.sha256Hex(SignedDocument.canonical(root)));
        root.set("signature", signature(claims, key));
        return root;
    }

    /** {@code content} (HTML when {@code html}, else PDF) followed by its signature trailer line. */
    public static byte[] signBytes(byte[] content, boolean html, ObjectNode claims, SealKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1024);
        out.writeBytes(content);
        if (content.length == 0 || content[content.length - 1] != '\n') {
            out.write('\n');
        }
        claims.put("content", CONTENT_BYTES);
        claims.put("sha256", ChainHash.sha256Hex(out.toByteArray()));
        String trailer = text(signature(claims, key));
        out.writeBytes((html ? Trailer.HTML : Trailer.PDF).line(trailer).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** What an offline check found: the claims, the key, and the problems (none when authentic). */
    public record Verdict(JsonNode claims, String keyId, String algorithm, List<String> problems) {

        public boolean authentic() {
            return problems.isEmpty();
        }
    }

    /** Whether {@code file} carries a signature of this kind (a JSON root member or a trailer line). */
    public static boolean carriesSignature(byte[] file) {
        JsonNode root = jsonRoot(file);
        return root != null ? root.path("signature").has("claims") : trailer(file) != null;
    }

    /** Checks a file with nothing but the public key file's content. */
    public static Verdict check(byte[] file, String publicKeyPem) {
        JsonNode signature;
        byte[] content;
        JsonNode root = jsonRoot(file);
        if (root instanceof ObjectNode object && object.path("signature").has("claims")) {
            signature = object.remove("signature");
            content = SignedDocument.canonical(object);
        } else {
            int start = trailerStart(file);
            String line = trailer(file);
            if (line == null) {
                return new Verdict(null, null, null, List.of("the file carries no ledger signature"));
            }
            signature = parse(line);
            content = Arrays.copyOf(file, start);
        }
        List<String> problems = new ArrayList<>();
        JsonNode claims = signature == null ? null : signature.path("claims");
        if (claims == null || !claims.isObject()) {
            return new Verdict(null, null, null, List.of("the file's signature block is unreadable"));
        }
        String actual = ChainHash.sha256Hex(content);
        if (!actual.equals(claims.path("sha256").asText())) {
            problems.add("the content's SHA-256 is " + actual + ", not the " + claims.path("sha256").asText()
                    + " that was signed: the file was changed after it was signed");
        }
        SealSignature seal = new SealSignature(signature.path("algorithm").asText(),
                signature.path("keyId").asText(), signature.path("value").asText());
        if (!SealKey.verify(publicKeyPem, SignedDocument.canonical(claims), seal)) {
            problems.add("the signature (key " + seal.keyId() + ") does not match the file's claims and this public"
                    + " key: the claims were changed, or the file was signed with another key");
        }
        return new Verdict(claims, seal.keyId(), seal.algorithm(), List.copyOf(problems));
    }

    private static ObjectNode signature(ObjectNode claims, SealKey key) {
        claims.put("scheme", SCHEME);
        SealSignature signature = key.sign(SignedDocument.canonical(claims));
        ObjectNode node = JSON.createObjectNode();
        node.set("claims", claims);
        node.put("algorithm", signature.algorithm());
        node.put("keyId", signature.keyId());
        node.put("value", signature.value());
        return node;
    }

    private static JsonNode jsonRoot(byte[] file) {
        int i = 0;
        while (i < file.length && Character.isWhitespace(file[i])) {
            i++;
        }
        return i < file.length && file[i] == '{' ? parse(new String(file, StandardCharsets.UTF_8)) : null;
    }

    /** The index where the last line starts ({@code file} ends with a line feed). */
    private static int trailerStart(byte[] file) {
        int end = file.length - 1;
        if (end < 0 || file[end] != '\n') {
            return -1;
        }
        int i = end - 1;
        while (i >= 0 && file[i] != '\n') {
            i--;
        }
        return i + 1;
    }

    /** The trailer line's JSON, or null when the last line is no signature trailer. */
    private static String trailer(byte[] file) {
        int start = trailerStart(file);
        if (start < 0) {
            return null;
        }
        String line = new String(file, start, file.length - 1 - start, StandardCharsets.UTF_8);
        String json = Trailer.HTML.json(line);
        return json != null ? json : Trailer.PDF.json(line);
    }

    /** The comment line that carries the signature's JSON: between {@code start} and {@code end}. */
    private record Trailer(String start, String end) {

        static final Trailer HTML = new Trailer("<!--ledger-signature ", "-->");
        static final Trailer PDF = new Trailer("%ledger-signature ", "");

        String line(String json) {
            return start + json + end + "\n";
        }

        /** The JSON the line carries, or null when it is no trailer of this kind. */
        String json(String line) {
            return line.startsWith(start) && line.endsWith(end)
                    ? line.substring(start.length(), line.length() - end.length()) : null;
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
