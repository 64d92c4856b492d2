package org.unionfund.ledger.reporting.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageProjection;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.security.CurrentPrincipal;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.LedgerSecurityProperties;
import org.unionfund.ledger.security.Role;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The few things the dashboard needs that the query API does not answer: who is signed in and where their data
 * starts ({@code /me}), the programmes of a region (to ask the budget API for each), the live feed of projection
 * positions, and CSV → XLSX for the export buttons. Every business figure the dashboard shows still comes from the
 * query API ({@code /api/v1/...}) with the user's own credentials; these endpoints require authentication like the
 * API (security configuration: "anything else") and check the region scope with the same {@link ScopeGuard}.
 */
@RestController
@RequestMapping(value = "/dashboard/api")
@Hidden
public class DashboardApiController {

    /** Years looked at for data when the dashboard chooses a default year. */
    static final int FIRST_YEAR = 2015;
    static final String DIRECTORY = "body_directory";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final BodyDirectory directory;
    private final BudgetQueries budgets;
    private final CoverageQueries coverage;
    private final ScopeGuard scope;
    private final DashboardLiveFeed live;
    private final LedgerSecurityProperties security;
    private final MongoCollection<Document> bodies;
    private final MongoCollection<Document> programmes;

    public DashboardApiController(BodyDirectory directory, BudgetQueries budgets, CoverageQueries coverage,
            ScopeGuard scope, DashboardLiveFeed live, LedgerSecurityProperties security, MongoDatabase database) {
        this.directory = directory;
        this.budgets = budgets;
        this.coverage = coverage;
        this.scope = scope;
        this.live = live;
        this.security = security;
        this.bodies = database.getCollection(DIRECTORY);
        this.programmes = database.getCollection(CoverageProjection.PROGRAMMES);
    }

    /** A body the user's reads start from. */
    public record Home(String bodyId, String name, String level, String ledgerId) {
    }

    /**
     * The signed-in user: role, body, where their data starts ({@code homes}: their body, or every ledger root for
     * auditors), the years with data there, and what the dashboard may offer them.
     */
    public record Me(String name, String role, String body, List<Home> homes, List<Integer> years, Integer defaultYear,
            boolean readsBusinessData, boolean mayVerify, String authentication) {
    }

