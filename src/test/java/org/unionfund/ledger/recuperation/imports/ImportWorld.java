package org.unionfund.ledger.recuperation.imports;

import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.testsupport.GongshuCase;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The Gongshu 2025 case (GongshuCase) with its bodies registered in the directory over HTTP, once per context. */
final class ImportWorld {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportWorld() {
    }

    private static final java.util.Set<Integer> LOADED = new java.util.HashSet<>();

    /** Loads the world once per application context (identified by its port). */
    static void load(int port, RestClient http, CommandGateway commands) throws Exception {
        load(port, http, commands, command -> command);
    }

    /** Loads the world once per application context, each command as {@code adjust} makes it. */
    static synchronized void load(int port, RestClient http, CommandGateway commands,
            java.util.function.UnaryOperator<Object> adjust) throws Exception {
        if (!LOADED.add(port)) {
            return;
        }
        body(http, Map.of("bodyId", "330000", "name", "浙江省总工会", "level", "PROVINCE"));
        body(http, Map.of("bodyId", "330100", "name", "杭州市总工会", "level", "CITY", "parentId", "330000"));
        body(http, Map.of("bodyId", "330105", "name", "拱墅区总工会", "level", "COUNTY", "parentId", "330100"));
        for (Object command : GongshuCase.world(FrequencyRule.ONCE_PER_YEAR, null)) {
            if (!(command instanceof RegisterUnionBodyCommand)) {
                commands.sendAndWait(adjust.apply(command));
            }
        }
    }

    private static void body(RestClient http, Map<String, Object> body) throws Exception {
        http.post().uri("/api/v1/bodies").contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body)).retrieve().toBodilessEntity();
    }
}
