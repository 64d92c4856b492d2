package org.unionfund.ledger.reporting.web;

import java.time.Clock;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.reporting.model.ReportFormat;
import org.unionfund.ledger.reporting.model.ReportStatus;
import org.unionfund.ledger.reporting.model.SignOff;
import org.unionfund.ledger.reporting.model.YearlyReport;
import org.unionfund.ledger.reporting.query.YearlyReports;
import org.unionfund.ledger.security.CurrentPrincipal;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.scope.ScopeGuard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The yearly summary report over HTTP. Scope: {@code body} names the report's region, so a CLERK or PROVINCIAL_STAFF
 * gets reports of their own subtree only (the query scope interceptor checks it before the handler, and the handler
 * asks the {@link ScopeGuard} again); AUDITOR and SYSTEM get any; ADMIN none.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Yearly summary reports (JSON, CSV, XLSX, HTML, PDF) of a union body and its subtree, "
        + "stating the global sequence and audit digest they were computed at (docs/reports.md)")
public record ReportController(YearlyReports reports, ScopeGuard guard, Clock clock) {

    public static final String SEQUENCE_HEADER = "X-Ledger-Sequence";
    public static final String CHECKPOINT_HEADER = "X-Ledger-Checkpoint";

    private static final String AS_OF = "Optional cut: a global sequence number (1234), an instant "
            + "(2025-04-10T08:00:00Z) or a date (2025-04-10, end of day Asia/Shanghai); the log is replayed up to it. "
            + "Without it the report is read from the live projections.";

    @GetMapping("/yearly")
    @Operation(summary = "The yearly summary of a union body and its subtree",
            description = "Totals (funds, allocations, matching, spend, person-times, distinct workers, per-capita, "
                    + "coverage, non-public and new-form workers, leverage), breakdowns by region, category, new-form "
                    + "subtype, ownership and month, fund lines, the matching-compliance table and the consolidation "
                    + "check. format=json (default), csv (a zip of one CSV per table; with table=NAME that one CSV), "
                    + "xlsx (one sheet per table), html (one self-contained page with charts; prints A4 landscape) or pdf (A4 "
                    + "landscape, every column on the page, headers repeated, page numbers, CJK font embedded). The same inputs give "
                    + "byte-identical JSON and CSV.")
    public ResponseEntity<byte[]> yearly(@RequestParam int year,
            @Parameter(description = "Union body id (e.g. 330000); the report covers its subtree")
            @RequestParam String body,
            @Parameter(description = "json, csv, xlsx, html or pdf") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = "CSV only: one table (report, totals, by_region, by_category, by_subtype, "
                    + "by_ownership, by_month, funds, matching, consolidation)")
            @RequestParam(required = false) String table) {
        guard.read(body, "body");
        ReportFormat reportFormat = ReportFormat.parse(format);
        YearlyReport report = reports.build(year, body, asOf, null);
        // the printed formats end with 编制单位 / 制表人 (the signed-in user) / 审核人 / 日期 (today in Asia/Shanghai)
        SignOff signOff = SignOff.of(CurrentPrincipal.get().map(LedgerPrincipal::name).orElse(null), clock);
        byte[] bytes = reports.render(report, reportFormat, table, signOff);
        boolean single = reportFormat == ReportFormat.CSV && table != null && !table.isBlank();
        String contentType = single ? ReportFormat.CSV_TABLE_TYPE : reportFormat.contentType();
        String file = report.baseName() + (single ? "-" + table.trim() + ".csv" : reportFormat.extension());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        headers.setContentDisposition((reportFormat == ReportFormat.HTML || reportFormat == ReportFormat.JSON
                ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file).build());
        headers.set(SEQUENCE_HEADER, String.valueOf(report.basis().sequence()));
        if (report.basis().checkpoint() != null) {
            headers.set(CHECKPOINT_HEADER, report.basis().checkpoint().number() + ":"
                    + report.basis().checkpoint().hash());
        }
        return ResponseEntity.ok().headers(headers).body(bytes);
    }

    @GetMapping("/yearly/status")
    @Operation(summary = "Whether the yearly report can be computed now (for progress displays)",
            description = "Live: how far the projections are behind the log. With asOf: starts the replay of the log "
                    + "to the cut in the background (if it is not kept already) and tells how far it is.")
    public ReportStatus status(@RequestParam int year, @RequestParam String body,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        guard.read(body, "body");
        return reports.status(year, body, asOf);
    }
}
