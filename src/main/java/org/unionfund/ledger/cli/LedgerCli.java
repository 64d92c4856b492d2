package org.unionfund.ledger.cli;

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
                case "replay" -> replay(argument(words, 2, "processor name"));
                default -> usage();
            };
        }
        return usage();
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

    private static String line(JsonNode p) {
        return String.format("%-32s %-8s position %d / head %d, behind %d%s", p.path("name").asText(),
                p.path("running").asBoolean() ? "running" : "stopped", p.path("position").asLong(),
                p.path("head").asLong(), p.path("behind").asLong(), p.path("replaying").asBoolean() ? " (replaying)" : "");
    }

    private int usage() {
        out.println("usage: cli processors list | processors status NAME | processors replay NAME"
                + "  [--url http://localhost:8080] [--user NAME --password SECRET]");
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
