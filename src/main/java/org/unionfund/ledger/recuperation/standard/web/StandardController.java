package org.unionfund.ledger.recuperation.standard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.security.scope.ScopedInHandler;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.web.CommandResponses;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;
import org.unionfund.ledger.recuperation.standard.api.SetStandardCommand;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardSetResult;
import org.unionfund.ledger.recuperation.standard.api.StandardTimeline;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;
import org.unionfund.ledger.recuperation.standard.query.StandardSchedules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "Standards", description = "Funding standards (标准) with effective dates: daily price cap, annual cap "
        + "per worker, trip length limits; a date is judged by the standard in force on it")
public record StandardController(CommandSender sender, BodyDirectory directory, StandardSchedules schedules,
        ScopeGuard scope) {

    @PostMapping
    @Operation(summary = "Set a region's standard from a date on",
            description = "The schedule is <regionBodyId>:<kind>. A later date supersedes from that date on; a date "
                    + "that already has a standard needs supersedesStandardId (422 supersession-required / "
                    + "supersession-mismatch). The same standardId again is 200 with the same body; with other "
                    + "content 409 idempotency-conflict. The region must be a registered union body.")
    public ResponseEntity<StandardResponses.Set> set(@Valid @RequestBody SetStandardRequest request,
            IdempotencyKey key) {
        String standardId = key.resolve(request.standardId(), "standardId");
        BodyId region = new BodyId(request.regionBodyId());
        scope.write(region.value(), "regionBodyId");
        directory.require(region, "regionBodyId");
        StandardScheduleId schedule = StandardScheduleId.of(region, request.kind());
        CommandSender.Sent<StandardSetResult> sent = sender.send(new SetStandardCommand(schedule,
                new StandardId(standardId), region, request.kind(), value(request.value()),
                request.effectiveFrom(), request.supersedesStandardId() == null ? null
                : new StandardId(request.supersedesStandardId())));
        var body = new StandardResponses.Set(sent.result().scheduleId().value(),
                StandardView.of(sent.result().standard()));
        return CommandResponses.respond(sent.recorded(), UriComponentsBuilder.fromPath("/api/v1/standards/{schedule}")
                .buildAndExpand(schedule.value()).encode().toUri(), body);
    }

    @GetMapping("/{scheduleId}")
    @ScopedInHandler
    @Operation(summary = "A schedule: every standard of one region and kind, by effective date",
            description = "Read from the standards projection (eventually consistent).")
    public StandardResponses.Schedule schedule(
            @Parameter(example = "330000:DAILY_PRICE_CAP") @PathVariable String scheduleId) {
        if (!SafeIdentifierValidator.isSafe(scheduleId, StandardScheduleId.MAX_LENGTH)) {
            throw RequestProblem.badRequest("invalid-id", "scheduleId", "not a schedule id");
        }
        StandardTimeline timeline = schedules.timelines(List.of(scheduleId)).get(scheduleId);
        int colon = scheduleId.lastIndexOf(':');
        scope.readStandardsOf(colon < 0 ? scheduleId : scheduleId.substring(0, colon), "scheduleId");
        if (timeline == null || colon < 0) {
            throw RequestProblem.notFound("scheduleId", "no standards set for " + scheduleId);
        }
        return new StandardResponses.Schedule(scheduleId, scheduleId.substring(0, colon),
                StandardKind.valueOf(scheduleId.substring(colon + 1)),
                timeline.entries().stream().map(StandardView::of).toList());
    }

    @GetMapping("/in-force")
    @Operation(summary = "The standard in force on a date for a region",
            description = "Looks at the region's own schedule, then its ancestors' up to the root, and answers with "
                    + "the nearest one that has a standard in force on the date (so Gongshu 330105 gets "
                    + "Zhejiang's 400 yuan for a 2019 date and 600 for 2025). 404 when none; 422 unknown-body for "
                    + "an unregistered region.")
    public StandardResponses.InForce inForce(
            @Parameter(example = "330105") @RequestParam String region,
            @Parameter(example = "DAILY_PRICE_CAP") @RequestParam StandardKind kind,
            @Parameter(example = "2019-06-01") @RequestParam LocalDate date) {
        if (!SafeIdentifierValidator.isSafe(region, 64)) {
            throw RequestProblem.badRequest("invalid-id", "region", "not a body id");
        }
        BodyDirectoryEntry entry = directory.require(new BodyId(region), "region");
        List<String> chain = new ArrayList<>();
        chain.add(region);
        for (int i = entry.ancestors().size() - 1; i >= 0; i--) {
            chain.add(entry.ancestors().get(i));
        }
        List<String> scheduleIds = chain.stream()
                .map(body -> StandardScheduleId.of(new BodyId(body), kind).value()).toList();
        Map<String, StandardTimeline> timelines = schedules.timelines(scheduleIds);
        for (int i = 0; i < chain.size(); i++) {
            StandardTimeline timeline = timelines.get(scheduleIds.get(i));
            Optional<StandardEntry> found = timeline == null ? Optional.empty() : timeline.inForceOn(date);
            if (found.isPresent()) {
                return new StandardResponses.InForce(region, kind, date, chain.get(i), scheduleIds.get(i),
                        StandardView.of(found.get()));
            }
        }
        throw RequestProblem.notFound("date", "no " + kind + " standard is in force on " + date + " for " + region
                + " or its ancestors");
    }

    private static StandardValue value(SetStandardRequest.ValueRequest value) {
        if ((value.amount() == null) == (value.days() == null)) {
            throw RequestProblem.badRequest("invalid-value", "value",
                    "give exactly one of value.amount and value.days");
        }
        return value.amount() != null ? StandardValue.money(Money.parseYuan(value.amount()))
                : StandardValue.days(value.days());
    }
}
