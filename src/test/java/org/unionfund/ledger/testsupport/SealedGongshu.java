package org.unionfund.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;

/** Gongshu's ledger and programme (plus {@code more} commands) sent, then its 2025 closed over HTTP, which seals it. */
public final class SealedGongshu {

    /** A 2025 cost of Gongshu (30,000.00 venue), booked before the close. */
    public static final PostSharedCostCommand VENUE = new PostSharedCostCommand(GongshuCase.LEDGER,
            new PostingId("GS-VENUE-2025"), "疗休养基地场地费", "VENUE", LocalDate.of(2025, 6, 1),
            List.of(new SharedCostShare(GongshuCase.GONGSHU, GongshuCase.ZJ_FUND, GongshuCase.EARMARK,
                    GongshuCase.yuan(30_000))));
    /** The venue cost refunded in January 2026: a correction booked into the sealed 2025, listed against the seal. */
    public static final ReversePostingCommand VENUE_REFUND = new ReversePostingCommand(GongshuCase.LEDGER,
            new ReversalId("R-GS-VENUE"), VENUE.postingId(), null, null, "场地费退回", LocalDate.of(2026, 1, 20), true);

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
