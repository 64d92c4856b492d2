package org.unionfund.ledger.audit.statement.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.audit.seal.TimestampTokens;
import org.unionfund.ledger.audit.statement.StatementHtml;
import org.unionfund.ledger.audit.statement.StatementPrinter;
import org.unionfund.ledger.audit.statement.YearStatements;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.security.scope.ScopedInHandler;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit/year-statements")
@Tag(name = "Audit: sealed year statements", description = "The signed statement of a sealed year (年终结账报表), "
        + "checkable offline with the public key: `cli audit check-report FILE --public-key KEY` (docs/audit.md).")
public record YearStatementController(YearStatements statements, ScopeGuard scope, StatementPrinter printer) {

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The sealed years the caller may read, oldest first",
            description = "Per seal: body (name and id), year, the seal's global sequence, hash and local time, how "
                    + "many corrections were booked against it, and whether its signed statement checks with the "
                    + "published public key (signatureHolds). The dashboard's 年终结账 page lists them.")
    @ScopedInHandler
    public List<ObjectNode> sealedYears() {
        return statements.sealedYears().stream().filter(row -> scope.canRead(row.path("bodyId").asText()))
                .toList();
    }

    @GetMapping(value = "/{bodyId}/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The sealed statement of a year as signed JSON (download)",
            description = "Trial balance of the body's year as sealed, the seal's global sequence and hash, the "
                    + "corrections booked after the seal; digest, signature and (if configured) RFC 3161 timestamp.")
    public ResponseEntity<ObjectNode> json(@PathVariable String bodyId, @PathVariable int year) {
        return download(signed(bodyId, year), bodyId, year, "json", MediaType.APPLICATION_JSON);
    }

    @GetMapping(value = "/{bodyId}/{year}/html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The sealed statement of a year as an HTML page carrying the signed JSON (download)")
    public ResponseEntity<String> html(@PathVariable String bodyId, @PathVariable int year) {
        return download(StatementHtml.render(signed(bodyId, year)), bodyId, year, "html",
                new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/{bodyId}/{year}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The sealed statement of a year as a signed PDF (download)",
            description = "The HTML page printed on A4; it ends with a signature trailer (a PDF comment line) over its "
                    + "bytes, the seal's global sequence and hash and the statement's digest: `cli audit check-report`.")
    public ResponseEntity<byte[]> pdf(@PathVariable String bodyId, @PathVariable int year) {
        ObjectNode document = signed(bodyId, year);
        return download(statements.signedPdf(document, printer.pdf(document)), bodyId, year, "pdf",
                MediaType.APPLICATION_PDF);
    }

    private ObjectNode signed(String bodyId, int year) {
        if (!SafeIdentifierValidator.isSafe(bodyId, 64)) {
            throw RequestProblem.badRequest("invalid-id", "bodyId", "bodyId must be 1 to 64 characters of A-Z a-z"
                    + " 0-9 . _ : -");
        }
        if (year < 1900 || year > 9999) {
            throw RequestProblem.badRequest("invalid-year", "year", "year must be a calendar year (1900 to 9999)");
        }
        scope.read(bodyId, "bodyId");
        Optional<ObjectNode> signed;
        try {
            signed = statements.signed(new BodyId(bodyId), year);
        } catch (TimestampTokens.Unavailable e) {
            throw RequestProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "tsa-unavailable", "year", e.getMessage()
                    + "; the statement is not issued without the configured timestamp (try again later)");
        }
        return signed.orElseThrow(() -> RequestProblem.notFound("year",
                "year " + year + " of " + bodyId + " is not sealed: close it (POST /api/v1/bodies/" + bodyId
                        + "/years/" + year + "/close seals it too)"));
    }

    private static <T> ResponseEntity<T> download(T body, String bodyId, int year, String extension,
            MediaType type) {
        String name = "year-statement-" + bodyId + "-" + year + "." + extension;
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
