package org.unionfund.ledger.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.kernel.RuleViolation;

class ConcurrencyRetryTest {

    record Attempt(String id) {
    }

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus)
            .retryScheduler(ConcurrencyRetry.scheduler(executor)).build();
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aRefusalRunsOnceAndReachesTheCaller() {
        bus.subscribe(Attempt.class.getName(), command -> {
            runs.incrementAndGet();
            throw new RuleViolation("insufficient-funds", "amount", "only 1.00 available");
        });

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt("a"))).isInstanceOf(RuleViolation.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aLostRaceIsRunAgainUntilItSucceeds() {
        bus.subscribe(Attempt.class.getName(), command -> {
            if (runs.incrementAndGet() < 3) {
                throw new ConcurrencyException("another writer appended first");
            }
            return "done";
        });

        assertThat((String) gateway.sendAndWait(new Attempt("b"))).isEqualTo("done");
        assertThat(runs).hasValue(3);
    }

    @Test
    void aRaceLostEveryTimeGivesUpAfterTheLastRetry() {
        bus.subscribe(Attempt.class.getName(), command -> {
            runs.incrementAndGet();
            throw new ConcurrencyException("another writer appended first");
        });

        assertThatThrownBy(() -> gateway.sendAndWait(new Attempt("c"))).isInstanceOf(ConcurrencyException.class);
        assertThat(runs).hasValue(1 + ConcurrencyRetry.MAX_RETRIES);
    }

    @Test
    void aLostRaceIsRecognisedBehindAWrapper() {
        assertThat(ConcurrencyRetry.lostRace(new IllegalStateException(new ConcurrencyException("x")))).isTrue();
        assertThat(ConcurrencyRetry.lostRace(new IllegalStateException("x"))).isFalse();
    }
}
