package org.unionfund.ledger.reporting.render;

import org.unionfund.ledger.audit.seal.SealKey;
import org.unionfund.ledger.audit.seal.SignedFiles;
import org.unionfund.ledger.reporting.model.ReportBasis;
import org.unionfund.ledger.reporting.model.ReportFormat;
import org.unionfund.ledger.reporting.model.YearlyReport;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Signs a rendered yearly report with the audit key (docs/reports.md, "Signed reports"): JSON, HTML and PDF carry a
 * signature over their content and over the global sequence and head hash the report was built at, checkable
 * offline with {@code cli audit check-report FILE --public-key KEY}. CSV and XLSX stay unsigned (working copies).
 * Ed25519 signatures are deterministic, so the same report still gives the same bytes.
 */
public final class SignedReports {

    private SignedReports() {
    }

    public static boolean signs(ReportFormat format) {
        return format == ReportFormat.JSON || format == ReportFormat.HTML || format == ReportFormat.PDF;
    }

    /** {@code rendered} (the report in {@code format}) signed; unchanged for the formats that are not signed. */
    public static byte[] sign(YearlyReport report, ReportFormat format, byte[] rendered, String headHash,
            SealKey key) {
        if (!signs(format)) {
            return rendered;
        }
        ObjectNode claims = claims(report, format, headHash);
        if (format == ReportFormat.JSON) {
            return JsonReportWriter.write(SignedFiles.signJson(JsonReportWriter.tree(report), claims, key));
        }
        return SignedFiles.signBytes(rendered, format == ReportFormat.HTML, claims, key);
    }

    static ObjectNode claims(YearlyReport report, ReportFormat format, String headHash) {
        ReportBasis basis = report.basis();
        ObjectNode claims = JsonNodeFactory.instance.objectNode();
        claims.put("kind", YearlyReport.KIND);
        claims.put("file", report.baseName() + format.extension());
        claims.put("body", report.body().id());
        claims.put("year", report.year());
        claims.put("source", basis.source());
        claims.put("sequence", basis.sequence());
        claims.put("headHash", headHash);
        if (basis.checkpoint() != null) {
            claims.put("checkpoint", basis.checkpoint().number());
            claims.put("checkpointHash", basis.checkpoint().hash());
        }
        return claims;
    }
}
