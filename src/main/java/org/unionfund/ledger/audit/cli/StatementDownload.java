package org.unionfund.ledger.audit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.unionfund.ledger.platform.cli.CliException;
import org.unionfund.ledger.platform.cli.CliHttp;

/** {@code cli audit statement BODY YEAR [--html] --out FILE}: downloads a sealed year statement. */
record StatementDownload(CliHttp http, PrintStream out) {

    int run(String body, String year, boolean html, String file) {
        String path = "/api/v1/audit/year-statements/" + AuditCli.encode(body) + "/" + AuditCli.encode(year)
                + (html ? "/html" : "");
        Path target = Path.of(file != null ? file : "year-statement-" + body + "-" + year + (html ? ".html"
                : ".json"));
        try (InputStream in = http.stream("GET", path, HttpRequest.BodyPublishers.noBody(), null)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CliException("cannot write " + target + ": " + e.getMessage());
        }
        out.println("sealed statement of " + body + " " + year + " written to " + target
                + "; check it with: cli audit check-report " + target + " --public-key KEY");
        return 0;
    }
}
