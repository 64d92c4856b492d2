package org.unionfund.ledger.recuperation.trip.web;

import java.util.Arrays;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.unionfund.ledger.platform.web.ListScope;
import org.unionfund.ledger.platform.web.Paging;
import org.unionfund.ledger.platform.web.DateRange;
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
    public ListPage<TripLists.TripItem> list(@ParameterObject ListScope scope,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String status,
            @Parameter(description = "FRONTLINE, MODEL_WORKER, NEW_FORM or HARDSHIP")
            @RequestParam(required = false) String category,
            @ParameterObject DateRange dates, @ParameterObject Paging paging) {
        paging.check();
        scope.check();
        dates.check();
        ListFilters.oneOf(blank(status), TripLists.STATUSES, "status");
        ListFilters.oneOf(blank(category), CATEGORIES, "category");
        if (blank(programme) != null) {
            RequestProblem.safeId(programme, "programme");
        }
        TripLists.Filter filter = new TripLists.Filter(scope.year(), blank(programme), blank(status),
                blank(category), dates.from(), dates.to());
        return paging.of(lists.trips(bodies.select(scope.region()), filter));
    }

    @GetMapping("/{tripId}/participants")
    @Operation(summary = "A trip's participants, pseudonymised (worker pseudonym, category, employer, status, "
            + "charge), in enrolment order", description = "Filters: status (ENROLLED, ATTENDED, NO_SHOW, REMOVED), "
            + "category.")
    public ListPage<TripView.ParticipantView> participants(@PathVariable String tripId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category, @ParameterObject Paging paging) {
        paging.check();
        ListFilters.oneOf(blank(status), PARTICIPANT_STATUSES, "status");
        ListFilters.oneOf(blank(category), CATEGORIES, "category");
        TripView trip = trips.find(new TripId(RequestProblem.safeId(tripId, "tripId"))).orElseThrow(() -> RequestProblem.notFound("tripId",
                "trip " + tripId + " is not known"));
        scope.read(trip.bodyId(), "tripId");
        List<TripView.ParticipantView> matching = trip.participants().stream()
                .filter(p -> blank(status) == null || status.equals(p.status()))
                .filter(p -> blank(category) == null || category.equals(p.category())).toList();
        return paging.of(matching);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
