package org.unionfund.ledger.audit.replay.web;

import java.util.List;

import org.springframework.context.annotation.Lazy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Replays for auditors under the audit path (the same operation as {@code /api/v1/admin/processors/…/replay}): an
 * auditor rebuilds projections from the log to compare them, and follows the progress here.
 */
@RestController
@RequestMapping("/api/v1/audit/replay")
@Tag(name = "Audit: replay", description = "Rebuild projections from the event log, with progress")
public record AuditReplayController(@Lazy ProcessorAdmin processors) {

    /** The processors and their combined progress (Σ positions ÷ Σ heads). */
    public record ReplayStatus(boolean caughtUp, double progress, List<ProcessorStatus> processors) {

        static ReplayStatus of(List<ProcessorStatus> statuses) {
            return new ReplayStatus(statuses.stream().allMatch(ProcessorStatus::caughtUp),
                    ProcessorAdmin.progressOf(statuses), statuses);
        }
    }

    @GetMapping
    @Operation(summary = "Progress of the projections: position, head and progress per processor, and combined")
    public ReplayStatus status() {
        return ReplayStatus.of(processors.all());
    }

    @PostMapping
    @Operation(summary = "Replay every projection from the start of the log; poll GET for the progress")
    public ReplayStatus replayAll() {
        return ReplayStatus.of(processors.replayAll());
    }

    @PostMapping("/{name}")
    @Operation(summary = "Replay one projection from the start of the log; poll GET for the progress")
    public ReplayStatus replay(@PathVariable String name) {
        processors.replay(name);
        return ReplayStatus.of(processors.all());
    }
}
