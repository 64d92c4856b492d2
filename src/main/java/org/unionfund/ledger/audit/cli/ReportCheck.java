package org.unionfund.ledger.audit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.unionfund.ledger.audit.seal.SignedDocument;
import org.unionfund.ledger.audit.seal.SignedFiles;
import org.unionfund.ledger.audit.statement.StatementHtml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code cli audit check-report FILE --public-key KEY} (alias {@code check-statement}): checks a received report
 * offline, with nothing but the file and the public key file: a signed year statement (JSON, or the HTML page that
 * carries it: the page must be exactly the rendering of its signed block), a signed file ({@link SignedFiles}: a
 * yearly report as JSON, HTML or PDF, a statement's PDF) or a checkpoint digest.
 */
record ReportCheck(PrintStream out) {

    int run(String file, String publicKeyFile) {
        byte[] bytes;
        String publicKey;
        try {
            bytes = Files.readAllBytes(Path.of(file));
            publicKey = Files.readString(Path.of(publicKeyFile), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + e.getMessage());
        }
        if (SignedFiles.carriesSignature(bytes)) {
            return signedFile(bytes, publicKey);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean html = !text.stripLeading().startsWith("{");
        JsonNode document = html ? StatementHtml.extract(text) : parse(text);
        if (document == null) {
            out.println("NOT AUTHENTIC: " + file + " carries no signed statement");
            return 1;
        }
        if (!document.has("statement") && document.has("number")) {
            return new OfflineCheck(out).run(file, publicKeyFile);
        }
        SignedDocument.Verdict verdict = SignedDocument.check(document, publicKey);
        if (!verdict.authentic()) {
            verdict.problems().forEach(problem -> out.println("NOT AUTHENTIC: " + problem));
            return 1;
        }
        if (html && !StatementHtml.render(document).equals(text)) {
            out.println("NOT AUTHENTIC: the page's signed block is intact, but the page around it was changed (it"
                    + " is not the rendering of the signed statement); trust only the JSON block or ask for a new"
                    + " copy");
            return 1;
        }
        JsonNode s = document.path("statement");
        out.printf("AUTHENTIC: sealed statement %s of %s (%s), year %d: %d lines, sealed at global sequence %d"
                        + " (hash %s), %d correction(s) after the seal; digest %s, signed by audit key %s (%s)%n",
                s.path("sealId").asText(), s.path("bodyName").asText(), s.path("bodyId").asText(),
                s.path("year").asInt(), s.path("lines").size(), s.path("seal").path("gseq").asLong(),
                s.path("seal").path("hash").asText(), s.path("correctionsAfterSeal").size(), verdict.digest(),
                verdict.keyId(), verdict.algorithm());
        if (verdict.stamp() != null) {
            out.println("TIMESTAMP: RFC 3161 token of " + verdict.stamp().authority() + " at "
                    + verdict.stamp().time());
        }
        return 0;
    }

    private int signedFile(byte[] bytes, String publicKey) {
        SignedFiles.Verdict verdict = SignedFiles.check(bytes, publicKey);
        if (!verdict.authentic()) {
            verdict.problems().forEach(problem -> out.println("NOT AUTHENTIC: " + problem));
            return 1;
        }
        JsonNode c = verdict.claims();
        out.printf("AUTHENTIC: %s %s of %s, year %d, built at global sequence %d (head hash %s)%s; content SHA-256"
                        + " %s, signed by audit key %s (%s)%n", c.path("kind").asText(), c.path("file").asText(),
                c.path("body").asText(), c.path("year").asInt(), c.path("sequence").asLong(),
                c.path("headHash").asText(), c.has("checkpoint") ? ", checkpoint " + c.path("checkpoint").asLong()
                        + " " + c.path("checkpointHash").asText() : "", c.path("sha256").asText(), verdict.keyId(),
                verdict.algorithm());
        if (c.has("checkpoint")) {
            out.println("To check that a store still holds that log: cli audit check --number "
                    + c.path("checkpoint").asLong() + " --hash " + c.path("checkpointHash").asText());
        }
        return 0;
    }

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
