package org.unionfund.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.audit.cli.AuditCli;
import org.unionfund.ledger.testsupport.SealedYearAppTest;
import org.unionfund.ledger.testsupport.TestTsa;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything an auditor downloads is checkable offline with only the file and the public key: the yearly report
 * (JSON, HTML, PDF), the sealed statement's PDF, and a checkpoint digest with its RFC 3161 token (from a TSA inside
 * the test). A changed byte, figure, claim or token fails the check.
 */
@TestPropertySource(properties = "ledger.test.context=signed-downloads")
class SignedDownloadsHttpTest extends SealedYearAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private byte[] get(String path) {
        ResponseEntity<byte[]> response = http.get().uri(path).retrieve().toEntity(byte[].class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    private RestClient asUser(String user) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", TestUsers.basic(user)).build();
    }

    private Path keyFile() throws Exception {
        return Files.writeString(dir.resolve("ledger-audit.pub"), JSON.readTree(get("/api/v1/audit/public-key"))
                .path("publicKey").asText());
    }

    record Run(int code, String out) {
    }

    private Run cli(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = AuditCli.run(List.of(words), "http://127.0.0.1:" + port, TestUsers.AUDITOR, TestUsers.PASSWORD,
                print, print);
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    private Run checkReport(String name, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        return cli("check-report", file.toString(), "--public-key", keyFile().toString());
    }

    private static byte[] flipped(byte[] content, int at) {
        byte[] copy = Arrays.copyOf(content, content.length);
        copy[at] ^= 0x01;
        return copy;
    }

    @Test
    void the_yearly_report_json_carries_a_signature_over_its_content_and_the_head_it_was_built_at() throws Exception {
        byte[] report = get("/api/v1/reports/yearly?year=2025&body=330000&format=json");
        JsonNode root = JSON.readTree(report);
        JsonNode claims = root.path("signature").path("claims");
        assertThat(claims.path("sequence").asLong()).isEqualTo(root.path("basis").path("sequence").asLong())
                .isPositive();
        assertThat(claims.path("headHash").asText()).matches("[0-9a-f]{64}");
        assertThat(claims.path("body").asText()).isEqualTo("330000");
        assertThat(report).as("Ed25519 is deterministic: the same report, the same bytes")
                .isEqualTo(get("/api/v1/reports/yearly?year=2025&body=330000&format=json"));

        Run authentic = checkReport("report.json", report);
        assertThat(authentic.code()).as(authentic.out()).isZero();
        assertThat(authentic.out()).contains("AUTHENTIC: yearly-summary yearly-report-330000-2025.json of 330000")
                .contains("global sequence " + claims.path("sequence").asLong());
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        assertThat(checkReport("pretty.json", pretty.getBytes(StandardCharsets.UTF_8)).code()).isZero();

        ObjectNode changed = (ObjectNode) JSON.readTree(report);
        changed.withArray("summary").set(0, JSON.getNodeFactory().textNode("改过的摘要"));
        Run figure = checkReport("changed.json", JSON.writeValueAsBytes(changed));
        assertThat(figure.code()).isEqualTo(1);
        assertThat(figure.out()).contains("NOT AUTHENTIC: the content's SHA-256");

        ObjectNode moved = (ObjectNode) JSON.readTree(report);
        ((ObjectNode) moved.path("signature").path("claims")).put("sequence", 1);
        Run claim = checkReport("moved.json", JSON.writeValueAsBytes(moved));
        assertThat(claim.code()).isEqualTo(1);
        assertThat(claim.out()).contains("the claims were changed");
    }

    @Test
    void the_yearly_report_html_and_pdf_end_with_a_signature_line_and_any_changed_byte_fails() throws Exception {
        byte[] html = get("/api/v1/reports/yearly?year=2025&body=330000&format=html");
        String text = new String(html, StandardCharsets.UTF_8);
        assertThat(text).contains("</html>").endsWith("-->\n");
        assertThat(checkReport("report.html", html).code()).isZero();
        Run changedHtml = checkReport("changed.html", text.replaceFirst("合计", "总计")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(changedHtml.code()).as(changedHtml.out()).isEqualTo(1);

        byte[] pdf = get("/api/v1/reports/yearly?year=2025&body=330000&format=pdf");
        assertThat(PdfInspection.of(pdf).pages()).as("the trailer leaves the PDF readable").isPositive();
        Run authentic = checkReport("report.pdf", pdf);
        assertThat(authentic.code()).as(authentic.out()).isZero();
        assertThat(authentic.out()).contains("yearly-report-330000-2025.pdf");
        Run changedPdf = checkReport("changed.pdf", flipped(pdf, pdf.length / 2));
        assertThat(changedPdf.code()).isEqualTo(1);
        assertThat(changedPdf.out()).contains("the file was changed after it was signed");
    }

    @Test
    void the_sealed_statement_is_a_signed_pdf_and_listed_with_its_signature_state() throws Exception {
        byte[] pdf = get("/api/v1/audit/year-statements/330105/2025/pdf");
        assertThat(PdfInspection.of(pdf).text()).contains("年度结账报表").contains("试算平衡表").contains("合计");
        Run authentic = checkReport("statement.pdf", pdf);
        assertThat(authentic.code()).as(authentic.out()).isZero();
        assertThat(authentic.out()).contains("AUTHENTIC: year-statement year-statement-330105-2025.pdf");
        assertThat(checkReport("changed-statement.pdf", flipped(pdf, pdf.length / 3)).code()).isEqualTo(1);

        JsonNode seals = JSON.readTree(get("/api/v1/audit/year-statements"));
        assertThat(seals.size()).isEqualTo(1);
        assertThat(seals.get(0).path("sealId").asText()).isEqualTo("seal:2025:330105");
        assertThat(seals.get(0).path("bodyName").asText()).isEqualTo("拱墅区总工会");
        assertThat(seals.get(0).path("signatureHolds").asBoolean()).isTrue();
        assertThat(seals.get(0).path("corrections").asInt()).isZero();
        assertThat(JSON.readTree(asUser(TestUsers.GS_CLERK).get().uri("/api/v1/audit/year-statements").retrieve()
                .body(String.class)).size()).as("Gongshu's own seal").isEqualTo(1);
        assertThat(JSON.readTree(asUser(TestUsers.NB_CLERK).get().uri("/api/v1/audit/year-statements").retrieve()
                .body(String.class)).size()).as("a Ningbo clerk sees no Hangzhou seal").isZero();
    }

    /** The Java-free procedure of docs/audit.md ("Without the jar"), run as written: jq, sha256sum, openssl. */
    @Test
    void the_documented_openssl_steps_check_a_report_without_java() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl"))
                && Files.isExecutable(Path.of("/usr/bin/jq")), "openssl and jq are installed");
        Files.write(dir.resolve("report.pdf"), get("/api/v1/reports/yearly?year=2025&body=330000&format=pdf"));
        Files.write(dir.resolve("report.json"), get("/api/v1/reports/yearly?year=2025&body=330000&format=json"));
        keyFile();
        String steps = new String(getClass().getResourceAsStream("/signed-file-check.sh").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(shell(steps, "report.pdf")).contains("Signature Verified Successfully").contains("content OK");
        assertThat(shell(steps, "report.json")).contains("Signature Verified Successfully").contains("content OK");
        Files.write(dir.resolve("changed.pdf"), flipped(Files.readAllBytes(dir.resolve("report.pdf")), 2000));
        assertThat(shell(steps, "changed.pdf")).contains("content CHANGED");
    }

    private String shell(String script, String file) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", script, "check", file, "ledger-audit.pub")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    @Test
    void a_checkpoint_digest_carries_an_rfc3161_token_checked_offline() throws Exception {
        Path digest = dir.resolve("digest.json");
        Run written = cli("checkpoint", "--out", digest.toString());
        assertThat(written.code()).as(written.out()).isZero();
        JsonNode kept = JSON.readTree(Files.readString(digest));
        assertThat(kept.path("timestamp").asText()).isNotBlank();

        Run offline = cli("check", digest.toString(), "--public-key", keyFile().toString());
        assertThat(offline.code()).as(offline.out()).isZero();
        assertThat(offline.out()).contains("AUTHENTIC: checkpoint " + kept.path("number").asLong())
                .contains("TIMESTAMP: RFC 3161 token of " + TestTsa.SUBJECT);
        Run online = cli("check", digest.toString());
        assertThat(online.code()).as(online.out()).isZero();
        assertThat(online.out()).contains("TIMESTAMP: RFC 3161 token").contains("MATCHES");

        String otherToken = JSON.readTree(get("/api/v1/audit/year-statements/330105/2025")).path("timestamp")
                .asText();
        ObjectNode swapped = (ObjectNode) kept.deepCopy();
        swapped.put("timestamp", otherToken);
        Path forged = Files.writeString(dir.resolve("forged.json"), swapped.toString());
        Run refused = cli("check", forged.toString(), "--public-key", keyFile().toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("timestamp does not hold").contains("another digest");
    }
}
