package org.unionfund.ledger.recuperation.imports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersId;
import org.unionfund.ledger.recuperation.eligibility.api.RegisterEligibleWorkersCommand;
import org.unionfund.ledger.recuperation.imports.command.EligibleImporter;
import org.unionfund.ledger.recuperation.imports.command.RowOutcome;
import org.unionfund.ledger.recuperation.imports.command.TripImporter;
import org.unionfund.ledger.recuperation.imports.read.ImportFileProblem;
import org.unionfund.ledger.recuperation.imports.read.ImportLimits;
import org.unionfund.ledger.recuperation.imports.read.TableSource;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.EligibleSheet;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;
import org.unionfund.ledger.recuperation.imports.rows.TripSheet;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.platform.operations.ImportMeters;
import org.unionfund.ledger.security.CurrentPrincipal;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.security.scope.ScopedInHandler;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.web.RequestProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Trips with participants and settlement, and eligible-worker counts, from CSV "
        + "(UTF-8 or GBK/GB18030) and XLSX files; dry run first (docs/import.md)")
public record ImportController(TripImporter importer, WorkerPseudonyms pseudonyms, ScopeGuard scope,
        ImportReports reports, EligibleImporter eligible, BodyDirectory directory, ImportMeters meters) {

    @PostMapping(path = "/trips", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import trips with their participants and settlement (dry run by default)",
            description = "One row per participant in the template's columns (or those of a column mapping file). "
                    + "dryRun=true (default) checks every row against the command path's rules and writes nothing; "
                    + "dryRun=false sends the same commands, one commit per trip (all-or-nothing), signed by the "
                    + "caller; importing the same rows again writes nothing (status ALREADY_PRESENT). A clerk's "
                    + "trips outside its subtree are refused (out-of-scope). A file that cannot be read answers 400 "
                    + "(wrong-encoding, malformed-xlsx, password-protected, formula-cell, merged-cells, empty-sheet,"
                    + " missing-columns, too-many-rows) or 413 (over 64 MB); rows are refused per row in the report.")
    public ImportReport importTrips(@RequestPart("file") MultipartFile file,
            @Parameter(description = "Column mapping JSON (docs/import.md); default: the template")
            @RequestPart(value = "mapping", required = false) MultipartFile mapping,
            @Parameter(description = "CSV encoding: UTF-8, GBK or GB18030; default: detected")
            @RequestParam(value = "encoding", required = false) String encoding,
            @RequestParam(value = "dryRun", defaultValue = "true") boolean dryRun) throws IOException {
        LedgerPrincipal principal = principal();
        ColumnMapping columns;
        try {
            columns = mapping == null || mapping.isEmpty() ? ColumnMapping.defaults()
                    : ColumnMapping.parse(mapping.getBytes());
        } catch (ImportFileProblem problem) {
            throw ImportProblems.of(problem);
        }
        return imported(principal, file, "trips", columns.name(), dryRun, temp -> {
            List<ImportedTrip> trips = new TripSheet(columns, pseudonyms, ImportLimits.DEFAULT)
                    .readAll(TableSource.of(temp, encoding));
            // once per programme, "in scope" included (a check reads the programme's stream, a batch of events)
            Map<String, Optional<RowOutcome>> scopeRefusals = new HashMap<>();
            return new Ran(trips.size(), importer.run(trips, dryRun, columns,
                    trip -> trip.key() == null ? null : scopeRefusals.computeIfAbsent(trip.key().programmeId(),
                            programme -> Optional.ofNullable(scoped(programme, columns))).orElse(null), done -> { }));
        });
    }

    @PostMapping(path = "/eligible-workers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import eligible-worker counts per body, category and year (dry run by default)",
            description = "Columns 单位编号, 年度, 职工类别, 应覆盖职工数 (or bodyId, year, category, count); one "
                    + "registration per body and year through the ordinary command, replacing that body's counts of "
                    + "the listed categories. The same rows again write nothing; a clerk only for its subtree.")
    public ImportReport importEligible(@RequestPart("file") MultipartFile file,
            @RequestParam(value = "encoding", required = false) String encoding,
            @RequestParam(value = "dryRun", defaultValue = "true") boolean dryRun) throws IOException {
        LedgerPrincipal principal = principal();
        return imported(principal, file, "eligible-workers", "eligible-workers", dryRun, temp -> {
            List<EligibleSheet.Group> groups = EligibleSheet.read(TableSource.of(temp, encoding),
                    ColumnMapping.defaults(), ImportLimits.DEFAULT);
            return new Ran(groups.size(), eligible.run(groups, dryRun, this::registration));
        });
    }

    /** Rows read from an upload and their outcomes. */
    private record Ran(int rows, List<RowOutcome> outcomes) {
    }

    private interface Run {
        Ran on(Path upload) throws IOException;
    }

    /** Runs an import on the uploaded file (deleted after), counts its rows and keeps its report for the caller. */
    private ImportReport imported(LedgerPrincipal principal, MultipartFile file, String source, String mapping,
            boolean dryRun, Run run) throws IOException {
        Path temp = upload(file);
        try {
            Ran ran = run.on(temp);
            ImportReport report = ImportReport.of(ImportReports.newId(), source, dryRun,
                    file.getOriginalFilename(), mapping, ran.rows(), ran.outcomes());
            count(source, dryRun, ran.outcomes());
            reports.keep(principal.name(), report);
            return report;
        } catch (ImportFileProblem problem) {
            throw ImportProblems.of(problem);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Rows of a committed import by outcome (ledger.import.rows); a dry run writes nothing and is not counted. */
    private void count(String source, boolean dryRun, List<RowOutcome> outcomes) {
        if (dryRun) {
            return;
        }
        Map<String, Long> byOutcome = new HashMap<>();
        for (RowOutcome outcome : outcomes) {
            String meter = switch (outcome.status()) {
                case WRITTEN -> ImportMeters.IMPORTED;
                case ALREADY_PRESENT -> ImportMeters.ALREADY_PRESENT;
                default -> ImportMeters.REFUSED;
            };
            byOutcome.merge(meter, 1L, Long::sum);
        }
        byOutcome.forEach((meter, rows) -> meters.rows(source, meter, rows));
    }

    private RegisterEligibleWorkersCommand registration(EligibleSheet.Group g) {
        BodyDirectoryEntry entry = directory.find(new BodyId(g.bodyId())).orElseThrow(() -> new RuleViolation(
                "unknown-body", "bodyId", "union body " + g.bodyId() + " is not registered"));
        try {
            scope.write(g.bodyId(), "bodyId");
        } catch (ErrorResponseException e) {
            throw new RuleViolation("out-of-scope", "bodyId", e.getBody().getDetail());
        }
        List<BodyId> path = new ArrayList<>();
        path.add(new BodyId(g.bodyId()));
        List<String> ancestors = new ArrayList<>(entry.ancestors());
        Collections.reverse(ancestors);
        ancestors.forEach(a -> path.add(new BodyId(a)));
        return new RegisterEligibleWorkersCommand(new EligibleWorkersId(new BodyId(g.bodyId())),
                EligibleImporter.registrationId(g), new LedgerId(entry.ledgerId()), path, g.year(), g.counts());
    }

    @GetMapping(path = "/reports/{reportId}.xlsx")
    @ScopedInHandler
    @Operation(summary = "An import report as XLSX: refused rows red, held rows amber, a 合计 row",
            description = "Kept in memory for the user who ran the import (the last 50 reports); only that user "
                    + "may download it (scope checked here: the report holds only that user's rows).")
    public ResponseEntity<byte[]> reportXlsx(@PathVariable String reportId) throws IOException {
        ImportReport report = reports.find(principal().name(), reportId).orElseThrow(() -> RequestProblem.notFound(
                "reportId", "no such import report for this user (reports are kept in memory, the last 50)"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-report-" + reportId + ".xlsx\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(ImportReportXlsx.write(report));
    }

    /** Null when the caller may write for the programme's body; else the refusal for its trips. */
    private RowOutcome scoped(String programme, ColumnMapping columns) {
        try {
            scope.writeForProgramme(programme, "programme");
            return null;
        } catch (ErrorResponseException e) {
            Object rule = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("rule");
            String code = rule == null ? "forbidden" : rule.toString();
            return new RowOutcome(0, null, null, null, null, RowOutcome.Status.REFUSED, code,
                    columns.header(org.unionfund.ledger.recuperation.imports.rows.TripField.PROGRAMME),
                    code.equals("not-found") || code.startsWith("unknown") ? "项目编号不存在" : "无权为该项目所属单位导入（只能导入本单位及下级）",
                    e.getBody().getDetail());
        }
    }

    static Path upload(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw RequestProblem.badRequest("empty-sheet", "file", "the uploaded file is empty");
        }
        if (file.getSize() > ImportLimits.DEFAULT.maxFileBytes()) {
            throw RequestProblem.of(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "file", "the file is larger "
                    + "than " + ImportLimits.DEFAULT.maxFileBytes() + " bytes; the CLI imports larger files in chunks");
        }
        Path temp = Files.createTempFile("ledger-import-", ".upload");
        file.transferTo(temp);
        return temp;
    }

    static LedgerPrincipal principal() {
        return CurrentPrincipal.get().orElseThrow(() -> RequestProblem.of(HttpStatus.UNAUTHORIZED,
                "unauthenticated", null, "authentication is required"));
    }
}
