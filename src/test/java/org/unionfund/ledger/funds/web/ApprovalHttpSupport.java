package org.unionfund.ledger.funds.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.platform.projection.ProcessorStatus;
import org.unionfund.ledger.testsupport.Patience;
import org.unionfund.ledger.testsupport.TestUsers;

/** Maker-checker over HTTP: requests as a named test user, and waiting for the approval projections. */
abstract class ApprovalHttpSupport extends LedgerHttpTestBase {

    Reply as(String user, String path, String body, String... headers) {
        var request = client(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return reply(request.retrieve().toEntity(String.class));
    }

    Reply asGet(String user, String path) {
        return reply(client(user).get().uri(path).retrieve().toEntity(String.class)).expect(200);
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestUsers.basic(user))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    void awaitProposals() {
        awaitProjections();
        long head = eventStore.createHeadToken().position().orElse(0);
        await().atMost(Patience.HANG_GUARD).pollInterval(Duration.ofMillis(20)).until(() -> {
            for (String name : List.of("approval-proposals", "approval-audit")) {
                ProcessorStatus status = processors.status(name);
                if (status.segments().isEmpty() || status.position() < head) {
                    return false;
                }
            }
            return true;
        });
    }
}
