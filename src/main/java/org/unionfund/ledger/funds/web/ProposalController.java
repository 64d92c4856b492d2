package org.unionfund.ledger.funds.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.unionfund.ledger.funds.api.AdoptApprovalPolicyCommand;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApproveProposalCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProposalId;
import org.unionfund.ledger.funds.api.RejectProposalCommand;
import org.unionfund.ledger.funds.api.SealYearCommand;
import org.unionfund.ledger.funds.api.Signatory;
import org.unionfund.ledger.funds.api.WithdrawProposalCommand;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.funds.query.ApprovalReportView;
import org.unionfund.ledger.funds.query.ApprovalReports;
import org.unionfund.ledger.funds.query.ProposalBook;
import org.unionfund.ledger.funds.query.ProposalView;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.security.scope.ScopedInHandler;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Maker-checker (经办 → 审核 → 审批): a money request of a body whose policy asks for approvals answers 202 with a
 * proposal; reviewers and approvers give their approvals here, the last one books. Refusals: 403 forbidden (wrong
 * role), 403 out-of-scope (another body), 422 self-approval, 409 duplicate-approval, 422 proposal-closed.
 */
@RestController
@Tag(name = "Approvals", description = "Approval policies and proposals: propose, review, approve, reject, withdraw")
public record ProposalController(LedgerCommands commands, ProposalBook book, BodyDirectory directory, ScopeGuard scope,
        ApprovalReports reports) {

    private static final String YEAR_CLOSED = YearClosedEvent.class.getSimpleName();

    @PostMapping("/api/v1/bodies/{bodyId}/approval-policies")
    @Operation(summary = "Adopt a version of the body's approval policy (审批权限), in force from validFrom",
            description = "By the body's APPROVER (chair). Without a policy a body books directly.")
    public ResponseEntity<LedgerCommandResponse> adopt(@PathVariable String bodyId,
            @Valid @RequestBody ApprovalPolicyRequest request) {
        scope.adoptPolicy(bodyId, "bodyId");
        LedgerId ledger = commands.ledgerOf(bodyId, "bodyId");
        List<ApprovalRule> rules = request.rules().stream().map(r -> new ApprovalRule(r.act(),
                r.above() == null ? null : Money.parseYuan(r.above()), r.steps())).toList();
        CommandSender.Sent<LedgerCommandResult> sent = commands.send(new AdoptApprovalPolicyCommand(ledger,
                new BodyId(bodyId), request.validFrom(), rules), "bodyId");
        return LedgerCommands.respond(sent.recorded(), null, LedgerCommandResponse.of(ledger.rootBodyId(),
                sent.result()));
    }

    @PostMapping("/api/v1/ledgers/{ledgerId}/proposals/{proposalId}/approvals")
    @Operation(summary = "Review or approve a proposal (审核/审批); the last approval books it")
    public ResponseEntity<LedgerCommandResponse> approve(@PathVariable String ledgerId,
            @PathVariable String proposalId, @Valid @RequestBody(required = false) ProposalDecisionRequest request,
            @RequestHeader(value = IdempotencyKey.HEADER, required = false) String idempotencyKey) {
        LedgerPrincipal principal = scope.signProposal();
        String approvalId = IdempotencyKey.resolve(request == null ? null : request.approvalId(), idempotencyKey,
                "approvalId");
        LedgerId ledger = commands.ledger(ledgerId);
        return decide(ledger, proposalId, new ApproveProposalCommand(ledger, proposalId(proposalId), approvalId,
                signatory(principal)));
    }

    @PostMapping("/api/v1/ledgers/{ledgerId}/proposals/{proposalId}/rejections")
    @Operation(summary = "Reject a proposal with a reason (退回)")
    public ResponseEntity<LedgerCommandResponse> reject(@PathVariable String ledgerId,
            @PathVariable String proposalId, @Valid @RequestBody ProposalDecisionRequest request) {
        LedgerPrincipal principal = scope.signProposal();
        LedgerId ledger = commands.ledger(ledgerId);
        if (request.reason() == null || request.reason().isBlank()) {
            throw RequestProblem.badRequest("not-blank", "reason", "a rejection gives its reason");
        }
        return decide(ledger, proposalId, new RejectProposalCommand(ledger, proposalId(proposalId),
                signatory(principal), request.reason()));
    }

    @PostMapping("/api/v1/ledgers/{ledgerId}/proposals/{proposalId}/withdrawal")
    @Operation(summary = "Withdraw one's own pending proposal (撤回)")
    public ResponseEntity<LedgerCommandResponse> withdraw(@PathVariable String ledgerId,
            @PathVariable String proposalId, @Valid @RequestBody(required = false) ProposalDecisionRequest request) {
        LedgerPrincipal principal = scope.withdrawProposal();
        LedgerId ledger = commands.ledger(ledgerId);
        return decide(ledger, proposalId, new WithdrawProposalCommand(ledger, proposalId(proposalId),
                signatory(principal), request == null ? null : request.reason()));
    }

    @GetMapping("/api/v1/ledgers/{ledgerId}/proposals/{proposalId}")
    @Operation(summary = "A proposal: its act, preview legs, approvals given and status")
    public ProposalView proposal(@PathVariable String ledgerId, @PathVariable String proposalId) {
        LedgerCommands.pathId(proposalId, "proposalId");
        return book.find(commands.ledger(ledgerId).rootBodyId(), proposalId, this::name)
                .orElseThrow(() -> notFound(proposalId));
    }

    @GetMapping("/api/v1/bodies/{bodyId}/proposals")
    @Operation(summary = "The proposals of a body (status PENDING, APPROVED, REJECTED, WITHDRAWN; all when absent)")
    public List<ProposalView> proposals(@PathVariable String bodyId,
            @RequestParam(required = false) String status) {
        String ledger = commands.ledgerOf(bodyId, "bodyId").rootBodyId();
        return book.list(ledger, status, this::name).stream().filter(p -> p.bodyId().equals(bodyId)).toList();
    }

    @GetMapping("/api/v1/proposals/inbox")
    @ScopedInHandler
    @Operation(summary = "待审批: the pending proposals of the signatory's body awaiting their role's step")
    public List<ProposalView> inbox() {
        LedgerPrincipal principal = scope.signProposal();
        return book.inbox(principal.body(), principal.role().name(), this::name);
    }

    @GetMapping("/api/v1/ledgers/{ledgerId}/approval-report")
    @Operation(summary = "Auditors' approval report: approvals by person; bookings a policy asked approvals for",
            description = "withoutApproval must be 0; BEFORE_POLICY marks bookings recorded before the policy was "
                    + "adopted (a policy dated back).")
    public ApprovalReportView report(@PathVariable String ledgerId) {
        return reports.report(commands.ledger(ledgerId).rootBodyId(), this::name);
    }

    private ResponseEntity<LedgerCommandResponse> decide(LedgerId ledger, String proposalId, Object command) {
        CommandSender.Sent<LedgerCommandResult> sent = commands.send(command, "ledgerId");
        sealIfYearClosed(ledger, sent);
        LedgerCommandResponse body = LedgerCommandResponse.of(ledger.rootBodyId(), sent.result());
        URI location = body.posting() != null ? LedgerCommands.postingLocation(ledger.rootBodyId(), body.id())
                : proposalLocation(ledger.rootBodyId(), proposalId);
        return LedgerCommands.respond(sent.recorded(), location, body);
    }

    /** A year close booked by its last approval is sealed at once, as {@code BodyController} seals a direct close. */
    private void sealIfYearClosed(LedgerId ledger, CommandSender.Sent<LedgerCommandResult> sent) {
        if (!sent.recorded() || !YEAR_CLOSED.equals(sent.result().event())) {
            return;
        }
        String[] close = sent.result().id().split(":", 3); // close:<year>:<body>, PostingId.yearClose
        commands.send(new SealYearCommand(ledger, new BodyId(close[2]), Integer.parseInt(close[1])), "ledgerId");
    }

    static URI proposalLocation(String ledgerId, String proposalId) {
        return UriComponentsBuilder.fromPath("/api/v1/ledgers/{ledger}/proposals/{proposal}")
                .buildAndExpand(ledgerId, proposalId).encode().toUri();
    }

    private static ProposalId proposalId(String value) {
        return new ProposalId(LedgerCommands.pathId(value, "proposalId"));
    }

    private static Signatory signatory(LedgerPrincipal principal) {
        return new Signatory(principal.name(), principal.role().name(),
                principal.body() == null ? null : new BodyId(principal.body()));
    }

    private String name(String bodyId) {
        return bodyId == null ? null : directory.find(new BodyId(bodyId)).map(BodyDirectoryEntry::name)
                .orElse(bodyId);
    }

    private static RuntimeException notFound(String proposalId) {
        return RequestProblem.notFound("proposalId", "no proposal " + proposalId + " (or not projected yet)");
    }
}