    @GetMapping(value = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public Me me() {
        LedgerPrincipal principal = principal();
        List<Home> homes = new ArrayList<>();
        if (principal.role().needsBody()) {
            directory.find(new BodyId(principal.body())).ifPresentOrElse(e -> homes.add(home(e)),
                    () -> homes.add(new Home(principal.body(), principal.body(), null, null)));
        } else if (principal.role() != Role.ADMIN) {
            homes.addAll(roots());
        }
        List<Integer> years = homes.isEmpty() ? List.of() : yearsWithData(homes);
        int thisYear = LocalDate.now(CHINA).getYear();
        Integer defaultYear = years.isEmpty() ? Integer.valueOf(thisYear) : years.get(0);
        boolean mayVerify = principal.role() == Role.AUDITOR || principal.role() == Role.ADMIN
                || principal.role() == Role.SYSTEM;
        return new Me(principal.name(), principal.role().name(), principal.body(), homes, years, defaultYear,
                principal.role() != Role.ADMIN, mayVerify, security.mode().name().toLowerCase());
    }

    /** A programme of a region, as the budget page lists them. */
    public record ProgrammeRef(String programme, String name, String body, String bodyName, int year, int planned) {
    }

    /**
     * The programmes of a region's subtree opened for a year (from the coverage projection's programme documents);
     * the figures of each come from {@code /api/v1/statistics/budgets/programmes/{id}}.
     */
    @GetMapping(value = "/programmes", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ProgrammeRef> programmes(@RequestParam String region, @RequestParam int year) {
        requireId(region, "region");
        scope.read(region, "region");
        BodyDirectoryEntry entry = directory.find(new BodyId(region)).orElseThrow(() -> RequestProblem.notFound(
                "region", "union body " + region + " is not registered"));
        List<Document> found = new ArrayList<>();
        programmes.find(Filters.and(Filters.eq("year", year), Filters.eq("path", entry.bodyId())))
                .projection(Projections.include("body", "name", "year", "planned"))
                .forEach(found::add);
        Set<BodyId> bodyIds = new LinkedHashSet<>();
        found.forEach(d -> bodyIds.add(new BodyId(d.getString("body"))));
        Map<String, BodyDirectoryEntry> names = directory.findAll(bodyIds);
        List<ProgrammeRef> refs = new ArrayList<>();
        for (Document d : found) {
            String body = d.getString("body");
            if (!scope.canRead(body)) {
                continue;
            }
            BodyDirectoryEntry b = names.get(body);
            refs.add(new ProgrammeRef(d.getString("_id"), d.getString("name"), body, b == null ? body : b.name(),
                    number(d.get("year")), number(d.get("planned"))));
        }
        refs.sort(Comparator.comparing(ProgrammeRef::body).thenComparing(ProgrammeRef::programme));
        return refs;
    }

    /** A body of a region's subtree, for labels. */
    public record BodyRef(String bodyId, String name, String level, String parentId) {
    }

    /**
     * The region and every body below it (one scan of the small body directory), by id; with {@code ancestors=true}
     * also the bodies above it (their names label events and allocations that come from above).
     */
    @GetMapping(value = "/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<BodyRef> bodies(@RequestParam String region, @RequestParam(defaultValue = "false") boolean ancestors) {
        requireId(region, "region");
        scope.read(region, "region");
        List<BodyRef> refs = new ArrayList<>();
        if (ancestors) {
            directory.find(new BodyId(region)).ifPresent(entry -> directory.findAll(entry.ancestors().stream()
                    .map(BodyId::new).collect(java.util.stream.Collectors.toSet())).values().forEach(a ->
                    refs.add(new BodyRef(a.bodyId(), a.name(), a.level() == null ? null : a.level().name(),
                            a.parentId()))));
        }
        bodies.find(Filters.or(Filters.eq("_id", region), Filters.eq("ancestors", region)))
                .projection(Projections.include("name", "level", "parentId"))
                .forEach(d -> refs.add(new BodyRef(d.getString("_id"), d.getString("name"), d.getString("level"),
                        d.getString("parentId"))));
        refs.sort(Comparator.comparing(BodyRef::bodyId));
        return refs;
    }

    /** Positions of the read models: the dashboard refreshes when they move. */
    @GetMapping(value = "/version", produces = MediaType.APPLICATION_JSON_VALUE)
    public DashboardLiveFeed.Version version() {
        principal();
        return live.current();
    }

    /**
     * Server-sent events: a {@code version} event at once and whenever a read model moved (a settlement was
     * projected, …), and a comment every 15 seconds. Read with {@code fetch} so the request carries the user's
     * credentials.
     */
    @GetMapping(value = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter live() {
        principal();
        return live.subscribe();
    }

    /**
     * Turns a CSV table (as the query API answers with {@code Accept: text/csv}, or a table of the dashboard) into
     * an XLSX workbook of one sheet: numbers become number cells, everything else text (never formulas).
     */
    @PostMapping(value = "/xlsx", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE},
            produces = XlsxTable.MEDIA_TYPE)
    public ResponseEntity<byte[]> xlsx(@RequestBody(required = false) byte[] csv,
            @RequestParam(defaultValue = "table") String name) {
        principal();
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (file.isEmpty() || file.length() > 80) {
            throw RequestProblem.badRequest("invalid-value", "name", "name is 1 to 80 characters of "
                    + "A-Z a-z 0-9 . _ -");
        }
        String text = csv == null ? "" : new String(csv, StandardCharsets.UTF_8);
        byte[] workbook = XlsxTable.write(file, CsvTable.parse(text));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxTable.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file + ".xlsx")
                        .build().toString())
                .body(workbook);
    }

    // ------------------------------------------------------------------ helpers

    private static LedgerPrincipal principal() {
        return CurrentPrincipal.get().orElseThrow(() -> RequestProblem.of(HttpStatus.UNAUTHORIZED,
                "unauthenticated", null, "authentication is required"));
    }

    private static Home home(BodyDirectoryEntry e) {
        return new Home(e.bodyId(), e.name(), e.level() == null ? null : e.level().name(), e.ledgerId());
    }

    /** Every ledger root (a body registered without a parent), by id; a scan of the small body directory. */
    private List<Home> roots() {
        List<Home> roots = new ArrayList<>();
        bodies.find(Filters.eq("parentId", null)).projection(Projections.include("_id")).forEach(d ->
                directory.find(new BodyId(d.getString("_id"))).ifPresent(e -> roots.add(home(e))));
        roots.sort(Comparator.comparing((Home h) -> !"PROVINCE".equals(h.level())).thenComparing(Home::bodyId));
        return roots;
    }

    /** Years (newest first) in which a home region had a budget or served anyone. */
    private List<Integer> yearsWithData(List<Home> homes) {
        List<Integer> years = new ArrayList<>();
        int last = LocalDate.now(CHINA).getYear() + 1;
        for (int year = last; year >= FIRST_YEAR; year--) {
            for (Home home : homes) {
                if (hasData(home.bodyId(), year)) {
                    years.add(year);
                    break;
                }
            }
        }
        return years;
    }

    private boolean hasData(String region, int year) {
        try {
            BudgetQueries.BudgetFigures totals = budgets.budget(year, region, true, null, null).totals();
            if (nonZero(totals.budget()) || nonZero(totals.spent())) {
                return true;
            }
            return coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.of(year, null, null, null), region,
                    true, null, null, null)).personTimes() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean nonZero(String amount) {
        return amount != null && new BigDecimal(amount).signum() != 0;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static void requireId(String value, String field) {
        if (!SafeIdentifierValidator.isSafe(value, 64)) {
            throw RequestProblem.badRequest("invalid-id", field, field + " must be 1 to 64 characters of "
                    + "A-Z a-z 0-9 . _ : -");
        }
    }
}
