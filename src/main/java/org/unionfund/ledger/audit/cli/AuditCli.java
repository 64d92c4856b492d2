package org.unionfund.ledger.audit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.platform.cli.CliArguments;
import org.unionfund.ledger.platform.cli.CliException;
import org.unionfund.ledger.platform.cli.CliHttp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code cli audit …} commands, against a running instance:
 * <pre>
 * audit verify                                   recompute all hashes; exit 1 and name the first mismatch
 * audit checkpoint [--out digest.json]           the latest checkpoint digest, signed (seals first)
 * audit check digest.json | --number N --hash H  check a kept digest against the store
 * audit check digest.json --public-key KEY       check a digest's signature offline (no server, no account)
 * audit public-key [--out KEY]                   the public key that signs checkpoints and year-close seals
 * audit statement BODY YEAR [--html yes] [--out FILE]  download a sealed year statement (signed)
 * audit check-report FILE --public-key KEY       check a statement or yearly report (JSON/HTML/PDF) or digest offline
 * audit export --out file.ndjson [--body B --aggregate A --type T --from INSTANT --to INSTANT]
 * audit import file.ndjson                       into an EMPTY store
 * audit events [--after N --limit N --body B --aggregate A --type T --from INSTANT --to INSTANT]
 * audit lineage LEDGER POSTING
 * </pre>
 */
public final class AuditCli {

    public static final String USAGE = "usage: cli audit verify | audit checkpoint [--out FILE] | "
            + "audit check FILE|--number N --hash H | audit check FILE --public-key KEY | audit public-key [--out KEY] | "
            + "audit statement BODY YEAR [--html yes] [--out FILE] | audit check-report FILE --public-key KEY | "
            + "audit export --out FILE [--body B --aggregate A --type T "
            + "--from INSTANT --to INSTANT] | audit import FILE | audit events [--after N --limit N …] | "
            + "audit lineage LEDGER POSTING";

    private final CliHttp http;
    private final PrintStream out;

    AuditCli(CliHttp http, PrintStream out) {
        this.http = http;
        this.out = out;
    }

