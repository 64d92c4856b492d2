package org.unionfund.ledger.audit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.unionfund.ledger.platform.cli.CliException;
import org.unionfund.ledger.platform.cli.CliHttp;
import org.unionfund.ledger.platform.cli.ProgressBar;

import com.fasterxml.jackson.databind.JsonNode;

/** An NDJSON stream of progress lines (drawn as a bar) ending in one result line. */
final class ProgressStream {

    private ProgressStream() {
    }

    /** Reads an NDJSON stream of progress lines and returns its last (result) line. */
    static JsonNode last(CliHttp http, PrintStream out, InputStream body) {
        JsonNode last = null;
        boolean drawn = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = http.json().readTree(line);
                if ("progress".equals(node.path("kind").asText())) {
                    out.print("\r" + ProgressBar.render(node.path("position").asLong(), node.path("head").asLong())
                            + "  " + node.path("events").asLong() + " events");
                    out.flush();
                    drawn = true;
                } else {
                    last = node;
                }
            }
        } catch (IOException e) {
            throw new CliException("the stream broke off: " + e.getMessage());
        }
        if (drawn) {
            out.println();
        }
        if (last == null) {
            throw new CliException("no result received");
        }
        if ("error".equals(last.path("kind").asText())) {
            throw new CliException(last.path("detail").asText());
        }
        return last;
    }
}
