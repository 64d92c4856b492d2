package org.unionfund.ledger.funds.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.GrantFixedSubsidiesCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.funds.api.SubsidyGrant;
import org.unionfund.ledger.funds.api.SubsidyId;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.web.IdempotencyKey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Money entering a ledger and moving down its tree. The body named first in the request selects the ledger. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Funds and allocations", description = "Programme funds (专项资金), allocations down the tree "
        + "(补助下级), fixed subsidies (定额补助) and shared costs (分担费用)")
public record FundController(LedgerCommands commands, ScopeGuard scope) {

    private static final String KEY_DOC = "The request id, when the body leaves it out; both given and different "
            + "is 400 idempotency-key-mismatch";

    @PostMapping("/funds")
    @Operation(summary = "Establish a programme fund with its earmarked lines",
            description = "Posting: SOURCE(body) −total; FUND(body, fund, unrestricted) +(total − earmarks); "
                    + "FUND(body, fund, code) +amount per earmark. 201 with the posting; a repeat of the same "
                    + "request is 200 with the same body; the same fundId with other content is 409 "
                    + "idempotency-conflict.")
    public ResponseEntity<LedgerCommandResponse> establish(@Valid @RequestBody EstablishFundRequest request,
            IdempotencyKey key) {
        String fundId = key.resolve(request.fundId(), "fundId");
        return commands.postFor(request.bodyId(), "bodyId", ledger -> {
            List<Earmark> earmarks = request.earmarks() == null ? List.of() : request.earmarks().stream()
                    .map(e -> new Earmark(e.code(), Money.parseYuan(e.amount()),
                            new EarmarkEligibility(e.eligibility().ownerships(), e.eligibility().categories())))
                    .toList();
            return new EstablishFundCommand(ledger, new FundId(fundId),
                    new BodyId(request.bodyId()), request.year(), new FundPurpose(request.purpose()),
                    Money.parseYuan(request.total()), earmarks, request.effectiveDate(), request.name());
        });
    }

    @PostMapping("/allocations")
    @Operation(summary = "Allocate money down the tree, optionally with a matching requirement",
            description = "Posting: FUND(from, fund, earmark) −amount, FUND(to, fund, earmark) +amount. The receiver "
                    + "must be a strict descendant of the sender (422 not-in-subtree); an earmarked line cannot "
                    + "borrow from the unrestricted one (422 insufficient-funds). With matching, the receiver owes "
                    + "amount × ratioBasisPoints / 10000 by the end of the deadline day; see "
                    + "GET /api/v1/ledgers/{ledgerId}/allocations/{allocationId}/matching.")
    public ResponseEntity<LedgerCommandResponse> allocate(@Valid @RequestBody AllocateFundsRequest request,
            IdempotencyKey key) {
        String allocationId = key.resolve(request.allocationId(), "allocationId");
        return commands.postFor(request.fromBodyId(), "fromBodyId", ledger -> {
            MatchingRequirement matching = request.matching() == null ? null : new MatchingRequirement(
                    request.matching().ratioBasisPoints(), request.matching().deadline());
            return new AllocateFundsCommand(ledger, new AllocationId(allocationId),
                    new BodyId(request.fromBodyId()), new FundId(request.fundId()), request.earmark(),
                    new BodyId(request.toBodyId()), Money.parseYuan(request.amount()), request.effectiveDate(),
                    matching);
        });
    }

    @PostMapping("/subsidies")
    @Operation(summary = "Grant fixed subsidies to several bodies of the subtree in one posting",
            description = "One debit of the sender's line, one credit per grant; one bad receiver refuses the whole "
                    + "batch and nothing is written.")
    public ResponseEntity<LedgerCommandResponse> grant(@Valid @RequestBody GrantSubsidiesRequest request,
            IdempotencyKey key) {
        String subsidyId = key.resolve(request.subsidyId(), "subsidyId");
        return commands.postFor(request.fromBodyId(), "fromBodyId", ledger -> {
            List<SubsidyGrant> grants = request.grants().stream()
                    .map(g -> new SubsidyGrant(new BodyId(g.toBodyId()), Money.parseYuan(g.amount()))).toList();
            return new GrantFixedSubsidiesCommand(ledger, new SubsidyId(subsidyId),
                    new BodyId(request.fromBodyId()), new FundId(request.fundId()), request.earmark(), request.year(),
                    grants, request.effectiveDate());
        });
    }

    @PostMapping("/shared-costs")
    @Operation(summary = "Book one cost shared by several bodies, each from its own fund line",
            description = "Per share: FUND(body, fund, earmark) −amount, EXPENSE(body, fund, earmark, category) "
                    + "+amount; all shares in one posting, so every body pays its part or none does. All bodies "
                    + "must belong to the ledger of the first share's body.")
    public ResponseEntity<LedgerCommandResponse> share(@Valid @RequestBody PostSharedCostRequest request,
            IdempotencyKey key) {
        String postingId = key.resolve(request.postingId(), "postingId");
        scope.writeAcross(request.legs().stream().map(PostSharedCostRequest.ShareRequest::bodyId).toList(), "legs");
        LedgerId ledger = commands.ledgerOf(request.legs().get(0).bodyId(), "legs[0].bodyId");
        List<SharedCostShare> shares = request.legs().stream()
                .map(s -> new SharedCostShare(new BodyId(s.bodyId()), new FundId(s.fundId()), s.earmark(),
                        Money.parseYuan(s.amount()))).toList();
        return commands.post(ledger, new PostSharedCostCommand(ledger, new PostingId(postingId),
                request.description(), request.expenseCategory(), request.effectiveDate(), shares),
                "legs[0].bodyId");
    }
}
