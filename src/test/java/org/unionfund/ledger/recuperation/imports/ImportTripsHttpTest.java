package org.unionfund.ledger.recuperation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.platform.operations.ImportMeters;
import org.unionfund.ledger.platform.operations.LedgerMeters;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Trips imported over the multipart endpoint on the embedded store: dry run writes nothing and explains the two
 * refused rows; the commit writes the rest; GBK CSV and XLSX of the same rows are then recognised as already
 * imported (the same commands, so the same events) and write nothing.
 */
@LedgerAppTest
@TestPropertySource(properties = "ledger.test.context=imports")
class ImportTripsHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    MongoDatabase database;
    @Autowired
    MeterRegistry meters;
    @TempDir
    Path dir;

    private RestClient http;

    @BeforeEach
    void world() throws Exception {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        ImportWorld.load(port, http, commands);
    }

    JsonNode upload(String user, Path file, boolean dryRun, int status) throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        ResponseEntity<String> response = http.post().uri("/api/v1/imports/trips?dryRun=" + dryRun)
                .headers(h -> h.setBasicAuth(user, TestUsers.PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }

    /** Commit documents of the event store (projections write elsewhere, asynchronously). */
    long commits() {
        return database.getCollection("events").countDocuments();
    }

    @Test
    void dry_run_then_commit_then_the_same_rows_in_other_formats_write_nothing() throws Exception {
        List<List<String>> rows = ImportSample.rows(11, "H-");
        Path xlsx = dir.resolve("sample.xlsx");
        Path utf8 = dir.resolve("sample.csv");
        Path gbk = dir.resolve("sample-gbk.csv");
        ImportSample.writeXlsx(xlsx, rows);
        ImportSample.writeCsv(utf8, rows, ImportSample.utf8(), true);
        ImportSample.writeCsv(gbk, rows, ImportSample.gbk(), false);

        long before = commits();
        JsonNode dry = upload(TestUsers.GS_CLERK, xlsx, true, 200);
        assertThat(dry.path("refused").asInt()).as(dry.toString()).isEqualTo(ImportSample.REFUSED);
        assertThat(dry.path("wouldWrite").asInt()).isEqualTo(ImportSample.WRITTEN_ROWS);
        assertThat(dry.path("held").asInt()).isZero();
        assertThat(refusedRules(dry)).containsExactlyInAnyOrder("standard-exceeded", "invalid-id-number");
        assertThat(dry.toString()).doesNotContain(rows.get(0).get(7)).contains("**");
        assertThat(commits()).isEqualTo(before);

        double importedBefore = importRows(ImportMeters.IMPORTED);
        double refusedBefore = importRows(ImportMeters.REFUSED);
        JsonNode written = upload(TestUsers.GS_CLERK, utf8, false, 200);
        assertThat(written.path("written").asInt()).as(written.toString()).isEqualTo(ImportSample.WRITTEN_ROWS);
        assertThat(written.path("refused").asInt()).isEqualTo(ImportSample.REFUSED);
        assertThat(importRows(ImportMeters.IMPORTED) - importedBefore).isEqualTo(ImportSample.WRITTEN_ROWS);
        assertThat(importRows(ImportMeters.REFUSED) - refusedBefore).isEqualTo(ImportSample.REFUSED);
        long after = commits();
        assertThat(after).isGreaterThan(before);

        for (Path again : List.of(gbk, xlsx, utf8)) {
            JsonNode repeat = upload(TestUsers.GS_CLERK, again, false, 200);
            assertThat(repeat.path("alreadyPresent").asInt()).as(repeat.toString())
                    .isEqualTo(ImportSample.WRITTEN_ROWS);
            assertThat(repeat.path("written").asInt()).isZero();
        }
        assertThat(commits()).isEqualTo(after);

        JsonNode trip = JSON.readTree(http.get().uri("/api/v1/trips/H-IMP-GS-0602").retrieve().body(String.class));
        assertThat(trip.toString()).contains("IMP-S:H-IMP-GS-0602");
    }

    private double importRows(String outcome) {
        Counter counter = meters.find(LedgerMeters.IMPORT_ROWS).tag("source", "trips").tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void a_clerk_of_another_body_is_refused_per_trip_and_nothing_is_written() throws Exception {
        Path xlsx = dir.resolve("other.xlsx");
        List<List<String>> rows = ImportSample.rows(12).stream().map(r -> {
            List<String> copy = new java.util.ArrayList<>(r);
            copy.set(1, "NB-" + copy.get(1));
            return copy;
        }).toList();
        ImportSample.writeXlsx(xlsx, rows);
        long before = commits();
        JsonNode report = upload(TestUsers.NB_CLERK, xlsx, false, 200);
        assertThat(report.path("written").asInt()).isZero();
        assertThat(refusedRules(report)).contains("out-of-scope");
        assertThat(commits()).isEqualTo(before);
    }

    @Test
    void the_cli_imports_in_chunks_of_whole_trips_with_a_progress_bar() throws Exception {
        List<List<String>> rows = ImportSample.rows(13).stream().map(r -> {
            List<String> copy = new java.util.ArrayList<>(r);
            copy.set(1, "CLI-" + copy.get(1));
            return copy;
        }).toList();
        Path gbk = dir.resolve("cli-gbk.csv");
        ImportSample.writeCsv(gbk, rows, ImportSample.gbk(), false);
        String url = "http://localhost:" + port;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int dry = org.unionfund.ledger.LedgerCli.run(new String[] {"--url", url, "--user", TestUsers.GS_CLERK,
            "--password", TestUsers.PASSWORD, "import", "trips", gbk.toString(), "--dry-run", "--chunk-rows", "4"},
                new java.io.PrintStream(out, true, "UTF-8"), new java.io.PrintStream(err, true, "UTF-8"));
        String printed = out.toString("UTF-8");
        assertThat(dry).as(printed + err.toString("UTF-8")).isEqualTo(3);
        assertThat(printed).contains("would write 10", "refused 2", "standard-exceeded", "invalid-id-number",
                "row 9 ", "row 10 ");
        assertThat(err.toString("UTF-8")).contains("100.0%  12/12");

        out.reset();
        int first = org.unionfund.ledger.LedgerCli.run(new String[] {"--url", url, "--user", TestUsers.GS_CLERK,
            "--password", TestUsers.PASSWORD, "import", "trips", gbk.toString(), "--chunk-rows", "4"},
                new java.io.PrintStream(out, true, "UTF-8"), new java.io.PrintStream(err, true, "UTF-8"));
        assertThat(out.toString("UTF-8")).as(err.toString("UTF-8")).contains("written 10,");
        assertThat(first).isEqualTo(3);
        out.reset();
        org.unionfund.ledger.LedgerCli.run(new String[] {"--url", url, "--user", TestUsers.GS_CLERK,
            "--password", TestUsers.PASSWORD, "import", "trips", gbk.toString()},
                new java.io.PrintStream(out, true, "UTF-8"), new java.io.PrintStream(err, true, "UTF-8"));
        assertThat(out.toString("UTF-8")).contains("written 0,", "already present 10,");
    }

    @Test
    void the_report_downloads_as_xlsx_with_the_refused_rows_marked() throws Exception {
        Path xlsx = dir.resolve("dl.xlsx");
        ImportSample.writeXlsx(xlsx, ImportSample.rows(14, "D-"));
        JsonNode report = upload(TestUsers.GS_CLERK, xlsx, true, 200);
        ResponseEntity<byte[]> file = http.get().uri(report.path("xlsx").asText())
                .headers(h -> h.setBasicAuth(TestUsers.GS_CLERK, TestUsers.PASSWORD)).retrieve()
                .toEntity(byte[].class);
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                file.getBody()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(ImportSample.ROWS + 1);
            int red = 0;
            for (int r = 1; r <= ImportSample.ROWS; r++) {
                if (sheet.getRow(r).getCell(4).getStringCellValue().startsWith("拒绝")) {
                    red++;
                    assertThat(sheet.getRow(r).getCell(4).getCellStyle().getFillPattern())
                            .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                }
            }
            assertThat(red).isEqualTo(ImportSample.REFUSED);
            assertThat(sheet.getRow(ImportSample.ROWS + 1).getCell(0).getStringCellValue()).startsWith("合计");
        }
        ResponseEntity<String> other = http.get().uri(report.path("xlsx").asText())
                .headers(h -> h.setBasicAuth(TestUsers.HZ_CLERK, TestUsers.PASSWORD)).retrieve()
                .toEntity(String.class);
        assertThat(other.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void an_unreadable_file_is_a_400_problem_naming_the_rule() throws Exception {
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 'a'});
        JsonNode problem = upload(TestUsers.GS_CLERK, broken, true, 400);
        assertThat(problem.path("rule").asText()).isEqualTo("wrong-encoding");
    }

    @Test
    void eligible_worker_counts_import_with_a_dry_run_and_the_clerks_scope() throws Exception {
        Path csv = dir.resolve("eligible.csv");
        Files.writeString(csv, "单位编号,年度,职工类别,应覆盖职工数\n330105,2026,一线职工,100\n330105,2026,新就业形态劳动者,20\n"
                + "330100,2026,FRONTLINE,500\n330105,2027,临时工,5\n", java.nio.charset.Charset.forName("GBK"));
        long before = commits();
        JsonNode dry = uploadTo("/api/v1/imports/eligible-workers", TestUsers.GS_CLERK, csv, true);
        assertThat(dry.path("wouldWrite").asInt()).as(dry.toString()).isEqualTo(2);
        assertThat(dry.path("refused").asInt()).isEqualTo(2);
        assertThat(refusedRules(dry)).containsExactlyInAnyOrder("out-of-scope", "unknown-category");
        assertThat(commits()).isEqualTo(before);
        JsonNode written = uploadTo("/api/v1/imports/eligible-workers", TestUsers.GS_CLERK, csv, false);
        assertThat(written.path("written").asInt()).as(written.toString()).isEqualTo(2);
        assertThat(commits()).isEqualTo(before + 1);
        JsonNode again = uploadTo("/api/v1/imports/eligible-workers", TestUsers.GS_CLERK, csv, false);
        assertThat(again.path("alreadyPresent").asInt()).isEqualTo(2);
        assertThat(commits()).isEqualTo(before + 1);
    }

    JsonNode uploadTo(String path, String user, Path file, boolean dryRun) throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        ResponseEntity<String> response = http.post().uri(path + "?dryRun=" + dryRun)
                .headers(h -> h.setBasicAuth(user, TestUsers.PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private static List<String> refusedRules(JsonNode report) {
        List<String> rules = new java.util.ArrayList<>();
        report.path("outcomes").forEach(o -> {
            if (o.path("status").asText().equals("REFUSED")) {
                rules.add(o.path("rule").asText());
            }
        });
        return rules.stream().distinct().toList();
    }
}
