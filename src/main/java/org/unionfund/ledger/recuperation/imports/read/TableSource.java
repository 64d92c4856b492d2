package org.unionfund.ledger.recuperation.imports.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * A CSV file or the first sheet of an XLSX workbook, read as a header row and then data rows pushed to a consumer
 * one at a time (streaming: a large file is never held in memory as a workbook). Row and size limits are the
 * caller's ({@link ImportLimits}).
 */
public interface TableSource {

    /** Reads the header and then every data row in order; blank rows are skipped. */
    void read(Consumer<List<String>> header, Consumer<RawRow> rows);

    /**
     * The reader for a file by its content (not its name): a ZIP is read as XLSX, an OLE2 container is refused as
     * a password-protected (encrypted) workbook or an old .xls, anything else is read as CSV.
     *
     * @param encoding {@code null} to detect (BOM, else strict UTF-8, else GB18030), or UTF-8, GBK or GB18030
     */
    static TableSource of(Path file, String encoding) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw new ImportFileProblem("password-protected", "the workbook is password-protected (encrypted) or "
                        + "an old .xls file; save it as an unprotected .xlsx or as CSV");
            }
            if (magic == FileMagic.OOXML) {
                return new XlsxTable(file);
            }
            return new CsvTable(file, encoding);
        } catch (IOException e) {
            throw new ImportFileProblem("unreadable-file", "the file cannot be read: " + e.getMessage());
        }
    }
}
