package org.unionfund.ledger;

import org.unionfund.ledger.platform.cli.CliException;
import org.unionfund.ledger.platform.cli.CliHttp;
import org.unionfund.ledger.platform.cli.ProgressBar;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operator's command line. It talks to a running instance over its REST API, so it works the same against the
 * embedded store (whose files the running instance holds open) and against a MongoDB cluster.
 *
 * <pre>
 * java -jar target/welfare-ledger.jar cli processors list
 * java -jar target/welfare-ledger.jar cli processors replay account-balances
 * java -jar target/welfare-ledger.jar cli projections list
 * java -jar target/welfare-ledger.jar cli projections compare coverage     (or: all; --keep-shadow)
 * java -jar target/welfare-ledger.jar cli projections digest coverage
 * java -jar target/welfare-ledger.jar cli processors replay --all
 * java -jar target/welfare-ledger.jar cli audit verify          (see AuditCli for the audit commands)
 * java -jar target/welfare-ledger.jar cli import trips roster.xlsx --dry-run     (see docs/import.md)
 * java -jar target/welfare-ledger.jar cli report yearly --year 2025 --body 330000 --format xlsx --out report.xlsx
 * options: --url http://localhost:8080  --user NAME --password SECRET
 * </pre>
 */
public final class LedgerCli {

    private final CliHttp http;
    private final PrintStream out;

