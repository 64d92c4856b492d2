package org.unionfund.ledger.platform.projection.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/admin/processors")
@Tag(name = "Processor control", description = "Projection processors: position against the head, reset and replay")
public record ProcessorAdminController(ProcessorAdmin admin) {

    @GetMapping
    @Operation(summary = "All streaming processors with their position, the head of the log and how far behind")
    public List<ProcessorStatus> all() {
        return admin.all();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One processor's status; poll it to follow a replay")
    public ProcessorStatus one(@PathVariable String name) {
        return admin.status(name);
    }

    @PostMapping("/replay")
    @Operation(summary = "Replay every processor that allows it; follow the progress with GET on the list",
            description = "Each status carries position, head and progress (0..1); the replay is done when all are "
                    + "caughtUp.")
    public List<ProcessorStatus> replayAll() {
        return admin.replayAll();
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Reset the processor's tokens to the start of the log and replay it")
    public ProcessorStatus replay(@PathVariable String name) {
        return admin.replay(name);
    }
}
