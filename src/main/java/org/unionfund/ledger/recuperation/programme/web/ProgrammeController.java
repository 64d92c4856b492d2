package org.unionfund.ledger.recuperation.programme.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.web.BodyLedgers;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeResult;
import org.unionfund.ledger.recuperation.programme.api.TopUpProgrammeBudgetCommand;
import org.unionfund.ledger.recuperation.programme.query.ProgrammeReadModel;
import org.unionfund.ledger.recuperation.programme.query.ProgrammeView;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.web.CommandResponses;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.RequestProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Recuperation programmes", description = "疗休养项目: settings and budget (PROGRAMME lines in the ledger)")
public record ProgrammeController(CommandSender sender, BodyLedgers ledgers, ProgrammeReadModel programmes,
        ScopeGuard scope) {

    @PostMapping
    @Operation(summary = "Open a programme and move its budget from the body's fund lines",
            description = "One commit: the programme's ProgrammeOpenedEvent and the ledger posting FUND(body, fund, "
                    + "earmark) −amount / PROGRAMME(body, fund, earmark, programme) +amount per line (422 "
                    + "insufficient-funds, earmark-violation, unknown-fund). 201; a repeat is 200 with the same body; "
                    + "the same programmeId with other content is 409 idempotency-conflict.")
    public ResponseEntity<ProgrammeResponse> open(@Valid @RequestBody ProgrammeRequests.OpenProgrammeRequest request,
            IdempotencyKey key) {
        String id = key.resolve(request.programmeId(), "programmeId");
        OpenProgrammeCommand command = new OpenProgrammeCommand(new ProgrammeId(id),
                ledgers.writable(request.bodyId(), "bodyId"), new BodyId(request.bodyId()), request.year(),
                request.name(), request.plannedHeadcount(), request.eligibleCategories(), request.tripDays(),
                request.frequencyRule(),
                request.annualCapPerWorker() == null ? null : Money.parseYuan(request.annualCapPerWorker()),
                request.budget().stream().map(ProgrammeRequests.BudgetLine::toLine).toList(),
                request.effectiveDate());
        return respond(id, command);
    }

    @PostMapping("/{programmeId}/budget")
    @Operation(summary = "Top up a programme's budget",
            description = "One commit: ProgrammeBudgetToppedUpEvent and the ledger posting moving the lines to the "
                    + "programme. topUpId is the posting id and shares the ledger's id namespace.")
    public ResponseEntity<ProgrammeResponse> topUp(@PathVariable String programmeId,
            @Valid @RequestBody ProgrammeRequests.TopUpRequest request, IdempotencyKey key) {
        ProgrammeId programme = programmeId(programmeId);
        String id = key.resolve(request.topUpId(), "topUpId");
        scope.writeForProgramme(programmeId, "programmeId");
        return respond(programmeId, new TopUpProgrammeBudgetCommand(programme, new PostingId(id),
                request.lines().stream().map(ProgrammeRequests.BudgetLine::toLine).toList(), request.effectiveDate()));
    }

    @GetMapping("/{programmeId}")
    @Operation(summary = "A programme: settings, budget lines with charged and remaining amounts, trips, totals")
    public ProgrammeView get(@PathVariable String programmeId) {
        return programmes.find(programmeId(programmeId)).orElseThrow(() -> RequestProblem.notFound("programmeId",
                "programme " + programmeId + " is not known"));
    }

    /** Sends the command; 201 with the programme, or 200 for an idempotent repeat. */
    private ResponseEntity<ProgrammeResponse> respond(String programmeId, Object command) {
        CommandSender.Sent<ProgrammeResult> sent = sender.send(command);
        return CommandResponses.respond(sent.recorded(), URI.create("/api/v1/programmes/" + programmeId),
                ProgrammeResponse.of(sent.result()));
    }

    private static ProgrammeId programmeId(String value) {
        return new ProgrammeId(RequestProblem.safeId(value, "programmeId"));
    }
}
