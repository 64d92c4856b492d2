package org.unionfund.ledger.recuperation.trip.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.funds.directory.ListedBodies;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.platform.web.ListFilters;
import org.unionfund.ledger.platform.web.ListPage;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.query.TripLists;
import org.unionfund.ledger.recuperation.trip.query.TripReadModel;
import org.unionfund.ledger.recuperation.trip.query.TripView;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.security.scope.ScopedInHandler;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The trip list and a trip's participants, paged (docs/api-lists.md). */
@RestController
@RequestMapping(value = "/api/v1/trips", produces = "application/json")
@Tag(name = "Lists")
@ScopedInHandler
public record TripListController(ListedBodies bodies, TripLists lists, TripReadModel trips, ScopeGuard scope) {

    static final List<String> CATEGORIES = Arrays.stream(WorkerCategory.values()).map(Enum::name).toList();
    static final List<String> PARTICIPANT_STATUSES = List.of("ENROLLED", "ATTENDED", "NO_SHOW", "REMOVED");

    @GetMapping
    @Operation(summary = "Trips of the programmes run by the bodies of a region's subtree (default: the reader's own "
            + "subtree; auditors: every ledger)", description = "By start date. Filters: year, programme, status "
            + "(SCHEDULED, SETTLED), category (a worker category among its participants), from / to (start date, "
            + "inclusive). The dashboard's drill-through from a chart bar or table row opens this list filtered.")
    public ListPage<TripLists.TripItem> list(
            @Parameter(description = "Body id; its subtree is listed", example = "330100")
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String status,
            @Parameter(description = "FRONTLINE, MODEL_WORKER, NEW_FORM or HARDSHIP")
            @RequestParam(required = false) String category,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size) {
        ListPage.check(page, size);
        ListFilters.year(year);
        ListFilters.range(from, to);
        ListFilters.oneOf(blank(status), TripLists.STATUSES, "status");
        ListFilters.oneOf(blank(category), CATEGORIES, "category");
        if (blank(programme) != null) {
            RequestProblem.safeId(programme, "programme");
        }
        TripLists.Filter filter = new TripLists.Filter(year, blank(programme), blank(status), blank(category),
                from, to);
        return ListPage.of(lists.trips(bodies.select(region), filter), page, size);
    }

    @GetMapping("/{tripId}/participants")
    @Operation(summary = "A trip's participants, pseudonymised (worker pseudonym, category, employer, status, "
            + "charge), in enrolment order", description = "Filters: status (ENROLLED, ATTENDED, NO_SHOW, REMOVED), "
            + "category.")
    public ListPage<TripView.ParticipantView> participants(@PathVariable String tripId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size) {
        ListPage.check(page, size);
        ListFilters.oneOf(blank(status), PARTICIPANT_STATUSES, "status");
        ListFilters.oneOf(blank(category), CATEGORIES, "category");
        TripView trip = trips.find(new TripId(RequestProblem.safeId(tripId, "tripId"))).orElseThrow(() -> RequestProblem.notFound("tripId",
                "trip " + tripId + " is not known"));
        scope.read(trip.bodyId(), "tripId");
        List<TripView.ParticipantView> matching = trip.participants().stream()
                .filter(p -> blank(status) == null || status.equals(p.status()))
                .filter(p -> blank(category) == null || category.equals(p.category())).toList();
        return ListPage.of(matching, page, size);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