    LedgerCli(CliHttp http, PrintStream out) {
        this.http = http;
        this.out = out;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        String url = "http://localhost:8080";
        String user = System.getenv("LEDGER_USER");
        String password = System.getenv("LEDGER_PASSWORD");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                default -> words.add(args[i]);
            }
        }
        if (!words.isEmpty() && List.of("--help", "-h", "help").contains(words.get(0))) {
            out.println(CliUsage.TEXT);
            return 0;
        }
        if (!words.isEmpty() && words.get(0).equals("audit")) {
            return org.unionfund.ledger.audit.cli.AuditCli.run(words.subList(1, words.size()), url, user, password,
                    out, err);
        }
        if (!words.isEmpty() && words.get(0).equals("import")) {
            return org.unionfund.ledger.recuperation.imports.cli.ImportCli.run(words.subList(1, words.size()), url, user,
                    password, out, err);
        }
        if (!words.isEmpty() && words.get(0).equals("report")) {
            return org.unionfund.ledger.reporting.cli.ReportCli.run(words.subList(1, words.size()), url, user,
                    password, out, err);
        }
        try {
            return new LedgerCli(new CliHttp(url, user, password), out).dispatch(words);
        } catch (CliException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    int dispatch(List<String> words) {
        if (words.size() >= 2 && words.get(0).equals("processors")) {
            return switch (words.get(1)) {
                case "list" -> list();
                case "status" -> status(argument(words, 2, "processor name"));
                case "replay" -> words.size() > 2 && words.get(2).equals("--all") ? replayAll()
                        : replay(argument(words, 2, "processor name"));
                default -> usage();
            };
        }
        if (words.size() >= 2 && words.get(0).equals("projections")) {
            return switch (words.get(1)) {
                case "list" -> projections();
                case "digest" -> digest(argument(words, 2, "projection name"));
                case "compare" -> compare(argument(words, 2, "projection name (or all)"),
                        words.contains("--keep-shadow"));
                default -> usage();
            };
        }
        return usage();
    }

    private int projections() {
        for (JsonNode p : http.get("/api/v1/admin/projections")) {
            List<String> collections = new ArrayList<>();
            p.path("collections").forEach(c -> collections.add(c.asText()));
            out.println(String.format("%-24s %-10s group %-20s %s%s", p.path("name").asText(),
                    p.path("kind").asText(), p.path("processingGroup").asText(), String.join(",", collections),
                    p.path("problem").isTextual() ? "  (not rebuildable: " + p.path("problem").asText() + ")" : ""));
        }
        return 0;
    }

    private int digest(String name) {
        for (JsonNode d : http.get("/api/v1/admin/projections/" + name + "/digest")) {
            out.println(String.format("%-32s %8d docs  %s", d.path("collection").asText(),
                    d.path("documents").asLong(), d.path("sha256").asText()));
        }
        return 0;
    }

    /** Rebuilds into shadow collections, compares with the live ones; exit 0 when equal, 1 when not (or failed). */
    private int compare(String name, boolean keepShadow) {
        JsonNode job = http.post("/api/v1/admin/projections/" + name + "/rebuild-compare"
                + (keepShadow ? "?keepShadow=true" : ""));
        String id = job.path("id").asText();
        long deadline = System.nanoTime() + Duration.ofHours(6).toNanos();
        while (job.path("state").asText().equals("RUNNING") && System.nanoTime() < deadline) {
            out.print("\r" + job.path("phase").asText() + ": " + job.path("eventsRead").asLong() + " events read   ");
            out.flush();
            sleep();
            job = http.get("/api/v1/admin/projections/jobs/" + id);
        }
        out.println();
        String state = job.path("state").asText();
        if (state.equals("FAILED")) {
            out.println("rebuild-and-compare failed: " + job.path("error").asText());
            return 1;
        }
        for (JsonNode projection : job.path("results")) {
            out.println(projection.path("projection").asText() + ": "
                    + (projection.path("equal").asBoolean() ? "equal" : "DIFFERENT"));
            for (JsonNode c : projection.path("collections")) {
                out.println(String.format("  %-32s live %8d docs %.12s  shadow %8d docs %.12s  %s",
                        c.path("collection").asText(), c.at("/live/documents").asLong(),
                        c.at("/live/sha256").asText(), c.at("/shadow/documents").asLong(),
                        c.at("/shadow/sha256").asText(), c.path("equal").asBoolean() ? "equal" : "DIFFERENT"));
                for (JsonNode d : c.path("differences")) {
                    out.println(String.format("    %s _id=%s field=%s live=%s shadow=%s", d.path("collection").asText(),
                            d.path("id").asText(), d.path("field").asText(), d.path("live").asText(),
                            d.path("shadow").asText()));
                }
            }
        }
        return state.equals("EQUAL") ? 0 : 1;
    }

    private int list() {
        for (JsonNode p : http.get("/api/v1/admin/processors")) {
            out.println(line(p));
        }
        return 0;
    }

    private int status(String name) {
        out.println(line(http.get("/api/v1/admin/processors/" + name)));
        return 0;
    }

    private int replay(String name) {
        JsonNode status = http.post("/api/v1/admin/processors/" + name + "/replay");
        long deadline = System.nanoTime() + Duration.ofHours(6).toNanos();
        while (!status.path("caughtUp").asBoolean() && System.nanoTime() < deadline) {
            out.print("\r" + ProgressBar.render(status.path("position").asLong(), status.path("head").asLong()));
            out.flush();
            sleep();
            status = http.get("/api/v1/admin/processors/" + name);
        }
        out.println("\r" + ProgressBar.render(status.path("head").asLong(), status.path("head").asLong())
                + "  replay of " + name + " caught up");
        return status.path("caughtUp").asBoolean() ? 0 : 1;
    }

    /** Replays every processor that allows it and shows their combined progress until all have caught up. */
    private int replayAll() {
        JsonNode statuses = http.post("/api/v1/admin/processors/replay");
        long deadline = System.nanoTime() + Duration.ofHours(6).toNanos();
        while (!allCaughtUp(statuses) && System.nanoTime() < deadline) {
            long[] progress = combined(statuses);
            out.print("\r" + ProgressBar.render(progress[0], progress[1]) + "  " + behind(statuses));
            out.flush();
            sleep();
            statuses = http.get("/api/v1/admin/processors");
        }
        long[] progress = combined(statuses);
        out.println("\r" + ProgressBar.render(progress[1], progress[1]) + "  replay of " + statuses.size()
                + " processors caught up");
        for (JsonNode p : statuses) {
            out.println(line(p));
        }
        return allCaughtUp(statuses) ? 0 : 1;
    }

    private static boolean allCaughtUp(JsonNode statuses) {
        for (JsonNode p : statuses) {
            if (!p.path("caughtUp").asBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** {Σ positions, Σ heads} over the processors. */
    private static long[] combined(JsonNode statuses) {
        long done = 0;
        long total = 0;
        for (JsonNode p : statuses) {
            long head = p.path("head").asLong();
            total += head;
            done += p.path("caughtUp").asBoolean() ? head : Math.min(head, Math.max(0, p.path("position").asLong()));
        }
        return new long[] {done, total};
    }

    private static String behind(JsonNode statuses) {
        StringBuilder text = new StringBuilder();
        for (JsonNode p : statuses) {
            if (!p.path("caughtUp").asBoolean()) {
                text.append(text.length() == 0 ? "replaying: " : ", ").append(p.path("name").asText());
            }
        }
        return text.toString();
    }

    private static String line(JsonNode p) {
        return String.format("%-32s %-8s position %d / head %d, behind %d%s", p.path("name").asText(),
                p.path("running").asBoolean() ? "running" : "stopped", p.path("position").asLong(),
                p.path("head").asLong(), p.path("behind").asLong(), p.path("replaying").asBoolean() ? " (replaying)" : "");
    }

    private int usage() {
        out.println(CliUsage.TEXT);
        return 64;
    }

    private static String argument(List<String> words, int index, String what) {
        if (words.size() <= index) {
            throw new CliException("missing " + what);
        }
        return words.get(index);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

}
