package org.unionfund.ledger.recuperation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionfund.ledger.recuperation.imports.read.ImportFileProblem;
import org.unionfund.ledger.recuperation.imports.read.ImportLimits;
import org.unionfund.ledger.recuperation.imports.read.TableSource;
import org.unionfund.ledger.recuperation.imports.rows.CellValues;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;
import org.unionfund.ledger.recuperation.imports.rows.ResidentIdNumber;
import org.unionfund.ledger.recuperation.imports.rows.RowProblem;
import org.unionfund.ledger.recuperation.imports.rows.TripSheet;
import org.unionfund.ledger.testsupport.GongshuCase;

/** Files the import refuses whole (with the rule, and the row and column where there is one) and rows it refuses. */
class ImportBadInputTest {

    @TempDir
    Path dir;

    private List<ImportedTrip> read(Path file, String encoding, ImportLimits limits) {
        return new TripSheet(ColumnMapping.defaults(), GongshuCase.PSEUDONYMS, limits)
                .readAll(TableSource.of(file, encoding));
    }

    private void refused(Path file, String encoding, String rule) {
        assertThatThrownBy(() -> read(file, encoding, ImportLimits.DEFAULT)).isInstanceOf(ImportFileProblem.class)
                .satisfies(e -> assertThat(((ImportFileProblem) e).rule()).as(e.getMessage()).isEqualTo(rule));
    }

    private Path csv(List<List<String>> rows) throws Exception {
        Path file = dir.resolve("rows-" + System.nanoTime() + ".csv");
        ImportSample.writeCsv(file, rows, StandardCharsets.UTF_8, false);
        return file;
    }

