package org.unionfund.ledger.relief.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.web.BodyLedgers;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.web.CommandResponses;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.OpenCampaignCommand;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.relief.api.ReliefGroups;
import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.api.ReliefResult;
import org.unionfund.ledger.relief.api.ReverseReliefPaymentCommand;
import org.unionfund.ledger.relief.api.SetGroupTermCommand;
import org.unionfund.ledger.relief.query.CampaignBodies;
import org.unionfund.ledger.relief.query.CampaignView;
import org.unionfund.ledger.relief.query.ReliefReadModel;
import org.unionfund.ledger.security.scope.ScopeGuard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/relief/campaigns")
@Tag(name = "Relief campaigns", description = "送温暖/帮扶: campaigns, 慰问金 and 慰问品 to pseudonymised persons")
public record ReliefCampaignController(CommandSender sender, BodyLedgers ledgers, ScopeGuard scope,
        WorkerPseudonyms pseudonyms, CampaignBodies bodies, ReliefReadModel relief) {

    @PostMapping
    @Operation(summary = "Open a campaign and move its budget from the body's fund lines",
            description = "One commit: ReliefCampaignOpened and the ledger posting FUND −amount / PROGRAMME(campaign) "
                    + "+amount per line (422 insufficient-funds, unknown-fund). 201; a repeat is 200; the same "
                    + "campaignId with other settings is 409 idempotency-conflict.")
    public ResponseEntity<ReliefResponse> open(@Valid @RequestBody ReliefRequests.OpenCampaignRequest r,
            IdempotencyKey key) {
        String id = key.resolve(r.campaignId(), "campaignId");
        LedgerId ledger = ledgers.writable(r.bodyId(), "bodyId");
        OpenCampaignCommand command = new OpenCampaignCommand(campaignId(id), r.kind() == null ? ReliefKind.RELIEF
                : r.kind(), ledger, new BodyId(r.bodyId()),
                r.year(), r.name(), r.periodFrom(), r.periodTo(), r.groups() == null ? ReliefGroups.BEIJING_2021
                        : r.groups().stream().map(ReliefRequests.GroupRequest::toGroup).toList(),
                r.terms() == null ? List.of() : r.terms().stream().map(ReliefRequests.TermRequest::toTerm).toList(),
                r.paymentsPerPerson() == null ? 1 : r.paymentsPerPerson(), r.places(),
                r.budget().stream().map(ReliefRequests.BudgetLine::toLine).toList(), r.effectiveDate());
        return respond(id, command);
    }

    @PostMapping("/{campaignId}/terms")
    @Operation(summary = "Set a group's standard or cap from a date on (earlier payments keep their term)")
    public ResponseEntity<ReliefResponse> term(@PathVariable String campaignId,
            @Valid @RequestBody ReliefRequests.TermRequest r) {
        CampaignId campaign = campaignId(campaignId);
        scope.write(bodies.bodyOf(campaign), "campaignId");
        return respond(campaignId, new SetGroupTermCommand(campaign, r.toTerm()));
    }

    @PostMapping("/{campaignId}/payments")
    @Operation(summary = "Pay 慰问金 or give 慰问品 to one person",
            description = "The idNumber becomes a keyed pseudonym in the web layer and is never stored. One commit: "
                    + "ReliefPaid and the ledger posting PROGRAMME −amount / EXPENSE(RELIEF_CASH|RELIEF_GOODS) "
                    + "+amount. 422 group-not-eligible, over-cap, already-received, beyond-budget, outside-period.")
    public ResponseEntity<ReliefResponse> pay(@PathVariable String campaignId,
            @Valid @RequestBody ReliefRequests.PayRequest r, IdempotencyKey key) {
        CampaignId campaign = campaignId(campaignId);
        String id = key.resolve(r.paymentId(), "paymentId");
        scope.write(bodies.bodyOf(campaign), "campaignId");
        WorkerPseudonym person;
        try {
            person = pseudonyms.of(r.idScheme(), r.idNumber());
        } catch (IllegalArgumentException e) {
            throw RequestProblem.badRequest("invalid-value", "idNumber", e.getMessage());
        }
        return respond(campaignId, new PayReliefCommand(campaign, id, person, r.group(), r.form(), r.goods(),
                r.amount() == null ? null : Money.parseYuan(r.amount()), r.ownership(), r.paidOn(),
                r.fundId() == null ? null : new FundId(r.fundId()), r.earmark()));
    }

    @PostMapping("/{campaignId}/payments/{paymentId}/reversal")
    @Operation(summary = "Reverse a payment whole (a new event and a reversing posting; nothing is deleted)")
    public ResponseEntity<ReliefResponse> reverse(@PathVariable String campaignId, @PathVariable String paymentId,
            @Valid @RequestBody ReliefRequests.ReverseRequest r) {
        CampaignId campaign = campaignId(campaignId);
        scope.write(bodies.bodyOf(campaign), "campaignId");
        return respond(campaignId, new ReverseReliefPaymentCommand(campaign,
                RequestProblem.safeId(paymentId, "paymentId"), r.reason(), r.effectiveDate()));
    }

    @GetMapping("/{campaignId}")
    @Operation(summary = "A campaign: settings, budget, paid, payments and persons by group, execution rate")
    public CampaignView get(@PathVariable String campaignId) {
        CampaignView view = relief.campaign(campaignId(campaignId).value()).orElseThrow(() -> RequestProblem
                .notFound("campaignId", "campaign " + campaignId + " is not known"));
        scope.read(view.bodyId(), "campaignId");
        return view;
    }

    private ResponseEntity<ReliefResponse> respond(String campaignId, Object command) {
        CommandSender.Sent<ReliefResult> sent = sender.send(command);
        return CommandResponses.respond(sent.recorded(), URI.create("/api/v1/relief/campaigns/" + campaignId),
                ReliefResponse.of(sent.result()));
    }

    private static CampaignId campaignId(String value) {
        String id = RequestProblem.safeId(value, "campaignId");
        if (id.length() > CampaignId.MAX_LENGTH) {
            throw RequestProblem.badRequest("invalid-value", "campaignId", "a campaign id is at most "
                    + CampaignId.MAX_LENGTH + " characters");
        }
        return new CampaignId(id);
    }
}
