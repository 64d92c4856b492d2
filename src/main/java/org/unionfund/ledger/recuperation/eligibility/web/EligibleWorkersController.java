package org.unionfund.ledger.recuperation.eligibility.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCount;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCountChange;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersId;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersResult;
import org.unionfund.ledger.recuperation.eligibility.api.RegisterEligibleWorkersCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.web.CommandResponses;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.validation.SafeIdentifier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Registers eligible-worker counts (the denominators of coverage). Reading them back is coverage's business:
 * statistics/web/EligibleWorkersCountsController serves the GET on the same path.
 */
@RestController
@RequestMapping("/api/v1/bodies/{bodyId}/eligible-workers")
@Tag(name = "Eligible workers", description = "Registered eligible-worker counts per body, category and year: the "
        + "denominators of coverage")
public record EligibleWorkersController(CommandSender sender, BodyDirectory directory, ScopeGuard scope) {

    public record CountRequest(@NotNull WorkerCategory category,
            @NotNull @PositiveOrZero @Max(100_000_000) @Schema(example = "1200") Long count) {
    }

    public record RegistrationRequest(
            @SafeIdentifier @Schema(example = "ELIG-330105-2025-1") String registrationId,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2025") Integer year,
            @NotEmpty @Valid List<CountRequest> counts) {
    }

    public record RegistrationResponse(String bodyId, String registrationId, int year,
            List<EligibleCountChange> counts) {

        static RegistrationResponse of(EligibleWorkersResult r) {
            return new RegistrationResponse(r.bodyId(), r.registrationId(), r.year(), r.counts());
        }
    }

    @PostMapping
    @Operation(summary = "Register eligible workers of a body for a year, per category",
            description = "Replaces the count of each listed category for the body and year (a correction is a new "
                    + "registration). 201 Created; the same request again 200 with Idempotent-Replayed: true and the "
                    + "same body; the same registrationId with other content 409 idempotency-conflict. The id may be "
                    + "sent as the Idempotency-Key header instead. Coverage rolls the counts up the tree.")
    public ResponseEntity<RegistrationResponse> register(@PathVariable String bodyId,
            @Valid @RequestBody RegistrationRequest request, IdempotencyKey key) {
        BodyDirectoryEntry entry = EligibleBodies.require(directory, bodyId);
        scope.write(bodyId, "bodyId");
        String id = key.resolve(request.registrationId(), "registrationId");
        List<BodyId> path = new ArrayList<>();
        path.add(new BodyId(bodyId));
        List<String> ancestors = new ArrayList<>(entry.ancestors());
        java.util.Collections.reverse(ancestors);
        ancestors.forEach(a -> path.add(new BodyId(a)));
        List<EligibleCount> counts = request.counts().stream()
                .map(c -> new EligibleCount(c.category(), c.count())).toList();
        CommandSender.Sent<EligibleWorkersResult> sent = sender.send(new RegisterEligibleWorkersCommand(
                new EligibleWorkersId(new BodyId(bodyId)), id, new LedgerId(entry.ledgerId()), path, request.year(),
                counts));
        return CommandResponses.respond(sent.recorded(), UriComponentsBuilder
                .fromPath("/api/v1/bodies/{id}/eligible-workers").queryParam("year", request.year())
                .buildAndExpand(bodyId).encode().toUri(), RegistrationResponse.of(sent.result()));
    }
}
