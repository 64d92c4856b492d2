package org.unionfund.ledger.funds.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingEvaluationResult;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.web.IdempotencyKey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Allocation documents (拨款文件), own money committed towards their matching requirement, explicit evaluation. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Matching funds", description = "Allocation documents with matching requirements (资金配套), own-money "
        + "commitments judged on business dates, evaluation and revisions")
public class DocumentController {

    private final LedgerCommands commands;
    private final ScopeGuard scope;
    private final Clock clock;

    public DocumentController(LedgerCommands commands, ScopeGuard scope, ObjectProvider<Clock> clock) {
        this.commands = commands;
        this.scope = scope;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @PostMapping("/allocation-documents")
    @Operation(summary = "Issue an allocation document (拨款文件) with one or more lines and a matching requirement",
            description = "Per line: FUND(from, fund, earmark) −amount, FUND(to, fund, earmark) +amount, one posting. "
                    + "422 insufficient-funds on lines[i].amount (a line over its source), 409 "
                    + "duplicate-document-number (文号 used by the sender in that year), 422 invalid-date on "
                    + "matching.deadline (before the document date), 422 not-in-subtree on toBodyId.")
    public ResponseEntity<LedgerCommandResponse> issue(@Valid @RequestBody IssueDocumentRequest request,
            IdempotencyKey key) {
        String documentId = key.resolve(request.documentId(), "documentId");
        return commands.postFor(request.fromBodyId(), "fromBodyId", ledger -> {
            List<AllocationLine> lines = request.lines().stream().map(l -> new AllocationLine(new FundId(l.fundId()),
                    l.earmark(), Money.parseYuan(l.amount()))).toList();
            IssueDocumentRequest.MatchingRequest m = request.matching();
            return new IssueAllocationDocumentCommand(ledger, new AllocationId(documentId),
                    request.documentNumber().strip(), request.title(), request.documentDate(),
                    new BodyId(request.fromBodyId()), new BodyId(request.toBodyId()), lines,
                    m == null ? null : new MatchingRequirement(m.ratioBasisPoints(), m.deadline()),
                    m == null ? null : m.scope());
        });
    }

    @PostMapping("/ledgers/{ledgerId}/allocation-documents/{documentId}/commitments")
    @Operation(summary = "Commit own money towards a document's matching requirement",
            description = "Posting: SOURCE(body) −amount, FUND(body, own-money fund) +amount. Counts for the "
                    + "document and every REGION requirement of the same purpose and year above the body, on time "
                    + "when effectiveDate ≤ the deadline, whenever recorded; an on-time commitment recorded after an "
                    + "evaluation revises it (MatchingOutcomeRevisedEvent). 422 outside-region on bodyId.")
    public ResponseEntity<LedgerCommandResponse> commit(@PathVariable String ledgerId,
            @PathVariable String documentId, @Valid @RequestBody CommitOwnFundsRequest request, IdempotencyKey key) {
        LedgerCommands.pathId(documentId, "documentId");
        String commitmentId = key.resolve(request.commitmentId(), "commitmentId");
        LedgerId ledger = commands.ledger(ledgerId);
        scope.write(request.bodyId(), "bodyId");
        return commands.post(ledger, new CommitOwnFundsCommand(ledger, new CommitmentId(commitmentId),
                new AllocationId(documentId), new BodyId(request.bodyId()),
                request.fundId() == null ? null : new FundId(request.fundId()), Money.parseYuan(request.amount()),
                request.effectiveDate()), "bodyId");
    }

    @PostMapping("/ledgers/{ledgerId}/allocations/{allocationId}/matching/evaluation")
    @Operation(summary = "Evaluate a matching requirement now (evaluate-as-of)",
            description = "Records MET or SHORTFALL judged on effective dates (commitments effective by the "
                    + "deadline count). For a staff member who has finished entering a past year, instead of "
                    + "waiting for the scheduler's grace period. 422 matching-deadline-not-reached before the end of "
                    + "the deadline day (Asia/Shanghai), matching-already-evaluated after a first evaluation. The "
                    + "evaluation time is the server's clock.")
    public ResponseEntity<EvaluationView> evaluate(@PathVariable String ledgerId,
            @PathVariable String allocationId) {
        LedgerCommands.pathId(allocationId, "allocationId");
        LedgerId ledger = commands.ledger(ledgerId);
        scope.write(ledgerId, "ledgerId");
        CommandSender.Sent<MatchingEvaluationResult> sent = commands.send(new RecordMatchingShortfallCommand(ledger,
                new AllocationId(allocationId), clock.instant()), "ledgerId");
        return LedgerCommands.respond(sent.recorded(),
                URI.create("/api/v1/ledgers/" + ledgerId + "/allocations/" + allocationId + "/matching"),
                EvaluationView.of(sent.result()));
    }

    /** The outcome of an evaluation, amounts in yuan. */
    public record EvaluationView(String allocationId, String event, String required, String committedByDeadline,
            String shortfall) {
        static EvaluationView of(MatchingEvaluationResult r) {
            return new EvaluationView(r.allocationId().value(), r.event(), r.required().toYuanString(),
                    r.committedByDeadline().toYuanString(), r.shortfall().toYuanString());
        }
    }
}
