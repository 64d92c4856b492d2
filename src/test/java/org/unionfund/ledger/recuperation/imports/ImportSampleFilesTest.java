package org.unionfund.ledger.recuperation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

/**
 * The sample and template shipped in src/main/resources/static/dashboard/import are what {@link ImportSample} generates (run
 * {@code main} to regenerate them after changing the sample), and the sample reads into its five trips.
 */
class ImportSampleFilesTest {

    static final Path SAMPLE = Path.of("src/main/resources/static/dashboard/import/sample-trips.xlsx");
    static final Path TEMPLATE = Path.of("src/main/resources/static/dashboard/import/trips-template.csv");
    static final long SEED = 2025;

    public static void main(String[] args) throws Exception {
        ImportSample.writeXlsx(SAMPLE, ImportSample.rows(SEED));
        ImportSample.writeCsv(TEMPLATE, ImportSample.rows(SEED).subList(0, 4), ImportSample.utf8(), true);
    }

    @TempDir
    Path dir;

    @Test
    void the_shipped_sample_holds_the_generated_rows() throws Exception {
        assertThat(SAMPLE).exists();
        Path fresh = dir.resolve("fresh.csv");
        ImportSample.writeCsv(fresh, ImportSample.rows(SEED), ImportSample.utf8(), false);
        List<ImportedTrip> shipped = read(SAMPLE);
        assertThat(shipped).isEqualTo(read(fresh));
        assertThat(shipped).hasSize(5);
        assertThat(shipped.stream().mapToInt(ImportedTrip::size).sum()).isEqualTo(ImportSample.ROWS);
        assertThat(Files.readString(TEMPLATE)).startsWith("\uFEFF" + String.join(",", ImportSample.HEADER));
    }

    private static List<ImportedTrip> read(Path file) {
        return new TripSheet(ColumnMapping.defaults(), GongshuCase.PSEUDONYMS, ImportLimits.DEFAULT)
                .readAll(TableSource.of(file, null));
    }
}
