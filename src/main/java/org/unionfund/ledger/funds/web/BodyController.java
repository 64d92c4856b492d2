package org.unionfund.ledger.funds.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.funds.directory.UnionBodyRegistrar;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.SealYearCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.query.BodyAccountsView;
import org.unionfund.ledger.funds.query.LedgerBalances;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.RequestProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/bodies")
@Tag(name = "Union bodies", description = "The union tree (工会组织): register bodies, resolve a body to its ledger, "
        + "list children; per-body balances and year close")
public record BodyController(LedgerCommands commands, UnionBodyRegistrar registrar, BodyDirectory directory,
        LedgerBalances balances, ScopeGuard scope) {

    @PostMapping
    @Operation(summary = "Register a union body (root or child)", description = "Without parentId the body opens "
            + "its own ledger (province federation, or a parentless body such as Dalian 210200); with parentId it "
            + "joins the parent's ledger. Province, city and county bodies are identified by their GB/T 2260 code "
            + "and must lie in the parent's area. Registering the same body again with the same details is an "
            + "idempotent repeat (200, same body); other details are 409 duplicate-body. The body directory is "
            + "updated before the response, so the next request can use the body.")
    public ResponseEntity<LedgerCommandResponse> register(@Valid @RequestBody RegisterBodyRequest request,
            IdempotencyKey key) {
        BodyId body = new BodyId(key.resolve(request.bodyId(), "bodyId"));
        BodyId parent = request.parentId() == null ? null : new BodyId(request.parentId());
        scope.write(parent == null ? body.value() : parent.value(), parent == null ? "bodyId" : "parentId");
        UnionBodyRegistrar.Registration registration = registrar.register(body, request.name(), request.level(),
                parent);
        return LedgerCommands.respond(registration.sent().recorded(), UriComponentsBuilder
                .fromPath("/api/v1/bodies/{id}").buildAndExpand(body.value()).encode().toUri(),
                LedgerCommandResponse.of(registration.ledgerId().rootBodyId(), registration.sent().result()));
    }

    @GetMapping("/{bodyId}")
    @Operation(summary = "A body's directory entry: its ledger, parent, level, name, ancestors and children")
    public BodyDirectoryEntry body(@PathVariable String bodyId) {
        return entry(bodyId);
    }

    @GetMapping("/{bodyId}/children")
    @Operation(summary = "The registered children of a body, ordered by id")
    public List<BodyDirectoryEntry> children(@PathVariable String bodyId) {
        entry(bodyId);
        return directory.children(new BodyId(bodyId));
    }

    @GetMapping("/{bodyId}/accounts")
    @Operation(tags = "Balances", summary = "A body's accounts with balances in yuan",
            description = "SOURCE (own budget, never above 0), FUND (per fund and earmarked line, never below 0), "
                    + "EXPENSE and PROGRAMME accounts of the body, of one year or of all years. Read from the "
                    + "account-balances projection, usually a few milliseconds behind the event log.")
    public BodyAccountsView accounts(@PathVariable String bodyId,
            @Parameter(description = "Accounting year; all years when left out", example = "2025")
            @RequestParam(required = false) Integer year) {
        BodyDirectoryEntry entry = entry(bodyId);
        return new BodyAccountsView(bodyId, entry.ledgerId(), year, balances.accountsOf(bodyId, year));
    }

    @PostMapping("/{bodyId}/years/{year}/close")
    @Operation(tags = "Corrections and year close", summary = "Close a body's year (年终结转)",
            description = "Moves every positive FUND line of the body and year to the same fund and earmark in "
                    + "year + 1. Afterwards postings touching that year are refused (422 year-closed) except "
                    + "reversals flagged correction. Closing twice is 422 year-closed (not an idempotent repeat). "
                    + "The close also seals the year (YearSealed): its signed statement is at /api/v1/audit/year-statements/{bodyId}/{year}.")
    public ResponseEntity<LedgerCommandResponse> closeYear(@PathVariable String bodyId, @PathVariable int year,
            @Valid @RequestBody(required = false) CloseYearRequest request) {
        ResponseEntity<LedgerCommandResponse> closed = commands.postFor(bodyId, "bodyId", ledger -> {
            LocalDate effective = request == null || request.effectiveDate() == null ? LocalDate.of(year, 12, 31)
                    : request.effectiveDate();
            return new CloseYearCommand(ledger, new BodyId(bodyId), year, effective);
        });
        if (closed.getStatusCode().value() == 202) {
            return closed; // proposed under the body's approval policy: nothing closed yet, nothing to seal
        }
        LedgerId ledger = commands.ledgerOf(bodyId, "bodyId");
        commands.send(new SealYearCommand(ledger, new BodyId(bodyId), year), "bodyId");
        return closed;
    }

    private BodyDirectoryEntry entry(String bodyId) {
        LedgerCommands.pathId(bodyId, "bodyId");
        return directory.find(new BodyId(bodyId)).orElseThrow(() -> RequestProblem.notFound("bodyId",
                "union body " + bodyId + " is not registered"));
    }
}
