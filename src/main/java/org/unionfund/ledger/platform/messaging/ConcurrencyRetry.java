package org.unionfund.ledger.platform.messaging;

import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command only when it lost an optimistic-concurrency race (another writer appended to the same aggregate
 * first): the retry is re-validated against the new state, so it never doubles money. Every other failure — a rule
 * refusal above all — is final at once; repeating it would only repeat the refusal.
 */
public final class ConcurrencyRetry {

    static final int INTERVAL_MILLIS = 20;
    static final int MAX_RETRIES = 8;

    private ConcurrencyRetry() {
    }

    public static RetryScheduler scheduler(ScheduledExecutorService executor) {
        return IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .retryInterval(INTERVAL_MILLIS)
                .maxRetryCount(MAX_RETRIES)
                .nonTransientFailurePredicate(failure -> !lostRace(failure))
                .build();
    }

    static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