    /** Runs {@code words} (after {@code audit}); returns the exit code, failures are printed to {@code err}. */
    public static int run(List<String> words, String url, String user, String password, PrintStream out,
            PrintStream err) {
        try {
            return new AuditCli(new CliHttp(url, user, password), out).dispatch(words);
        } catch (CliException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    int dispatch(List<String> words) {
        if (words.isEmpty()) {
            out.println(USAGE);
            return 64;
        }
        CliArguments arguments = CliArguments.parse(words, 1);
        List<String> positional = arguments.positional();
        Map<String, String> options = arguments.options();
        return switch (words.get(0)) {
            case "verify" -> verify();
            case "checkpoint" -> checkpoint(options.get("out"));
            case "check" -> options.containsKey("public-key") && !positional.isEmpty()
                    ? new OfflineCheck(out).run(positional.get(0), options.get("public-key"))
                    : check(positional, options);
            case "public-key" -> publicKey(options.get("out"));
            case "statement" -> positional.size() < 2 ? usage("statement needs BODY YEAR")
                    : new StatementDownload(http, out).run(positional.get(0), positional.get(1),
                            options.containsKey("html"), options.get("out"));
            case "check-report", "check-statement" -> positional.isEmpty() || !options.containsKey("public-key")
                    ? usage("check-report needs FILE --public-key KEY")
                    : new ReportCheck(out).run(positional.get(0), options.get("public-key"));
            case "export" -> new AuditExport(http, out).run(options.get("out"), query(options, "body", "aggregate",
                    "type", "from", "to"));
            case "import" -> importFile(positional);
            case "events" -> events(options);
            case "lineage" -> lineage(positional);
            default -> {
                out.println(USAGE);
                yield 64;
            }
        };
    }

    private static int usage(String problem) {
        throw new IllegalArgumentException(problem);
    }

    private int verify() {
        JsonNode result = ProgressStream.last(http, out, http.stream("POST", "/api/v1/audit/verify",
                HttpRequest.BodyPublishers.noBody(), null));
        if (result.path("ok").asBoolean()) {
            out.printf("OK: %d events in %d commits verified up to global sequence %d; %d checkpoints recomputed; "
                            + "sealed up to %d%n", result.path("events").asLong(), result.path("commits").asLong(),
                    result.path("verifiedTo").asLong(), result.path("checkpoints").asLong(),
                    result.path("sealedTo").asLong());
            printWarnings(result);
            return 0;
        }
        JsonNode first = result.path("first");
        out.printf("FAILED: %d error(s). First at global sequence %d: %s%n", result.path("errorCount").asInt(),
                first.path("position").asLong(), describe(first));
        for (JsonNode finding : result.path("findings")) {
            out.println("  " + finding.path("position").asLong() + "  " + finding.path("severity").asText() + "  "
                    + describe(finding));
        }
        return 1;
    }

    private void printWarnings(JsonNode result) {
        for (JsonNode finding : result.path("findings")) {
            out.println("  warning at " + finding.path("position").asLong() + ": " + describe(finding));
        }
    }

    private static String describe(JsonNode finding) {
        StringBuilder text = new StringBuilder("[").append(finding.path("kind").asText()).append("] ");
        if (finding.hasNonNull("aggregate")) {
            text.append(finding.path("aggregate").asText()).append('/').append(finding.path("seq").asText())
                    .append(": ");
        }
        return text.append(finding.path("detail").asText()).toString();
    }

    private int checkpoint(String file) {
        JsonNode latest = http.get("/api/v1/audit/checkpoints/latest");
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("number", latest.path("number").asLong());
        digest.put("from", latest.path("from").asLong());
        digest.put("to", latest.path("to").asLong());
        digest.put("hash", latest.path("hash").asText());
        digest.put("prev", latest.path("prev").asText());
        digest.put("commits", latest.path("commits").asLong());
        digest.put("gaps", latest.path("gaps"));
        digest.put("scheme", latest.path("scheme").asText());
        digest.put("sealedAt", latest.path("sealedAt").asText());
        digest.put("signature", latest.path("signature"));
        if (latest.hasNonNull("timestamp")) {
            digest.put("timestamp", latest.path("timestamp").asText());
        }
        String text = write(digest);
        if (file != null) {
            try {
                Files.writeString(Path.of(file), text + "\n");
            } catch (IOException e) {
                throw new CliException("cannot write " + file + ": " + e.getMessage());
            }
            out.println("checkpoint " + latest.path("number").asLong() + " (global sequence 1.."
                    + latest.path("to").asLong() + ") written to " + file);
        }
        out.println(text);
        return 0;
    }

    private int publicKey(String file) {
        String key = http.get("/api/v1/audit/public-key").path("publicKey").asText();
        if (file == null) {
            out.print(key);
            return 0;
        }
        try {
            Files.writeString(Path.of(file), key, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getMessage());
        }
        out.println("public key written to " + file);
        return 0;
    }

    private int check(List<String> positional, Map<String, String> options) {
        Map<String, Object> digest = new LinkedHashMap<>();
        if (!positional.isEmpty()) {
            try {
                JsonNode kept = http.json().readTree(Files.readString(Path.of(positional.get(0))));
                if (!OfflineCheck.timestampHolds(kept, out)) {
                    return 1;
                }
                digest.put("number", kept.path("number").asLong());
                digest.put("hash", kept.path("hash").asText());
                if (kept.has("from")) {
                    digest.put("from", kept.path("from").asLong());
                }
                if (kept.has("to")) {
                    digest.put("to", kept.path("to").asLong());
                }
            } catch (IOException e) {
                throw new CliException("cannot read " + positional.get(0) + ": " + e.getMessage());
            }
        } else if (options.containsKey("number") && options.containsKey("hash")) {
            digest.put("number", Long.parseLong(options.get("number")));
            digest.put("hash", options.get("hash"));
        } else {
            throw new IllegalArgumentException("give a digest file or --number N --hash H");
        }
        JsonNode result = ProgressStream.last(http, out, http.stream("POST", "/api/v1/audit/checkpoints/check",
                HttpRequest.BodyPublishers.ofString(write(digest)), "application/json"));
        out.println((result.path("matches").asBoolean() ? "MATCHES: " : "DOES NOT MATCH: ")
                + result.path("detail").asText());
        return result.path("matches").asBoolean() ? 0 : 1;
    }

    private int importFile(List<String> positional) {
        if (positional.isEmpty()) {
            throw new IllegalArgumentException("import needs the export file");
        }
        out.println("importing " + positional.get(0) + " …");
        JsonNode result = http.postFile("/api/v1/audit/import", Path.of(positional.get(0)), "application/x-ndjson");
        out.printf("imported %d events in %d commits and %d checkpoints (head %d), digest %s; verification %s%n",
                result.path("events").asLong(), result.path("commits").asLong(),
                result.path("checkpoints").asLong(), result.path("head").asLong(), result.path("digest").asText(),
                result.path("verification").path("ok").asBoolean() ? "OK" : "FAILED");
        out.println("the projections are being replayed: follow them with `cli processors list`");
        return 0;
    }

    private int events(Map<String, String> options) {
        JsonNode page = http.get("/api/v1/audit/events"
                + query(options, "after", "limit", "body", "aggregate", "type", "from", "to"));
        for (JsonNode event : page.path("events")) {
            out.printf("%8d  %-24s %-32s %-28s %-12s %s%n", event.path("gseq").asLong(),
                    event.path("recordedAt").asText(), event.path("type").asText(),
                    event.path("aggregateId").asText() + "/" + event.path("seq").asText(),
                    event.path("principal").asText(""), event.path("payload").toString());
        }
        out.println(page.path("more").asBoolean() ? "more: --after " + page.path("next").asLong() : "(end of log)");
        return 0;
    }

    private int lineage(List<String> positional) {
        if (positional.size() < 2) {
            throw new IllegalArgumentException("lineage needs LEDGER POSTING");
        }
        JsonNode tree = http.get("/api/v1/audit/lineage/postings/" + encode(positional.get(0)) + "/"
                + encode(positional.get(1)));
        try {
            out.println(http.json().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        } catch (IOException e) {
            throw new CliException(e.getMessage());
        }
        return 0;
    }

    private String write(Object value) {
        try {
            return http.json().writeValueAsString(value);
        } catch (IOException e) {
            throw new CliException(e.getMessage());
        }
    }

    static String query(Map<String, String> options, String... names) {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            if (options.containsKey(name)) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                        .append(encode(options.get(name)));
            }
        }
        return query.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
