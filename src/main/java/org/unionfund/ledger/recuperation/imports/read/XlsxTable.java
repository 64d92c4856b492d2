package org.unionfund.ledger.recuperation.imports.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed with POI's event API (SAX over the sheet XML, read-only shared
 * strings): memory stays flat however many rows. A structure scan first refuses formula and merged cells; Excel date
 * cells come out as ISO dates ({@link IsoDateFormatter}).
 */
record XlsxTable(Path file) implements TableSource {

    @Override
    public void read(Consumer<List<String>> header, Consumer<RawRow> rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new ImportFileProblem("empty-sheet", "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                SheetStructureScan.requirePlainCells(sheet);
            }
            sheets = reader.getSheetIterator();
            Collector collector = new Collector(header, rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        reader.getSharedStringsTable(), collector, new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (!collector.headerSeen) {
                throw new ImportFileProblem("empty-sheet", "the first sheet is empty: no header row");
            }
        } catch (ImportFileProblem | RowLimitReached e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ImportFileProblem problem) {
                throw problem;
            }
            throw malformed(e);
        } catch (Exception e) {
            throw malformed(e);
        }
    }

    private static ImportFileProblem malformed(Exception e) {
        return new ImportFileProblem("malformed-xlsx", "the workbook cannot be read as XLSX ("
                + e.getClass().getSimpleName() + "); open it in Excel and save it again as .xlsx");
    }

    /** Thrown by a row consumer to stop reading early. */
    public static final class RowLimitReached extends RuntimeException {
        public RowLimitReached(String message) {
            super(message);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Consumer<List<String>> header;
        private final Consumer<RawRow> rows;
        private List<String> cells = new ArrayList<>();
        private boolean headerSeen;

        Collector(Consumer<List<String>> header, Consumer<RawRow> rows) {
            this.header = header;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            RawRow row = new RawRow(rowNum + 1, cells);
            if (row.blank()) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                header.accept(row.cells());
            } else {
                rows.accept(row);
            }
        }
    }
}
