package org.unionfund.ledger.relief.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.web.BodyLedgers;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.web.CommandResponses;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.relief.api.RegisterEligibleCommand;
import org.unionfund.ledger.relief.api.RegisterId;
import org.unionfund.ledger.relief.api.ReliefResult;
import org.unionfund.ledger.relief.query.ReliefFigures;
import org.unionfund.ledger.relief.query.ReliefReadModel;
import org.unionfund.ledger.security.scope.ScopeGuard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/relief/bodies/{bodyId}")
@Tag(name = "Relief figures", description = "送温暖/帮扶 figures of a region and its eligible-worker register")
public class ReliefFiguresController {

    private final CommandSender sender;
    private final BodyLedgers ledgers;
    private final ScopeGuard scope;
    private final ReliefReadModel relief;

    public ReliefFiguresController(CommandSender sender, BodyLedgers ledgers, ScopeGuard scope,
            ReliefReadModel relief) {
        this.sender = sender;
        this.ledgers = ledgers;
        this.scope = scope;
        this.relief = relief;
    }

    @GetMapping("/figures")
    @Operation(summary = "Persons reached and amounts by group and by region rolled up, per capita, coverage, "
            + "execution rate, for the body's subtree and a year")
    public ReliefFigures figures(@PathVariable String bodyId, @RequestParam int year) {
        String body = RequestProblem.safeId(bodyId, "bodyId");
        scope.read(body, "bodyId");
        return relief.figures(body, year);
    }

    @PostMapping("/eligible")
    @Operation(summary = "Register the body's eligible workers per group for a year (coverage denominator)",
            description = "A later registration of a group replaces its count. 201; a repeat is 200; the same "
                    + "registrationId with other counts is 409 idempotency-conflict.")
    public ResponseEntity<ReliefResponse> register(@PathVariable String bodyId,
            @Valid @RequestBody ReliefRequests.RegisterRequest r,
            @RequestHeader(value = IdempotencyKey.HEADER, required = false) String idempotencyKey) {
        String body = RequestProblem.safeId(bodyId, "bodyId");
        String id = IdempotencyKey.resolve(r.registrationId(), idempotencyKey, "registrationId");
        LedgerId ledger = ledgers.writable(body, "bodyId");
        CommandSender.Sent<ReliefResult> sent = sender.send(new RegisterEligibleCommand(new RegisterId(
                new BodyId(body), r.year()), ledger, id, r.counts().stream().map(ReliefRequests.CountRequest::toCount)
                .toList()));
        return CommandResponses.respond(sent.recorded(), URI.create("/api/v1/relief/bodies/" + body
                + "/figures?year=" + r.year()), ReliefResponse.of(sent.result()));
    }
}
