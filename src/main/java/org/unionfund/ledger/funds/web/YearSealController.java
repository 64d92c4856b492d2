package org.unionfund.ledger.funds.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.SealYearCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.security.scope.ScopeGuard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Sealing a closed year (年终结账封存); the close endpoint seals too, this one seals a year closed before. */
@RestController
@RequestMapping("/api/v1/bodies")
@Tag(name = "Corrections and year close")
public record YearSealController(LedgerCommands commands, ScopeGuard scope) {

    /** The seal's id and where its signed statement is downloaded. */
    public record SealResponse(String sealId, String statement, String statementHtml) {
    }

    @PostMapping("/{bodyId}/years/{year}/seal")
    @Operation(summary = "Seal a closed year (年终结账封存)", description = "Freezes the body's trial balance of the "
            + "closed year in a YearSealed event; its signed statement is then at /api/v1/audit/year-statements/"
            + "{bodyId}/{year}. 422 year-not-closed before the close, 422 year-sealed the second time.")
    public ResponseEntity<SealResponse> seal(@PathVariable String bodyId, @PathVariable int year) {
        scope.write(bodyId, "bodyId");
        LedgerId ledger = commands.ledgerOf(bodyId, "bodyId");
        CommandSender.Sent<LedgerCommandResult> sent = commands.send(new SealYearCommand(ledger,
                new BodyId(bodyId), year), "bodyId");
        URI statement = statementOf(bodyId, year);
        return LedgerCommands.respond(sent.recorded(), statement, new SealResponse(sent.result().id(),
                statement.toString(), statement + "/html"));
    }

    static URI statementOf(String bodyId, int year) {
        return UriComponentsBuilder.fromPath("/api/v1/audit/year-statements/{body}/{year}")
                .buildAndExpand(bodyId, year).encode().toUri();
    }
}
