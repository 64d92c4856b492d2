package org.unionfund.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;

/** Gongshu's ledger and programme (plus {@code more} commands) sent, then its 2025 closed over HTTP, which seals it. */
public final class SealedGongshu {

    private SealedGongshu() {
    }

    public static void closeAndSeal2025(CommandGateway commands, RestClient http, Object... more) {
        List<Object> setup = new ArrayList<>(GongshuCase.ledgerSetup());
        setup.add(GongshuCase.programme(FrequencyRule.ONCE_PER_YEAR, null));
        setup.addAll(List.of(more));
        setup.forEach(commands::sendAndWait);
        ResponseEntity<String> closed = http.post().uri("/api/v1/bodies/330105/years/2025/close")
                .contentType(MediaType.APPLICATION_JSON).body("{\"effectiveDate\":\"2025-12-31\"}").retrieve()
                .toEntity(String.class);
        assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(201);
    }
}
