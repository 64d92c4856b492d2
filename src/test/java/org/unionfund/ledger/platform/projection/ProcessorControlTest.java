package org.unionfund.ledger.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.unionfund.ledger.LedgerCli;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;

@LedgerAppTest
@Import(ProcessorControlTest.Projection.class)
class ProcessorControlTest {

    private static final String STATUS = "/api/v1/admin/processors/" + CountingProjection.GROUP;

    @TestConfiguration
    static class Projection {
        @Bean
        CountingProjection countingProjection() {
            return new CountingProjection();
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventGateway events;
    @Autowired
    CountingProjection projection;
    @LocalServerPort
    int port;

    @Test
    void a_replay_rebuilds_the_projection_from_the_start_of_the_log_and_shows_progress() {
        for (int i = 0; i < 50; i++) {
            events.publish(new CountingProjection.Ping(i));
        }
        await().atMost(Patience.HANG_GUARD).until(() -> projection.seen.get() == 50 && caughtUp());
        JsonNode before = http.getForObject(STATUS, JsonNode.class);
        assertThat(before.path("behind").asLong()).isZero();
        assertThat(before.path("position").asLong()).isEqualTo(before.path("head").asLong());

        var replay = http.postForEntity(STATUS + "/replay", null, JsonNode.class);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);

        await().atMost(Patience.HANG_GUARD).until(() -> projection.replayed.get() == 50 && caughtUp());
        assertThat(projection.seen.get()).isEqualTo(50);
    }

    @Test
    void an_unknown_processor_is_a_404_problem() {
        var response = http.postForEntity("/api/v1/admin/processors/no-such-group/replay", null, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().path("rule").asText()).isEqualTo("not-found");
    }

    @Test
    void the_cli_lists_processors_and_replays_one_with_a_progress_bar() {
        events.publish(new CountingProjection.Ping(-1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String url = "http://localhost:" + port;
        String[] login = {"--user", TestUsers.ADMIN, "--password", TestUsers.PASSWORD};

        int denied = LedgerCli.run(new String[] {"processors", "list", "--url", url}, print(out), print(err));
        assertThat(denied).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: 401");

        int listed = LedgerCli.run(concat(new String[] {"processors", "list", "--url", url}, login), print(out),
                print(err));
        assertThat(listed).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(CountingProjection.GROUP);

        int replayed = LedgerCli.run(concat(new String[] {"processors", "replay", CountingProjection.GROUP, "--url",
                url}, login), print(out), print(err));
        assertThat(replayed).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("100.0%").contains("caught up");
    }

    @Test
    void the_cli_reports_an_unreachable_server_in_one_line() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LedgerCli.run(new String[] {"processors", "list", "--url", "http://127.0.0.1:1"},
                print(new ByteArrayOutputStream()), print(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: cannot reach");
    }

    private boolean caughtUp() {
        return http.getForObject(STATUS, JsonNode.class).path("caughtUp").asBoolean();
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
