package org.unionfund.ledger.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 201 Created when a command recorded events, 200 OK with {@code Idempotent-Replayed: true} (and the very same
 * body) when it was an idempotent repeat — the convention of the ledger API, for the programme and trip APIs.
 */
public final class CommandResponses {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private CommandResponses() {
    }

    public static <T> ResponseEntity<T> respond(boolean recorded, URI location, T body) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK)
                .location(location);
        if (!recorded) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.body(body);
    }
}
