package org.unionfund.ledger.audit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.unionfund.ledger.platform.cli.CliException;
import org.unionfund.ledger.platform.cli.CliHttp;
import org.unionfund.ledger.platform.cli.ProgressBar;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code cli audit export}: streams the NDJSON export to a file with a progress bar and checks it has its trailer. */
record AuditExport(CliHttp http, PrintStream out) {

    int run(String file, String query) {
        if (file == null) {
            throw new IllegalArgumentException("export needs --out FILE");
        }
        long to = http.get("/api/v1/audit/checkpoints/latest").path("to").asLong();
        long lines = 0;
        long events = 0;
        JsonNode trailer = null;
        try (InputStream body = http.stream("GET", "/api/v1/audit/export" + query,
                HttpRequest.BodyPublishers.noBody(), null);
             OutputStream target = Files.newOutputStream(Path.of(file))) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String line;
            long shown = 0;
            while ((line = reader.readLine()) != null) {
                target.write(line.getBytes(StandardCharsets.UTF_8));
                target.write('\n');
                lines++;
                if (line.startsWith("{\"kind\":\"event\"")) {
                    events++;
                    long gseq = gseqOf(line);
                    if (gseq - shown >= 1000 || gseq == to) {
                        shown = gseq;
                        out.print("\r" + ProgressBar.render(gseq, to));
                        out.flush();
                    }
                } else if (line.startsWith("{\"kind\":\"trailer\"")) {
                    trailer = http.json().readTree(line);
                }
            }
        } catch (IOException e) {
            throw new CliException("export failed: " + e.getMessage());
        }
        if (trailer == null) {
            throw new CliException("the export ended without its trailer (" + lines + " lines written to "
                    + file + ")");
        }
        out.println("\r" + ProgressBar.render(to, to));
        out.printf("exported %d events, %d commits, %d checkpoints up to global sequence %d to %s%ndigest %s%n",
                events, trailer.path("commits").asLong(), trailer.path("checkpoints").asLong(),
                trailer.path("to").asLong(), file, trailer.path("digest").asText());
        return 0;
    }

    private static long gseqOf(String eventLine) {
        int at = eventLine.indexOf("\"gseq\":");
        if (at < 0) {
            return 0;
        }
        int end = at + 7;
        while (end < eventLine.length() && Character.isDigit(eventLine.charAt(end))) {
            end++;
        }
        return Long.parseLong(eventLine.substring(at + 7, end));
    }
}
