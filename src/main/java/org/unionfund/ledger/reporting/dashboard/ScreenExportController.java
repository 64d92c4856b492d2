package org.unionfund.ledger.reporting.dashboard;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.platform.web.RequestProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The dashboard's XLSX button: the table as the screen shows it (Chinese headers, names, 合计 row) with numbers,
 * percentages and dates as typed cells. It only formats what the signed-in user's page already holds: no data is read.
 */
@RestController
@RequestMapping("/dashboard/api")
@Tag(name = "Dashboard", description = "The dashboard's own helpers (docs/dashboard.md)")
public class ScreenExportController {

    @PostMapping(value = "/xlsx/table", consumes = MediaType.APPLICATION_JSON_VALUE, produces = XlsxTable.MEDIA_TYPE)
    @Operation(summary = "A dashboard table as an XLSX sheet, as on the screen",
            description = "columns: [{label, kind: text|count|yuan|percent|date}], rows: raw values (decimal "
                    + "strings, percentages as fractions, dates yyyy-MM-dd). A row starting with 合计 is bold.")
    public ResponseEntity<byte[]> table(@RequestBody ScreenTable table) {
        String file = table.name() == null ? "" : table.name().replaceAll("[^A-Za-z0-9._-]", "_");
        if (file.isEmpty() || file.length() > 80) {
            throw RequestProblem.badRequest("invalid-value", "name", "name is 1 to 80 characters of "
                    + "A-Z a-z 0-9 . _ -");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(XlsxTable.MEDIA_TYPE));
        headers.setContentDisposition(ContentDisposition.attachment().filename(file + ".xlsx").build());
        return ResponseEntity.ok().headers(headers).body(ScreenTableXlsx.write(table));
    }
}
