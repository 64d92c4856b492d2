package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.and;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.audit.AuditScenario;
import org.unionfund.ledger.audit.AuditTesting;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.store.MongoStoreConfiguration.EmbeddedMongoHolder;
import org.unionfund.ledger.testsupport.TestUsers;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The insider's setting for {@link InsiderTamperTest} and {@link InsiderCheckpointTamperTest}: the application with
 * the audit scenario written and sealed, and a plain MongoDB client on its store (the embedded store's credentials,
 * as the application holds them). The background sealer runs every 200 ms, as in production every few seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InsiderSetting {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProcessorAdmin processors;
    @Autowired
    CommitLog log;
    @Autowired
    EmbeddedMongoHolder embedded;
    @Autowired
    MongoDatabase appDatabase;

    MongoClient insider;
    MongoCollection<Document> events;
    MongoCollection<Document> checkpoints;
    RestClient http;
    InsiderMoves moves;

    @BeforeAll
    void scenario() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        for (Object command : AuditScenario.commands()) {
            commands.sendAndWait(command);
        }
        AuditTesting.awaitCaughtUp(processors);
        insider = MongoClients.create(embedded.mongo().connectionString());
        MongoDatabase database = insider.getDatabase(appDatabase.getName());
        events = database.getCollection("events");
        checkpoints = database.getCollection("checkpoints");
        moves = new InsiderMoves(events, checkpoints, log, http);
        moves.awaitSealedToHead();
    }

    @AfterAll
    void close() {
        insider.close();
    }

}
