package org.unionfund.ledger.reporting.render;

import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.statement.StatementHtml;
import org.unionfund.ledger.audit.statement.StatementPrinter;

import com.fasterxml.jackson.databind.JsonNode;

/** The sealed year statement as PDF: its HTML page through the yearly report's PDF renderer (A4, CJK font). */
@Component
public class StatementPdf implements StatementPrinter {

    private static final String CSS = "@page{size:A4;margin:14mm 12mm}body{font-family:\"" + PdfReportWriter.FONT_FAMILY
            + "\";font-size:9pt;margin:0}h1{font-size:14pt}h2{font-size:11pt}code{font-size:7pt;"
            + "word-wrap:break-word}table{width:100%;font-size:8pt}";

    @Override
    public byte[] pdf(JsonNode signedDocument) {
        return PdfReportWriter.render(StatementHtml.xhtml(signedDocument, CSS));
    }
}
