package org.unionfund.ledger.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unionfund.ledger.LedgerApplication;
import org.unionfund.ledger.testsupport.TestKeys;
import org.unionfund.ledger.testsupport.TestMongo;

/**
 * Stopping the application ends the dashboards' live streams at once. The web server's graceful shutdown waits for
 * active requests and an open stream is one: before, every stop with a dashboard open waited out the whole shutdown
 * phase (30 seconds by default). The phase is set to ten minutes here, so a stream that is not ended makes the stop
 * run into the hang guard.
 */
class LiveFeedShutdownTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(3);

    @Test
    void an_open_dashboard_does_not_hold_the_stop() throws Exception {
        String database = "live_" + UUID.randomUUID().toString().substring(0, 8);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--ledger.mongo.database=" + database,
                "--ledger.audit.key-dir=" + TestKeys.dir(database), "--ledger.mongo.embedded.backend=memory",
                "--ledger.mongo.embedded.port=0", "--ledger.demo.enabled=false",
                "--ledger.projections.sealer-enabled=false", "--ledger.security.allow-demo-credentials=true",
                "--spring.lifecycle.timeout-per-shutdown-phase=10m", "--spring.main.banner-mode=off"));
        if (TestMongo.usesRealMongo()) {
            arguments.add("--ledger.mongo.uri=" + TestMongo.configuredUri());
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(LedgerApplication.class)
                .run(arguments.toArray(String[]::new));
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dashboard/api/live"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "auditor:auditor-demo".getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        CountDownLatch firstVersion = new CountDownLatch(1);
        CompletableFuture<Void> streamEnded = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("event:version")) {
                        firstVersion.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // a reset connection ends the stream as well
            }
        });
        assertThat(firstVersion.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("first version event").isTrue();

        assertTimeoutPreemptively(HANG_GUARD, app::close, "the stop waited for the open stream");
        streamEnded.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
        assertThat(app.isActive()).isFalse();
    }
}