    @Test
    void a_gbk_file_declared_utf8_or_bytes_of_no_encoding_are_a_wrong_encoding() throws Exception {
        Path gbk = dir.resolve("gbk.csv");
        ImportSample.writeCsv(gbk, ImportSample.rows(1), ImportSample.gbk(), false);
        refused(gbk, "UTF-8", "wrong-encoding");
        Path garbage = dir.resolve("garbage.csv");
        Files.write(garbage, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 'a', ',', 'b', '\n'});
        refused(garbage, null, "wrong-encoding");
        refused(gbk, "latin-9", "unsupported-encoding");
    }

    @Test
    void workbooks_that_are_not_plain_values_are_refused() throws Exception {
        Path zip = dir.resolve("broken.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        refused(zip, null, "malformed-xlsx");

        Path encrypted = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(encrypted)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        refused(encrypted, null, "password-protected");

        Path formula = workbook((book, sheet) -> sheet.getRow(2).getCell(5).setCellFormula("1+2"));
        assertThatThrownBy(() -> read(formula, null, ImportLimits.DEFAULT)).isInstanceOfSatisfying(
                ImportFileProblem.class, e -> {
                    assertThat(e.rule()).isEqualTo("formula-cell");
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("F");
                });
        refused(workbook((book, sheet) -> sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1))), null,
                "merged-cells");

        Path empty = dir.resolve("empty.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
            book.createSheet("空");
            book.write(out);
        }
        refused(empty, null, "empty-sheet");
        refused(csv(List.of()), null, "empty-sheet");
    }

    private Path workbook(java.util.function.BiConsumer<XSSFWorkbook, XSSFSheet> change) throws Exception {
        Path plain = dir.resolve("plain-" + System.nanoTime() + ".xlsx");
        ImportSample.writeXlsx(plain, ImportSample.rows(3));
        Path changed = dir.resolve("changed-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(plain));
                OutputStream out = Files.newOutputStream(changed)) {
            change.accept(book, book.getSheetAt(0));
            book.write(out);
        }
        return changed;
    }

    @Test
    void missing_columns_and_too_many_rows_are_refused_whole() throws Exception {
        Path file = dir.resolve("no-days.csv");
        Files.writeString(file, "项目编号,团号,承办单位编号,目的地编号,出发日期,每人每天价格（元）,是否出行\nA,B,C,D,2025-01-01,1,是\n");
        assertThatThrownBy(() -> read(file, null, ImportLimits.DEFAULT)).isInstanceOfSatisfying(
                ImportFileProblem.class, e -> {
                    assertThat(e.rule()).isEqualTo("missing-columns");
                    assertThat(e.column()).isEqualTo("天数");
                });
        Path sample = csv(ImportSample.rows(4));
        assertThatThrownBy(() -> read(sample, null, new ImportLimits(1 << 20, 5)))
                .isInstanceOfSatisfying(ImportFileProblem.class, e -> assertThat(e.rule()).isEqualTo("too-many-rows"));
    }

    @Test
    void rows_with_unknown_words_bad_dates_or_bad_identity_numbers_are_refused_with_row_and_column() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : ImportSample.rows(5).subList(0, 3)) {
            rows.add(new ArrayList<>(r));
        }
        rows.get(0).set(9, "临时工");
        rows.get(1).set(4, "2025.6.3");
        rows.get(2).set(7, rows.get(2).get(7).substring(0, 17) + "Y");
        ImportedTrip trip = read(csv(rows), null, ImportLimits.DEFAULT).get(0);
        assertThat(trip.rows()).isEmpty();
        assertThat(trip.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "职工类别", "unknown-category"),
                        org.assertj.core.groups.Tuple.tuple(3, "出发日期", "invalid-date"),
                        org.assertj.core.groups.Tuple.tuple(4, "身份证号", "invalid-id-number"));
        assertThat(trip.problems().toString()).doesNotContain(rows.get(2).get(7).substring(0, 17));
    }

    @Test
    void another_platforms_export_reads_through_its_mapping_and_a_bad_mapping_is_refused() throws Exception {
        String json = """
                {"name": "某平台", "columns": {"programme": ["项目"], "trip": ["线路团号"], "contractor": ["旅行社"],
                 "destination": ["基地"], "startDate": ["出团日期"], "days": ["行程天数"],
                 "pricePerPersonPerDay": ["人均日标准"], "idNumber": ["证件号码"], "category": ["人员类别"],
                 "ownership": ["企业性质"], "attended": ["实际出行"], "fund": ["经费来源"]},
                 "values": {"category": {"一线": "FRONTLINE"}, "ownership": {"民营": "NON_PUBLIC"},
                            "yesNo": {"已出行": "YES"}}}""";
        ColumnMapping mapping = ColumnMapping.parse(json.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("platform.csv");
        String id = new org.unionfund.ledger.testsupport.ResidentIds(8).next();
        Files.writeString(file, "线路团号,项目,旅行社,基地,出团日期,行程天数,人均日标准,证件号码,人员类别,企业性质,实际出行,经费来源\n"
                + "P-1,GS-2025-LIAOXIU,HZ-TRAVEL-01,ANJI-BASE,2025年6月3日,3,580," + id + ",一线,民营,已出行,GS-2025-RECUP\n");
        ImportedTrip trip = new TripSheet(mapping, GongshuCase.PSEUDONYMS, ImportLimits.DEFAULT)
                .readAll(TableSource.of(file, null)).get(0);
        assertThat(trip.problems()).isEmpty();
        assertThat(trip.rows()).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo(org.unionfund.ledger.kernel.WorkerCategory.FRONTLINE);
            assertThat(r.ownership()).isEqualTo(org.unionfund.ledger.kernel.EmployerOwnership.NON_PUBLIC);
            assertThat(r.attended()).isTrue();
            assertThat(r.worker()).isEqualTo(GongshuCase.PSEUDONYMS.of(id));
        });
        assertThatThrownBy(() -> ColumnMapping.parse("{\"columns\": {}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportFileProblem.class, e -> assertThat(e.rule()).isEqualTo("invalid-mapping"));
        assertThatThrownBy(() -> ColumnMapping.parse("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportFileProblem.class, e -> assertThat(e.rule()).isEqualTo("invalid-mapping"));
    }

    @Test
    void accepted_date_forms_identity_checks_and_injection_neutralising() {
        assertThat(CellValues.date("2025-05-03")).hasToString("2025-05-03");
        assertThat(CellValues.date("2025/5/3")).hasToString("2025-05-03");
        assertThat(CellValues.date("2025年5月3日")).hasToString("2025-05-03");
        assertThat(CellValues.date("2025-02-30")).isNull();
        assertThat(CellValues.date("05/03/2025")).isNull();
        assertThat(CellValues.date("2025.5.3")).isNull();
        assertThat(ResidentIdNumber.problem("11010519491231002X")).isNull();
        assertThat(ResidentIdNumber.problem("110105194912310021")).contains("GB 11643");
        assertThat(ResidentIdNumber.problem("110105194913310021")).contains("birth date");
        assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("11**************2X");
        assertThat(CellValues.neutralised("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CellValues.neutralised("+1")).startsWith("'");
        assertThat(CellValues.neutralised("杭州")).isEqualTo("杭州");
    }
}
