package org.unionfund.ledger.recuperation.imports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.unionfund.ledger.platform.cli.CliException;
import org.unionfund.ledger.platform.cli.CliHttp;
import org.unionfund.ledger.platform.cli.MultipartBody;
import org.unionfund.ledger.platform.cli.ProgressBar;
import org.unionfund.ledger.recuperation.imports.read.ImportFileProblem;
import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code cli import trips FILE [--dry-run] [--encoding GBK] [--mapping mapping.json] [--chunk-rows 20000]}: uploads
 * the file to {@code /api/v1/imports/trips} in chunks of whole trips with a progress bar, then prints the totals and
 * every refused row (masked). Each trip commits on its own, so an interrupted import is simply run again: trips
 * already written are reported ALREADY_PRESENT and nothing is written twice. A dry run checks cumulative rules
 * (budget, frequency per worker) within a chunk; the commit always applies them exactly.
 */
public final class ImportCli {

    static final int DEFAULT_CHUNK_ROWS = 20_000;

    private ImportCli() {
    }

    public static int run(List<String> words, String url, String user, String password, PrintStream out,
            PrintStream err) {
        if (words.size() < 2 || !words.get(0).equals("trips")) {
            err.println("usage: cli import trips FILE [--dry-run] [--encoding UTF-8|GBK] [--mapping FILE] "
                    + "[--chunk-rows N]");
            return 2;
        }
        Path file = Path.of(words.get(1));
        boolean dryRun = false;
        String encoding = null;
        Path mapping = null;
        int chunkRows = DEFAULT_CHUNK_ROWS;
        for (int i = 2; i < words.size(); i++) {
            switch (words.get(i)) {
                case "--dry-run" -> dryRun = true;
                case "--encoding" -> encoding = words.get(++i);
                case "--mapping" -> mapping = Path.of(words.get(++i));
                case "--chunk-rows" -> chunkRows = Integer.parseInt(words.get(++i));
                default -> {
                    err.println("error: unknown option " + words.get(i));
                    return 2;
                }
            }
        }
        try {
            byte[] mappingBytes = mapping == null ? null : Files.readAllBytes(mapping);
            ColumnMapping columns = mappingBytes == null ? ColumnMapping.defaults() : ColumnMapping.parse(mappingBytes);
            return new Run(new CliHttp(url, user, password), out, err, dryRun, mappingBytes)
                    .execute(file, encoding, columns, chunkRows);
        } catch (ImportFileProblem e) {
            err.println("error: " + e.rule() + (e.row() == null ? "" : " (row " + e.row() + ")") + ": "
                    + e.getMessage());
            return 1;
        } catch (CliException e) {
            err.println();
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: cannot read " + e.getMessage());
            return 1;
        }
    }

    private static final class Run {
        private final CliHttp http;
        private final PrintStream out;
        private final PrintStream err;
        private final boolean dryRun;
        private final byte[] mapping;
        private final int[] totals = new int[6];
        private int done;

        Run(CliHttp http, PrintStream out, PrintStream err, boolean dryRun, byte[] mapping) {
            this.http = http;
            this.out = out;
            this.err = err;
            this.dryRun = dryRun;
            this.mapping = mapping;
        }

        private MultipartBody parts(String fileName, byte[] csv) {
            MultipartBody parts = new MultipartBody().file("file", fileName, csv);
            return mapping == null ? parts : parts.file("mapping", "mapping.json", mapping);
        }

        int execute(Path file, String encoding, ColumnMapping columns, int chunkRows) {
            int total = TripChunks.countRows(file, encoding);
            err.print("\r" + ProgressBar.render(0, total));
            TripChunks.cut(file, encoding, columns, chunkRows, chunk -> {
                JsonNode report = http.upload("/api/v1/imports/trips?dryRun=" + dryRun,
                        parts(file.getFileName().toString(), chunk.csv()));
                String[] keys = {"written", "wouldWrite", "alreadyPresent", "refused", "held", "trips"};
                for (int i = 0; i < keys.length; i++) {
                    totals[i] += report.path(keys[i]).asInt();
                }
                JsonNode outcomes = report.path("outcomes");
                for (int i = 0; i < outcomes.size(); i++) {
                    JsonNode o = outcomes.get(i);
                    if (o.path("status").asText().equals("REFUSED")) {
                        int row = i < chunk.rowNumbers().size() ? chunk.rowNumbers().get(i) : -1;
                        out.println();
                        out.println("row " + row + "  " + o.path("tripId").asText() + "  " + o.path("maskedId")
                                .asText() + "  " + o.path("rule").asText() + "  " + o.path("column").asText() + "  "
                                + o.path("zh").asText() + " / " + o.path("en").asText());
                    }
                }
                done += chunk.rowNumbers().size();
                err.print("\r" + ProgressBar.render(done, total));
            });
            err.println();
            out.println((dryRun ? "dry run (nothing written): " : "import: ") + total + " rows, " + totals[5]
                    + " trips; written " + totals[0] + ", would write " + totals[1] + ", already present "
                    + totals[2] + ", refused " + totals[3] + ", held with their trip " + totals[4]);
            return totals[3] + totals[4] > 0 ? 3 : 0;
        }
    }
}
