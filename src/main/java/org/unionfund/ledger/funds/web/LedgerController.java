package org.unionfund.ledger.funds.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.query.LedgerBalances;
import org.unionfund.ledger.funds.query.LedgerPostingView;
import org.unionfund.ledger.funds.query.MatchingStatusView;
import org.unionfund.ledger.funds.query.MatchingStatuses;
import org.unionfund.ledger.funds.query.TrialBalanceView;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.RequestProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Resources identified within one ledger: posting, allocation and commitment ids are unique per ledger (one id
 * namespace per root body), so their URLs carry the ledger id — the root body id, e.g. 330000, which
 * {@code GET /api/v1/bodies/{id}} returns as {@code ledgerId} for any body.
 */
@RestController
@RequestMapping("/api/v1/ledgers/{ledgerId}")
@Tag(name = "Ledgers", description = "Per-ledger resources: postings, matching commitments and status, reversals, "
        + "trial balance")
public record LedgerController(LedgerCommands commands, BodyDirectory directory, LedgerBalances balances,
        MatchingStatuses matching, ScopeGuard scope) {

    @PostMapping("/allocations/{allocationId}/matching-commitments")
    @Operation(tags = "Matching funds", summary = "Commit own money against an allocation's matching requirement",
            description = "Posting: SOURCE(receiver) −amount, FUND(receiver, fund = the allocation id) +amount. "
                    + "The commitment is late when dated after the deadline or after a shortfall was recorded. "
                    + "422 unknown-posting / no-matching-requirement when the allocation has no requirement.")
    public ResponseEntity<LedgerCommandResponse> commit(@PathVariable String ledgerId,
            @PathVariable String allocationId, @Valid @RequestBody CommitMatchingFundsRequest request,
            IdempotencyKey key) {
        LedgerCommands.pathId(allocationId, "allocationId");
        String commitmentId = key.resolve(request.commitmentId(), "commitmentId");
        LedgerId ledger = commands.ledger(ledgerId);
        scope.writeForMatchingOf(ledgerId, allocationId);
        return commands.post(ledger, new CommitMatchingFundsCommand(ledger, new CommitmentId(commitmentId),
                new AllocationId(allocationId), Money.parseYuan(request.amount()), request.effectiveDate()),
                "ledgerId");
    }

    @GetMapping("/allocations/{allocationId}/matching")
    @Operation(tags = "Matching funds", summary = "Matching status of an allocation",
            description = "Required amount, commitments on time and late, and after the deadline evaluation "
                    + "(by the matching scheduler) the outcome MET or SHORTFALL with the shortfall. 404 when the "
                    + "allocation carries no requirement (or is not projected yet).")
    public MatchingStatusView matching(@PathVariable String ledgerId, @PathVariable String allocationId) {
        requireLedger(ledgerId);
        LedgerCommands.pathId(allocationId, "allocationId");
        return matching.status(ledgerId, allocationId).orElseThrow(() -> RequestProblem.notFound("allocationId",
                "no matching requirement for allocation " + allocationId + " in ledger " + ledgerId));
    }

    @PostMapping("/postings/{postingId}/reversals")
    @Operation(tags = "Corrections and year close", summary = "Reverse all or part of a posting (冲销)",
            description = "Append-only correction: negates chosen parts of the original legs in the original "
                    + "accounts. legs: [{leg, amount}] must balance; amount: both legs of a two-leg posting; "
                    + "neither: everything not yet reversed. 422 reversal-exceeds-original, insufficient-funds "
                    + "(money moved on), not-reversible (a reversal or year close).")
    public ResponseEntity<LedgerCommandResponse> reverse(@PathVariable String ledgerId,
            @PathVariable String postingId, @Valid @RequestBody ReversePostingRequest request, IdempotencyKey key) {
        LedgerCommands.pathId(postingId, "postingId");
        String reversalId = key.resolve(request.reversalId(), "reversalId");
        LedgerId ledger = commands.ledger(ledgerId);
        scope.writeForReversalOf(ledgerId, postingId);
        List<ReversalLeg> legs = request.legs() == null ? List.of() : request.legs().stream()
                .map(l -> new ReversalLeg(l.leg(), Money.parseYuan(l.amount()))).toList();
        return commands.post(ledger, new ReversePostingCommand(ledger, new ReversalId(reversalId),
                new PostingId(postingId), legs, request.amount() == null ? null : Money.parseYuan(request.amount()),
                request.reason(), request.effectiveDate(), Boolean.TRUE.equals(request.correction())), "ledgerId");
    }

    @GetMapping("/postings/{postingId}")
    @Operation(tags = "Balances", summary = "A booked posting with its legs and reversals")
    public LedgerPostingView posting(@PathVariable String ledgerId, @PathVariable String postingId) {
        requireLedger(ledgerId);
        LedgerCommands.pathId(postingId, "postingId");
        return balances.posting(ledgerId, postingId).orElseThrow(() -> RequestProblem.notFound("postingId",
                "posting " + postingId + " is not booked in ledger " + ledgerId));
    }

    @GetMapping("/trial-balance")
    @Operation(tags = "Balances", summary = "Trial balance of a ledger year",
            description = "Totals per account kind; net of all accounts of the year, what year closes carried in "
                    + "and out, balanced = (net = carriedIn − carriedOut), i.e. all legs of the year's postings "
                    + "sum to zero; allYearsNet over every year must be 0.00.")
    public TrialBalanceView trialBalance(@PathVariable String ledgerId,
            @Parameter(example = "2025") @RequestParam int year) {
        requireLedger(ledgerId);
        return balances.trialBalance(ledgerId, year);
    }

    private void requireLedger(String ledgerId) {
        LedgerCommands.pathId(ledgerId, "ledgerId");
        directory.find(new BodyId(ledgerId)).filter(entry -> entry.isRoot())
                .orElseThrow(() -> RequestProblem.notFound("ledgerId", "no ledger with root body " + ledgerId));
    }
}
