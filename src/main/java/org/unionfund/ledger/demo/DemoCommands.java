package org.unionfund.ledger.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.unionfund.ledger.demo.scenario.ApprovalScenario;
import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.funds.directory.UnionBodyRegistrar;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.SealYearCommand;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.messaging.MetadataKeys;
import org.unionfund.ledger.platform.store.Durability;
import org.unionfund.ledger.platform.concurrent.DaemonThreads;

/**
 * The demo loader's way into the application: every command goes through the normal command path (the
 * {@link CommandSender} on the command gateway, with its interceptors and retries) carrying the demo actor's
 * metadata — principal, role {@code SYSTEM} and the load's correlation id — which the gateway's interceptor keeps.
 * Bodies are registered through {@link UnionBodyRegistrar}, which also writes the body directory. Counts what was
 * sent and what was recorded (an idempotent repeat records nothing).
 */
public final class DemoCommands {

    public static final String ROLE = "SYSTEM";

    private final CommandSender sender;
    private final UnionBodyRegistrar registrar;
    private final Map<String, Object> metadata;
    private final String correlationId;
    private final Durability durability;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong recorded = new AtomicLong();

    public DemoCommands(CommandSender sender, UnionBodyRegistrar registrar, Durability durability, String principal,
            String correlationId) {
        this.sender = sender;
        this.durability = durability;
        this.registrar = registrar;
        this.correlationId = correlationId;
        this.metadata = Map.of(MetadataKeys.PRINCIPAL, principal, MetadataKeys.ROLE, ROLE,
                MetadataKeys.CORRELATION_ID, correlationId);
    }

    /** Sends a command and waits; a refusal is rethrown with the command named. */
    public <R> R send(Object command) {
        return send(command, metadata);
    }

    /**
     * Sends a maker-checker step signed by the person who takes it (same correlation id); a rejection a resumed load
     * finds done counts as a repeat.
     */
    public void sendSigned(ApprovalScenario.Step step) {
        if (step.by() == null) {
            send(step.command());
            return;
        }
        Map<String, Object> signed = new HashMap<>(metadata);
        signed.put(MetadataKeys.PRINCIPAL, step.by().name());
        signed.put(MetadataKeys.ROLE, step.by().role());
        signed.put(MetadataKeys.BODY, step.by().body().value());
        sendOrRepeat(step.command(), signed, LedgerRule.PROPOSAL_CLOSED);
    }

    private <R> R send(Object command, Map<String, Object> metadata) {
        try {
            CommandSender.Sent<R> result = sender.send(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(MetaData.from(metadata)));
            count(result.recorded());
            return result.result();
        } catch (RuleViolation violation) {
            throw new DemoLoadException(describe(command) + " was refused: " + violation.rule() + " ("
                    + violation.getMessage() + ")", violation);
        }
    }

    /** Registers a union body of the divisions table (its parent must be registered). */
    public void register(Division division) {
        try {
            UnionBodyRegistrar.Registration registration = registrar.register(new BodyId(division.code()),
                    division.unionName(), division.level(),
                    division.parent() == null ? null : new BodyId(division.parent()), metadata);
            count(registration.sent().recorded());
        } catch (RuleViolation violation) {
            throw new DemoLoadException("registering " + division.code() + " was refused: " + violation.rule()
                    + " (" + violation.getMessage() + ")", violation);
        }
    }

    /**
     * Evaluates a matching requirement; one evaluated before (an interrupted load resumed) counts as a repeat. When
     * {@code alreadyEvaluated} says so (the matching read model), nothing is sent: the ledger would refuse it with
     * {@code matching-already-evaluated}.
     */
    public void evaluate(RecordMatchingShortfallCommand command, boolean alreadyEvaluated) {
        if (alreadyEvaluated) {
            count(false);
            return;
        }
        sendOrRepeat(command, LedgerRule.MATCHING_ALREADY_EVALUATED);
    }

    /** Closes a body's year; one closed before (an interrupted load resumed) counts as a repeat. */
    public void closeYear(CloseYearCommand command) {
        sendOrRepeat(command, LedgerRule.YEAR_CLOSED);
    }

    /** Seals a closed year (年终结账封存); one sealed before (an interrupted load resumed) counts as a repeat. */
    public void sealYear(SealYearCommand command) {
        sendOrRepeat(command, LedgerRule.YEAR_SEALED);
    }

    /** Sends a command a resumed load may find done: the ledger's refusal {@code done} then counts as a repeat. */
    private void sendOrRepeat(Object command, LedgerRule done) {
        sendOrRepeat(command, metadata, done);
    }

    private void sendOrRepeat(Object command, Map<String, Object> metadata, LedgerRule done) {
        try {
            send(command, metadata);
        } catch (DemoLoadException e) {
            if (e.getCause() instanceof RuleViolation violation && done.code().equals(violation.rule())) {
                count(false);
                return;
            }
            throw e;
        }
    }

    /** Runs the tasks on {@code threads} threads (in order with 1) and rethrows the first failure. */
    public void parallel(List<? extends Runnable> tasks, int threads, Runnable afterEach) {
        if (threads <= 1 || tasks.size() <= 1) {
            for (Runnable task : tasks) {
                durability.deferring(task);
                afterEach.run();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.numbered("demo-loader-"));
        try {
            List<Future<?>> futures = new ArrayList<>(tasks.size());
            for (Runnable task : tasks) {
                futures.add(pool.submit(() -> {
                    MDC.put(MetadataKeys.CORRELATION_ID, correlationId);
                    try {
                        durability.deferring(task);
                        afterEach.run();
                    } finally {
                        MDC.remove(MetadataKeys.CORRELATION_ID);
                    }
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(false));
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new DemoLoadException("a demo-load task failed", e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    public long sent() {
        return sent.get();
    }

    public long recorded() {
        return recorded.get();
    }

    private void count(boolean wasRecorded) {
        sent.incrementAndGet();
        if (wasRecorded) {
            recorded.incrementAndGet();
        }
    }

    private static String describe(Object command) {
        String text = command.toString();
        return command.getClass().getSimpleName() + (text.length() > 300 ? " " + text.substring(0, 300) + "…"
                : " " + text);
    }
}
