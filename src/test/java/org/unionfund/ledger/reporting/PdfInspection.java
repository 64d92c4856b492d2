package org.unionfund.ledger.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a test needs to know about a PDF: page sizes, the text of each page, the right-most point any glyph reaches
 * (to prove no column runs off the page) and whether every font is embedded.
 */
public record PdfInspection(int pages, float pageWidth, float pageHeight, List<String> pageTexts, float maxTextRight,
        List<String> fonts, boolean allFontsEmbedded) {

    public static PdfInspection of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!fonts.contains(font.getName())) {
                        fonts.add(font.getName());
                    }
                    embedded &= font.isEmbedded();
                }
            }
            List<String> texts = new ArrayList<>();
            float[] right = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                texts.add(stripper.getText(document));
            }
            return new PdfInspection(document.getNumberOfPages(), first.getMediaBox().getWidth(),
                    first.getMediaBox().getHeight(), texts, right[0], fonts, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text with the line breaks a table cell may add removed. */
    public String text() {
        return String.join("", pageTexts).replaceAll("\\s+", "");
    }
}
