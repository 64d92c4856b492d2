package org.unionfund.ledger.audit.exchange.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.audit.web.NdjsonStream;
import org.unionfund.ledger.audit.exchange.Exporter;
import org.unionfund.ledger.audit.exchange.ImportResult;
import org.unionfund.ledger.audit.exchange.Importer;
import org.unionfund.ledger.audit.log.EventFilter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit: export and import", description = "The event log as NDJSON with its hashes (docs/audit.md)")
public record ExchangeController(Exporter exporter, Importer importer) {

    @GetMapping(value = "/export", produces = NdjsonStream.MEDIA_TYPE)
    @Operation(summary = "Export the log (or a filtered part) as NDJSON, streamed",
            description = "A header line, then per commit its event lines and its commit line, a checkpoint line "
                    + "after each checkpoint's last commit, and a trailer with the digest (SHA-256 over all lines "
                    + "before it). Covers the log up to the latest checkpoint (sealed first). Readable without this "
                    + "program; the format and how to check it by hand are in docs/audit.md.")
    public void export(@RequestParam(required = false) String body,
            @RequestParam(required = false) String aggregate,
            @RequestParam(required = false) String type,
            @Parameter(description = "Recorded at or after this instant")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Recorded before this instant")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            HttpServletResponse response) throws IOException {
        EventFilter filter = new EventFilter(body, aggregate, type, from, to);
        response.setStatus(200);
        response.setContentType(NdjsonStream.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger-export.ndjson\"");
        OutputStream out = response.getOutputStream();
        exporter.export(filter, out, null);
        out.flush();
    }

    @PostMapping(value = "/import", consumes = {NdjsonStream.MEDIA_TYPE, "application/octet-stream", "text/plain"})
    @Operation(summary = "Import a full export into an EMPTY store",
            description = "Reproduces the commits exactly (global sequences, grouping, hashes, checkpoints), checks "
                    + "every line, the digest and then the whole imported log, and replays the projections. Refused "
                    + "(422 store-not-empty) unless the store holds no events; a bad file (422 import-rejected) "
                    + "leaves the store empty.")
    public ImportResult importExport(HttpServletRequest request) throws IOException {
        return importer.importFrom(request.getInputStream());
    }
}
