package org.unionfund.ledger.recuperation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionfund.ledger.recuperation.imports.read.ImportLimits;
import org.unionfund.ledger.recuperation.imports.read.TableSource;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;
import org.unionfund.ledger.recuperation.imports.rows.TripSheet;
import org.unionfund.ledger.testsupport.GongshuCase;

/** The same rows as GBK CSV, UTF-8 CSV (with and without BOM) and XLSX read into the same trips. */
class ImportFormatsTest {

    @TempDir
    Path dir;

    private List<ImportedTrip> read(Path file) {
        return new TripSheet(ColumnMapping.defaults(), GongshuCase.PSEUDONYMS, ImportLimits.DEFAULT)
                .readAll(TableSource.of(file, null));
    }

    @Test
    void every_format_gives_the_same_trips() throws Exception {
        List<List<String>> rows = ImportSample.rows(7);
        Path gbk = dir.resolve("gbk.csv");
        Path utf8 = dir.resolve("utf8.csv");
        Path bom = dir.resolve("bom.csv");
        Path xlsx = dir.resolve("rows.xlsx");
        ImportSample.writeCsv(gbk, rows, ImportSample.gbk(), false);
        ImportSample.writeCsv(utf8, rows, ImportSample.utf8(), false);
        ImportSample.writeCsv(bom, rows, ImportSample.utf8(), true);
        ImportSample.writeXlsx(xlsx, rows);

        List<ImportedTrip> expected = read(utf8);
        assertThat(expected).hasSize(5);
        assertThat(expected.get(0).rows()).hasSize(4);
        assertThat(expected.get(0).key().startDate()).hasToString("2025-06-03");
        assertThat(expected.get(1).key().startDate()).hasToString("2025-06-10");
        assertThat(expected.get(2).key().startDate()).hasToString("2025-06-17");
        assertThat(expected.get(3).problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo("invalid-id-number"));
        assertThat(read(gbk)).isEqualTo(expected);
        assertThat(read(bom)).isEqualTo(expected);
        assertThat(read(xlsx)).isEqualTo(expected);
    }
}
