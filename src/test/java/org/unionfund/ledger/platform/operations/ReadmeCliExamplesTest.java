package org.unionfund.ledger.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.LedgerApplication;
import org.unionfund.ledger.audit.AuditTesting;
import org.unionfund.ledger.testsupport.LedgerAppTest;

/**
 * Every command-line example of README.md runs as printed — the demo user it names, its arguments, the files it
 * writes — against a test server holding the demo data, each in its own JVM started in a temporary folder (so
 * nothing lands in the repository). Only {@code --url} is pointed at the test servers: the README's port 8081
 * example (the import into an empty store) at a second, empty instance.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.demo.enabled=true", "ledger.matching.scheduler-enabled=false"})
class ReadmeCliExamplesTest {

    private static final String PREFIX = "java -jar target/welfare-ledger.jar cli";

    @LocalServerPort
    int port;
    @Autowired
    StartupCatchUpHealth catchUp;
    @TempDir
    Path work;

    @Test
    void every_cli_example_of_the_readme_runs_as_printed_with_the_user_it_names() throws Exception {
        List<String> examples = examples();
        assertThat(examples).as("CLI examples in README.md").hasSizeGreaterThanOrEqualTo(10);
        await().atMost(Duration.ofMinutes(5)).until(() -> catchUp.health().getStatus().equals(Status.UP));
        try (AuditTesting.Instance empty = AuditTesting.startEmptyInstance()) {
            for (String example : examples) {
                List<String> words = new ArrayList<>(Arrays.asList(example.substring(PREFIX.length()).trim()
                        .split("\\s+")));
                // an offline check needs only the file and the public key: no user, no server (docs/audit.md)
                boolean offline = words.contains("--public-key") && !words.contains("--user");
                assertThat(words.contains("--user") || offline || words.equals(List.of("--help")))
                        .as("names its user: " + example).isTrue();
                int url = words.indexOf("--url");
                if (url >= 0) {
                    words.set(url + 1, empty.url());
                } else if (!offline) {
                    words.addAll(List.of("--url", "http://localhost:" + port));
                }
                Run run = cli(words);
                assertThat(run.exit()).as(example + "\n" + run.output()).isZero();
                if (words.equals(List.of("--help", "--url", "http://localhost:" + port))) {
                    assertThat(run.output()).contains("projections compare", "audit import", "report yearly");
                }
            }
        }
        assertThat(work.resolve("digest.json")).isNotEmptyFile();
        assertThat(work.resolve("ledger.ndjson")).isNotEmptyFile();
        assertThat(Files.readString(work.resolve("zj-2025.html"))).contains("浙江省总工会");
        byte[] zip = Files.readAllBytes(work.resolve("zj-2025.csv.zip"));
        assertThat(new String(zip, 0, 2, StandardCharsets.ISO_8859_1)).as("a ZIP under a .zip name").isEqualTo("PK");
    }

    /** The lines of README.md's fenced blocks that run the CLI. */
    static List<String> examples() throws IOException {
        Path readme = Path.of(System.getProperty("basedir", ".")).resolve("README.md");
        List<String> examples = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (fenced && line.startsWith(PREFIX)) {
                examples.add(line.trim());
            }
        }
        return examples;
    }

    private record Run(int exit, String output) {
    }

    private Run cli(List<String> words) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), LedgerApplication.class.getName(), "cli"));
        command.addAll(words);
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("hung: " + words);
        }
        return new Run(process.exitValue(), output);
    }
}
