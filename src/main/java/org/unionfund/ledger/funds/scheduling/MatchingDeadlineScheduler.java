package org.unionfund.ledger.funds.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.MatchingEvaluationResult;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.funds.query.MatchingStatuses;
import org.unionfund.ledger.funds.query.OpenMatchingRequirement;
import org.unionfund.ledger.kernel.RuleViolation;

/**
 * Evaluates matching requirements once their deadline day has ended in China Standard Time and, for an allocation
 * document, once a grace period ({@code ledger.matching.grace-period}, default 30 days) has passed since the document
 * was recorded, so a year entered after the fact is judged after its commitments were entered too: every
 * {@code ledger.matching.check-interval} (default 60 s) it reads the open requirements from the
 * {@code matching-deadlines} projection and sends {@link RecordMatchingShortfallCommand} for each one due. The ledger
 * records a shortfall or that the requirement was met, visibly in the event log and in the matching status.
 * Several instances may run it at once: the ledger evaluates a requirement only once and refuses the others with
 * {@code matching-already-evaluated}, which counts as done here. The outcome is judged on effective dates, whenever
 * the evaluation runs; an on-time commitment recorded later still revises it (docs/ledger.md, Business dates).
 */
@Component
public class MatchingDeadlineScheduler {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(MatchingDeadlineScheduler.class);

    /** What happened to one due requirement. */
    public enum Outcome { SHORTFALL, MET, ALREADY_EVALUATED, FAILED }

    public record Evaluation(String ledgerId, String allocationId, LocalDate deadline, Outcome outcome,
            MatchingEvaluationResult result) {
    }

    private final CommandGateway commands;
    private final MatchingStatuses statuses;
    private final Clock clock;
    private final boolean enabled;
    private final Duration grace;

    public MatchingDeadlineScheduler(CommandGateway commands, MatchingStatuses statuses,
            ObjectProvider<Clock> clock,
            @Value("${ledger.matching.scheduler-enabled:true}") boolean enabled,
            @Value("${ledger.matching.grace-period:30d}") Duration grace) {
        this.grace = grace;
        this.commands = commands;
        this.statuses = statuses;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${ledger.matching.check-interval:60s}",
            initialDelayString = "${ledger.matching.check-interval:60s}")
    void scheduled() {
        if (enabled) {
            evaluateDue();
        }
    }

    /** Evaluates every requirement whose deadline day has ended by now (the configured clock). */
    public List<Evaluation> evaluateDue() {
        return evaluateDue(clock.instant());
    }

    /**
     * Evaluates every requirement whose deadline day has ended by {@code now} and whose grace period since recording
     * is over; {@code now} is the evaluation time.
     */
    public List<Evaluation> evaluateDue(Instant now) {
        LocalDate today = now.atZone(CHINA).toLocalDate();
        List<Evaluation> evaluations = new ArrayList<>();
        for (OpenMatchingRequirement requirement : statuses.open()) {
            if (!requirement.deadline().isBefore(today)) {
                continue;
            }
            if (requirement.recordedAt() != null && now.isBefore(requirement.recordedAt().plus(grace))) {
                continue;
            }
            evaluations.add(evaluate(requirement, now));
        }
        return evaluations;
    }

    private Evaluation evaluate(OpenMatchingRequirement requirement, Instant now) {
        try {
            MatchingEvaluationResult result = commands.sendAndWait(new RecordMatchingShortfallCommand(
                    new LedgerId(requirement.ledgerId()), new AllocationId(requirement.allocationId()), now));
            boolean shortfall = result.event().equals(MatchingShortfallRecordedEvent.class.getSimpleName());
            if (shortfall) {
                log.warn("Matching shortfall: allocation {} of ledger {} required {}, committed by {} {}, short {}",
                        requirement.allocationId(), requirement.ledgerId(), result.required(),
                        requirement.deadline(), result.committedByDeadline(), result.shortfall());
            }
            return new Evaluation(requirement.ledgerId(), requirement.allocationId(), requirement.deadline(),
                    shortfall ? Outcome.SHORTFALL : Outcome.MET, result);
        } catch (RuleViolation violation) {
            if (violation.rule().equals(LedgerRule.MATCHING_ALREADY_EVALUATED.code())) {
                return new Evaluation(requirement.ledgerId(), requirement.allocationId(), requirement.deadline(),
                        Outcome.ALREADY_EVALUATED, null);
            }
            log.warn("Could not evaluate matching of {} in ledger {}: {} ({})", requirement.allocationId(),
                    requirement.ledgerId(), violation.getMessage(), violation.rule());
        } catch (RuntimeException e) {
            log.warn("Could not evaluate matching of {} in ledger {}; will retry", requirement.allocationId(),
                    requirement.ledgerId(), e);
        }
        return new Evaluation(requirement.ledgerId(), requirement.allocationId(), requirement.deadline(),
                Outcome.FAILED, null);
    }
}
