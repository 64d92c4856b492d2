package org.unionfund.ledger.testsupport;

import java.nio.file.Path;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The application with a time-stamping authority inside the test ({@link TestTsa}, one for the JVM), the background
 * sealer off, and Gongshu's 2025 closed and sealed before the tests ({@link #sealedWith()} adds commands before the
 * close). {@link #http} is a SYSTEM client that never throws on a status. Each subclass names its own context
 * ({@code ledger.test.context}), so each closes the year on a database of its own.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.audit.sealer-enabled=false", "ledger.matching.scheduler-enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SealedYearAppTest {

    protected static final TestTsa TSA = new TestTsa();

    @DynamicPropertySource
    static void tsa(DynamicPropertyRegistry registry) {
        registry.add("ledger.audit.tsa-url", TSA::url);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected CommandGateway commands;
    @TempDir
    protected Path dir;

    protected RestClient http;

    /** Commands sent after Gongshu's setup and before the close. */
    protected Object[] sealedWith() {
        return new Object[0];
    }

    @BeforeAll
    void closeAndSeal() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultHeaders(TestUsers::asSystem)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        SealedGongshu.closeAndSeal2025(commands, http, sealedWith());
    }
}
