package org.unionfund.ledger.reporting.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.platform.cli.CliArguments;
import org.unionfund.ledger.platform.cli.CliException;
import org.unionfund.ledger.platform.cli.CliHttp;
import org.unionfund.ledger.platform.cli.ProgressBar;
import org.unionfund.ledger.reporting.model.ReportFormat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code cli report yearly --year 2025 --body 330000 [--format json|csv|xlsx|html] [--out FILE] [--as-of CUT]
 * [--table NAME]}: asks the running instance how far it is (projections catching up, or the as-of replay) and shows
 * a progress bar until the report can be computed, then downloads it to {@code --out} (default
 * {@code yearly-report-<body>-<year>.<ext>}; {@code -} writes to standard output) and prints the global sequence and
 * audit checkpoint it was computed at.
 */
public final class ReportCli {

    public static final String USAGE = "usage: cli report yearly --year YEAR --body BODY [--format json|csv|xlsx|html] "
            + "[--out FILE|-] [--as-of SEQUENCE|INSTANT|DATE] [--table NAME]  [--url URL --user NAME --password SECRET]";

    private final CliHttp http;
    private final PrintStream out;
    private final PrintStream progress;
    private final Duration poll;

    ReportCli(CliHttp http, PrintStream out, PrintStream progress, Duration poll) {
        this.http = http;
        this.out = out;
        this.progress = progress;
        this.poll = poll;
    }

    /** Runs {@code words} (after {@code report}); returns the exit code, failures are printed to {@code err}. */
    public static int run(List<String> words, String url, String user, String password, PrintStream out,
            PrintStream err) {
        try {
            CliArguments arguments = CliArguments.parse(words, 0);
            Map<String, String> options = arguments.options();
            List<String> positional = arguments.positional();
            if (positional.size() == 1 && List.of("--help", "-h", "help").contains(positional.get(0))) {
                out.println(USAGE);
                return 0;
            }
            if (positional.size() != 1 || !positional.get(0).equals("yearly")) {
                out.println(USAGE);
                return 64;
            }
            boolean toStdout = "-".equals(options.get("out"));
            return new ReportCli(new CliHttp(url, user, password), out, toStdout ? err : out,
                    Duration.ofMillis(500)).yearly(options);
        } catch (CliException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    int yearly(Map<String, String> options) {
        String year = required(options, "year");
        String body = required(options, "body");
        ReportFormat format = ReportFormat.parse(options.getOrDefault("format", "json"));
        String asOf = options.get("as-of");
        String table = options.get("table");
        for (String option : options.keySet()) {
            if (!List.of("year", "body", "format", "out", "as-of", "table").contains(option)) {
                throw new IllegalArgumentException("unknown option --" + option + "\n" + USAGE);
            }
        }
        String query = "year=" + encode(year) + "&body=" + encode(body) + (asOf == null ? "" : "&asOf=" + encode(asOf));

        JsonNode status = http.get("/api/v1/reports/yearly/status?" + query);
        long started = System.nanoTime();
        boolean shown = false;
        while (!status.path("ready").asBoolean()) {
            if (status.path("phase").asText().equals("failed")) {
                progress.println();
                throw new CliException("the report cannot be prepared: " + status.path("detail").asText());
            }
            progress.print("\r" + ProgressBar.render(status.path("done").asLong(), status.path("total").asLong())
                    + "  " + phaseText(status.path("phase").asText()) + "  "
                    + (System.nanoTime() - started) / 1_000_000_000 + " s   ");
            progress.flush();
            shown = true;
            sleep();
            status = http.get("/api/v1/reports/yearly/status?" + query);
        }
        if (shown) {
            long total = status.path("total").asLong();
            progress.println("\r" + ProgressBar.render(total, total) + "  " + phaseText("ready") + "          ");
        }

        progress.print("computing the " + format.name().toLowerCase() + " report of " + body + " for " + year
                + (asOf == null ? "" : " as of " + asOf) + " …");
        progress.flush();
        long computing = System.nanoTime();
        HttpResponse<byte[]> response = http.download("/api/v1/reports/yearly?" + query + "&format="
                + format.name().toLowerCase() + (table == null ? "" : "&table=" + encode(table)));
        long millis = (System.nanoTime() - computing) / 1_000_000;
        progress.println(" " + millis + " ms");

        String outName = options.get("out");
        boolean single = format == ReportFormat.CSV && table != null;
        if ("-".equals(outName)) {
            out.write(response.body(), 0, response.body().length);
            out.flush();
        } else {
            Path target = Path.of(outName != null ? zipNamed(outName, format, single)
                    : defaultName(response, body, year, format, table, single));
            write(target, response.body());
            progress.println("wrote " + target + " (" + String.format("%,d", response.body().length) + " bytes)");
        }
        String sequence = response.headers().firstValue("X-Ledger-Sequence").orElse("?");
        String checkpoint = response.headers().firstValue("X-Ledger-Checkpoint").orElse(null);
        progress.println("computed at global sequence " + sequence + (checkpoint == null ? ""
                : ", audit checkpoint " + checkpoint.replaceFirst(":", " sha256 ")));
        return 0;
    }

    /** A CSV report of all tables is a ZIP: never write it under a plain {@code .csv} name. */
    static String zipNamed(String outName, ReportFormat format, boolean single) {
        if (format == ReportFormat.CSV && !single && !outName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return outName + ".zip";
        }
        return outName;
    }

    private static String defaultName(HttpResponse<byte[]> response, String body, String year, ReportFormat format,
            String table, boolean single) {
        return DownloadName.of(response.headers().firstValue("Content-Disposition").orElse(null),
                "yearly-report-" + body + "-" + year + (single ? "-" + table + ".csv" : format.extension()));
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temp = target.resolveSibling("." + target.getFileName() + ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliException("cannot write " + target + ": " + e.getMessage());
        }
    }

    private static String phaseText(String phase) {
        return switch (phase) {
            case "catching-up" -> "projections catching up with the log";
            case "replaying" -> "replaying the log to the cut";
            case "ready" -> "ready";
            default -> phase;
        };
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "\n" + USAGE);
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void sleep() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }
}
