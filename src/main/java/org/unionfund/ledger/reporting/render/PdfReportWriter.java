package org.unionfund.ledger.reporting.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.reporting.model.SignOff;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.YearlyReport;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report as a printable PDF: A4 landscape, every table at the page width (fixed layout, cells wrap, so no column is
 * ever cut off), table headers repeated on each page, "第 n 页，共 m 页" at the foot. Rendered by OpenHTMLtoPDF from
 * the same table markup as the HTML page ({@link HtmlTables}) with the Noto Sans SC font bundled in the jar
 * ({@value #FONT}, SIL OFL, subset to GB 2312 plus Latin and punctuation) and embedded into the file, so it prints the
 * same on any machine. Charts are left out: the tables carry every figure.
 */
public final class PdfReportWriter {

    public static final String FONT = "fonts/NotoSansSC-Regular-GB2312.ttf";
    public static final String FONT_FAMILY = "Noto Sans SC";

    private static volatile byte[] font;

    private PdfReportWriter() {
    }

    public static byte[] write(YearlyReport report) {
        return write(report, null);
    }

    public static byte[] write(YearlyReport report, SignOff signOff) {
        return render(xhtml(report, signOff));
    }

    /** Any XHTML page as a PDF with the bundled CJK font ({@value #FONT_FAMILY}) embedded. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            byte[] fontBytes = font();
            builder.useFont(() -> new ByteArrayInputStream(fontBytes), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(fontBytes), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The XHTML the PDF is rendered from (also useful to look at when a layout question comes up). */
    static String xhtml(YearlyReport report, SignOff signOff) {
        String title = XlsxReportWriter.title(report);
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" ")
                .append("lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>").append(HtmlTables.escape(title))
                .append("</title><style>").append(CSS).append("</style></head><body>\n<h1>")
                .append(HtmlTables.escape(title)).append("</h1>\n<p class=\"scope\">编制单位：")
                .append(HtmlTables.escape(report.body().name())).append("（")
                .append(HtmlTables.escape(ReportLabels.LEVEL.of(report.body().level()))).append("）")
                .append(report.body().hasChildren() ? "　范围：本级及所属各级工会，合并口径" : "　范围：本级")
                .append("　数据截至：全局序号 ").append(report.basis().sequence()).append("</p>\n");
        for (String sentence : report.summary()) {
            html.append("<p class=\"summary\">").append(HtmlTables.escape(sentence)).append("</p>\n");
        }
        for (Table table : report.tables()) {
            HtmlTables.table(html, table.name().equals("totals") ? HtmlTables.readable(table) : table);
        }
        HtmlTables.basis(html, report.basis());
        HtmlTables.signOff(html, report, signOff);
        html.append("<p class=\"foot\">由工会福利资金账本根据事件日志生成；以同一全局序号可复现同一报告。</p>\n</body></html>\n");
        return html.toString();
    }

    static byte[] font() {
        byte[] bytes = font;
        if (bytes == null) {
            try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is not on the classpath");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            font = bytes;
        }
        return bytes;
    }

    private static final String CSS = """
            @page{size:A4 landscape;margin:12mm 10mm 14mm 10mm;\
            @bottom-center{content:"第 " counter(page) " 页，共 " counter(pages) " 页";font-family:"Noto Sans SC";\
            font-size:8pt;color:#52606d}}
            body{font-family:"Noto Sans SC";font-size:8.5pt;color:#1f2933}
            h1{font-size:15pt;margin:0 0 4pt;text-align:center}
            h2{font-size:11pt;margin:12pt 0 4pt;border-left:3pt solid #c0392b;padding-left:5pt;\
            page-break-after:avoid}
            .scope{color:#52606d;text-align:center;margin:0 0 8pt}
            .summary{line-height:1.7;text-indent:2em;margin:2pt 0}
            table{border-collapse:collapse;width:100%;table-layout:fixed;-fs-table-paginate:paginate;\
            font-size:7.5pt}
            th,td{border:0.5pt solid #9aa5b1;padding:1.5pt 2.5pt;word-wrap:break-word;overflow-wrap:anywhere}
            th{background:#f0f4f8;font-weight:700}
            td.num{text-align:right}
            tr.total td{font-weight:700;border-top:1pt solid #52606d}
            tr{page-break-inside:avoid}
            thead{display:table-header-group}
            .empty{color:#7b8794}
            dl{font-size:8pt}dt{color:#52606d;font-weight:700;margin-top:3pt}dd{margin:0 0 0 12pt;word-wrap:break-word}
            .sign-off{margin-top:16pt;font-size:10pt;page-break-inside:avoid}
            .sign-off span.item{display:inline-block;width:24%}
            .sign-off span.line{display:inline-block;min-width:7em;border-bottom:0.5pt solid #1f2933}
            .foot{margin-top:14pt;color:#7b8794;font-size:7.5pt}
            """;
}
