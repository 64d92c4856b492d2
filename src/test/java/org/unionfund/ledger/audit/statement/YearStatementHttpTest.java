package org.unionfund.ledger.audit.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.audit.cli.AuditCli;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.testsupport.SealedGongshu;
import org.unionfund.ledger.testsupport.SealedYearAppTest;
import org.unionfund.ledger.testsupport.TestTsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Year close → seal → signed statement over HTTP, checked offline by the CLI with only the file and the public key
 * (JSON and HTML); a changed statement fails; a correction after the seal is listed against it. A TSA runs inside
 * the test, so every statement also carries an RFC 3161 stamp.
 */
@TestPropertySource(properties = "ledger.test.context=year-statements")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearStatementHttpTest extends SealedYearAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PostSharedCostCommand VENUE = SealedGongshu.VENUE;

    @Override
    protected Object[] sealedWith() {
        return new Object[] {VENUE};
    }

    private Path keyFile() throws Exception {
        return Files.writeString(dir.resolve("ledger-audit.pub"), http.get().uri("/api/v1/audit/public-key")
                .retrieve().body(JsonNode.class).path("publicKey").asText());
    }

    private ResponseEntity<String> get(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }

    record Check(int code, String out) {
    }

    private Check check(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = AuditCli.run(List.of("check-report", file.toString(), "--public-key", keyFile().toString()),
                "http://127.0.0.1:9", null, null, print, print);
        return new Check(code, out.toString(StandardCharsets.UTF_8));
    }

    private Path save(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    @Order(1)
    void the_close_seals_the_year_and_its_statement_carries_trial_balance_seal_and_stamp() throws Exception {
        ResponseEntity<String> response = get("/api/v1/audit/year-statements/330105/2025");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders().getFirst("Content-Disposition"))
                .contains("year-statement-330105-2025.json");
        JsonNode document = JSON.readTree(response.getBody());
        JsonNode statement = document.path("statement");
        assertThat(statement.path("sealId").asText()).isEqualTo("seal:2025:330105");
        assertThat(statement.path("bodyName").asText()).isEqualTo("拱墅区总工会");
        assertThat(statement.path("seal").path("gseq").asLong()).isPositive();
        assertThat(statement.path("seal").path("hash").asText()).hasSize(64);
        assertThat(document.path("timestamp").asText()).isNotBlank();
        List<String> programmeLines = new ArrayList<>();
        for (JsonNode line : statement.path("lines")) {
            if (line.path("kind").asText().equals("PROGRAMME")) {
                programmeLines.add(line.path("programme").asText() + " " + line.path("yearEnd").asText() + " "
                        + line.path("carriedForward").asText() + " " + line.path("afterClose").asText());
            }
        }
        assertThat(programmeLines).containsExactlyInAnyOrder(
                "GS-2025-LIAOXIU 546000.00 546000.00 0.00", "GS-2025-LIAOXIU 2000000.00 2000000.00 0.00");
        assertThat(statement.path("totals").toString()).contains("\"kind\":\"EXPENSE\",\"yearEnd\":\"30000.00\"");
        assertThat(statement.path("correctionsAfterSeal").size()).isZero();

        Check authentic = check(save("statement.json", response.getBody()));
        assertThat(authentic.code()).as(authentic.out()).isZero();
        assertThat(authentic.out()).contains("AUTHENTIC: sealed statement seal:2025:330105 of 拱墅区总工会")
                .contains("TIMESTAMP: RFC 3161 token of " + TestTsa.SUBJECT.replace(",", ","));

        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        assertThat(check(save("pretty.json", pretty)).code()).isZero();
    }

    @Test
    @Order(2)
    void a_changed_statement_fails_the_offline_check() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(get("/api/v1/audit/year-statements/330105/2025").getBody());
        for (JsonNode line : document.path("statement").path("lines")) {
            if (line.path("kind").asText().equals("EXPENSE")) {
                ((ObjectNode) line).put("yearEnd", "3000.00");
            }
        }
        Check changed = check(save("changed.json", JSON.writeValueAsString(document)));
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).contains("NOT AUTHENTIC").contains("the statement was changed");
    }

    @Test
    @Order(3)
    void the_html_statement_is_checked_offline_and_a_changed_figure_on_the_page_fails() throws Exception {
        ResponseEntity<String> page = get("/api/v1/audit/year-statements/330105/2025/html");
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        String html = page.getBody();
        assertThat(html).contains("拱墅区总工会 2025 年度结账报表").contains("合计").contains("30000.00");
        Check authentic = check(save("statement.html", html));
        assertThat(authentic.code()).as(authentic.out()).isZero();

        Check changed = check(save("changed.html", html.replaceFirst(">30000\\.00<", ">3000.00<")));
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).contains("the page around it was changed");
    }

    @Test
    @Order(4)
    void a_correction_after_the_seal_is_listed_against_it_and_the_sealed_figures_stay() throws Exception {
        commands.sendAndWait(SealedGongshu.VENUE_REFUND);
        JsonNode document = JSON.readTree(get("/api/v1/audit/year-statements/330105/2025").getBody());
        JsonNode corrections = document.path("statement").path("correctionsAfterSeal");
        assertThat(corrections.size()).isEqualTo(1);
        assertThat(corrections.get(0).path("correctionPostingId").asText()).isEqualTo("R-GS-VENUE");
        assertThat(corrections.get(0).path("originalPostingId").asText()).isEqualTo("GS-VENUE-2025");
        assertThat(corrections.get(0).path("gseq").asLong())
                .isGreaterThan(document.path("statement").path("seal").path("gseq").asLong());
        assertThat(document.path("statement").path("totals").toString())
                .contains("\"kind\":\"EXPENSE\",\"yearEnd\":\"30000.00\"");
        assertThat(check(save("corrected.json", document.toString())).code()).isZero();
        assertThat(get("/api/v1/audit/year-statements/330105/2025/html").getBody()).contains("R-GS-VENUE");
    }

    @Test
    @Order(5)
    void refusals_are_clear_problems() {
        ResponseEntity<String> open = get("/api/v1/audit/year-statements/330105/2024");
        assertThat(open.getStatusCode().value()).isEqualTo(404);
        assertThat(open.getBody()).contains("\"field\":\"year\"").contains("not sealed");
        assertThat(get("/api/v1/audit/year-statements/33%2001/2025").getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> again = http.post().uri("/api/v1/bodies/330105/years/2025/seal").retrieve()
                .toEntity(String.class);
        assertThat(again.getStatusCode().value()).isEqualTo(422);
        assertThat(again.getBody()).contains("year-sealed");
        ResponseEntity<String> notClosed = http.post().uri("/api/v1/bodies/330100/years/2025/seal").retrieve()
                .toEntity(String.class);
        assertThat(notClosed.getStatusCode().value()).isEqualTo(422);
        assertThat(notClosed.getBody()).contains("year-not-closed");
    }
}
