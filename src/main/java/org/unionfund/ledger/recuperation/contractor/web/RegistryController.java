package org.unionfund.ledger.recuperation.contractor.web;

import java.net.URI;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorKind;
import org.unionfund.ledger.recuperation.contractor.api.ContractorRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.RegisterContractorCommand;
import org.unionfund.ledger.recuperation.contractor.api.RegisterDestinationCommand;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.web.CommandResponses;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.validation.SafeIdentifier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contractors and destinations", description = "承办单位 and trip destinations")
public record RegistryController(CommandSender sender, ScopeGuard scope) {

    record ContractorRequest(
            @SafeIdentifier @Schema(example = "HZ-TRAVEL-01") String contractorId,
            @NotBlank @Size(max = 200) @Schema(example = "杭州职工国际旅行社") String name,
            @NotNull ContractorKind kind,
            @NotBlank @Size(max = 64) @Schema(example = "L-ZJ-00123") String licenceNumber) {
    }

    record ContractorResponse(String contractorId, String name, ContractorKind kind, String licenceNumber) {
    }

    record DestinationRequest(
            @SafeIdentifier @Schema(example = "ANJI-BASE") String destinationId,
            @NotBlank @Size(max = 200) @Schema(example = "安吉职工疗休养基地") String name,
            @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit GB/T 2260 code")
            @Schema(description = "GB/T 2260 code of the destination's region", example = "330523")
            String regionCode,
            @Schema(description = "A paired-aid region (对口支援地区): trips may last up to the paired-region limit")
            boolean pairedAidRegion) {
    }

    record DestinationResponse(String destinationId, String name, String regionCode, boolean pairedAidRegion) {
    }

    @PostMapping("/contractors")
    @Operation(summary = "Register a contractor (licensed travel agency or certified base)",
            description = "201; the same details again 200; other details under the same id 409 idempotency-conflict")
    public ResponseEntity<ContractorResponse> contractor(@Valid @RequestBody ContractorRequest request,
            IdempotencyKey key) {
        return register(request.contractorId(), key, "contractorId", "/api/v1/contractors/",
                id -> new RegisterContractorCommand(new ContractorId(id), request.name(), request.kind(),
                        request.licenceNumber()),
                (ContractorRegisteredEvent e) -> new ContractorResponse(e.contractorId().value(), e.name(), e.kind(),
                        e.licenceNumber()));
    }

    @PostMapping("/destinations")
    @Operation(summary = "Register a destination with its region and paired-aid flag",
            description = "201; the same details again 200; other details under the same id 409 idempotency-conflict")
    public ResponseEntity<DestinationResponse> destination(@Valid @RequestBody DestinationRequest request,
            IdempotencyKey key) {
        return register(request.destinationId(), key, "destinationId", "/api/v1/destinations/",
                id -> new RegisterDestinationCommand(new DestinationId(id), request.name(), request.regionCode(),
                        request.pairedAidRegion()),
                (DestinationRegisteredEvent e) -> new DestinationResponse(e.destinationId().value(), e.name(),
                        e.regionCode(), e.pairedAidRegion()));
    }

    /** Registers reference data under the request's (or header's) id and answers 201, or 200 for a repeat. */
    private <E, R> ResponseEntity<R> register(String requestId, IdempotencyKey key, String field, String path,
            Function<String, Object> command, Function<E, R> response) {
        String id = key.resolve(requestId, field);
        scope.writeReferenceData(field);
        CommandSender.Sent<E> sent = sender.send(command.apply(id));
        return CommandResponses.respond(sent.recorded(), URI.create(path + id), response.apply(sent.result()));
    }
}
