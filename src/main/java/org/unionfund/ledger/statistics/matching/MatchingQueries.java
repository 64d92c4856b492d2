package org.unionfund.ledger.statistics.matching;

import static org.unionfund.ledger.platform.projection.CounterDoc.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.CounterReader;
import org.unionfund.ledger.platform.projection.Figures;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.statistics.ScopeKeys;
import org.unionfund.ledger.statistics.funds.FundNames;

import com.mongodb.client.MongoDatabase;

/**
 * Reads matching compliance from {@link MatchingProjection}: a region's figures are one {@code _id} look-up, its
 * allocations one more ({@code $in} of the page). Matching ratio = own funds committed by the deadline ÷ the
 * matching required by allocations received (domain.md: "own funds committed by the deadline ÷ allocation received
 * that carries the requirement", the allocation scaled by its ratio); a ratio of 1.0000 means the requirement is met.
 */
@Service
public class MatchingQueries {

    private final CounterReader counters;
    private final CounterReader allocations;
    private final BodyDirectory directory;
    private final FundNames fundNames;

    public MatchingQueries(MongoDatabase database, BodyDirectory directory) {
        this.counters = new CounterReader(database.getCollection(MatchingProjection.COUNTERS));
        this.allocations = new CounterReader(database.getCollection(MatchingProjection.ALLOCATIONS));
        this.directory = directory;
        this.fundNames = new FundNames(database, directory);
    }

    /** Figures of a region's requirements (docs/queries.md, Matching API). */
    public record RegionView(int year, String region, String regionName, boolean subtree, long allocations,
            long open, long met, long shortfalls, long revisions, String allocated, String required,
            String committedByDeadline, String committedLate, String committedTotal, String ratio,
            String ratioIncludingLate, String matchingRatio, String outstanding, String shortfall) {
    }

    public record RegionsView(int year, String region, List<RegionView> items) {
    }

    /**
     * One line of a document: the fund's display name beside its id, amount in yuan, source EARMARKED / GENERAL /
     * OWN (null for a one-line allocation).
     */
    public record LineView(String fundId, String fundName, String earmark, String source, String amount) {
    }

    public record AllocationView(String ledgerId, String allocationId, String documentNumber, String title,
            String scope, String fromBodyId, String fromName, String toBodyId, String toName, String fundId,
            String fundName, String earmark, List<LineView> lines, String effectiveDate, String allocated,
            int ratioBasisPoints, String required, String deadline, String committedByDeadline, String committedLate,
            String committedTotal, String ratio, String matchingRatio, String outstanding, String status,
            String outcome, String evaluatedAt, String shortfall, String firstShortfall, int revisions) {
    }

    public record AllocationPage(int total, List<AllocationView> items) {
    }

    public RegionView region(int year, String region, boolean subtree) {
        return region(year, requireBody(region), subtree);
    }

    /** The region's roll-up first, then each direct child's. */
    public RegionsView regions(int year, String region) {
        BodyDirectoryEntry entry = requireBody(region);
        List<RegionView> items = new ArrayList<>();
        items.add(region(year, entry, true));
        for (BodyDirectoryEntry child : directory.children(new BodyId(region))) {
            items.add(region(year, child, true));
        }
        return new RegionsView(year, region, items);
    }

    private RegionView region(int year, BodyDirectoryEntry body, boolean subtree) {
        String region = body.bodyId();
        CounterDoc doc = counters.getOrEmpty(doc(year, region, subtree));
        Map<String, Long> c = doc.section("");
        long required = count(c, MatchingKeys.REQUIRED);
        long onTime = count(c, MatchingKeys.ON_TIME);
        long late = count(c, MatchingKeys.LATE);
        return new RegionView(year, region, body.name(), subtree, count(c, MatchingKeys.ALLOCATIONS),
                count(c, MatchingKeys.OPEN), count(c, MatchingKeys.MET), count(c, MatchingKeys.SHORTFALLS),
                count(c, MatchingKeys.REVISIONS), Figures.yuan(count(c, MatchingKeys.ALLOCATED)),
                Figures.yuan(required), Figures.yuan(onTime), Figures.yuan(late), Figures.yuan(onTime + late), Figures.ratio(onTime, required),
                Figures.ratio(onTime + late, required), Figures.rate(onTime, required),
                Figures.yuan(count(c, MatchingKeys.OUTSTANDING)), Figures.yuan(count(c, MatchingKeys.SHORTFALL)));
    }

    /** The allocations received in the region (by id), one page of them with their figures. */
    public AllocationPage allocations(int year, String region, boolean subtree, int page, int size) {
        requireBody(region);
        CounterDoc doc = counters.getOrEmpty(doc(year, region, subtree));
        List<String> ids = new ArrayList<>();
        doc.sectionsWithPrefix("a:").keySet().forEach(k -> ids.add(k.substring(2)));
        int from = Math.min(ids.size(), page * size);
        List<String> slice = ids.subList(from, Math.min(ids.size(), from + size));
        Map<String, Document> found = allocations.documents(slice);
        List<AllocationState> states = new ArrayList<>();
        Set<BodyId> bodies = new HashSet<>();
        for (String id : slice) {
            Document d = found.get(id);
            if (d != null) {
                AllocationState a = AllocationState.CODEC.decode(d);
                states.add(a);
                bodies.add(new BodyId(a.from()));
                bodies.add(new BodyId(a.to()));
            }
        }
        Map<String, BodyDirectoryEntry> names = directory.findAll(bodies);
        Map<String, Map<String, String>> funds = fundNames(states);
        return new AllocationPage(ids.size(), states.stream().map(a -> view(a, names, funds.get(a.ledger())))
                .toList());
    }

    /** Per ledger, the display names of the allocations' funds and their lines' funds (one look-up per ledger). */
    private Map<String, Map<String, String>> fundNames(List<AllocationState> states) {
        Map<String, Set<String>> funds = new HashMap<>();
        for (AllocationState a : states) {
            Set<String> ids = funds.computeIfAbsent(a.ledger(), l -> new HashSet<>());
            ids.add(a.fund());
            a.lines().forEach(l -> ids.add(l.getString("fundId")));
            ids.remove(null);
        }
        Map<String, Map<String, String>> names = new HashMap<>();
        funds.forEach((ledger, ids) -> names.put(ledger, fundNames.of(ledger, ids)));
        return names;
    }

    static AllocationView view(AllocationState a, Map<String, BodyDirectoryEntry> names,
            Map<String, String> funds) {
        boolean shortfall = AllocationState.SHORTFALL.equals(a.status());
        List<LineView> lines = a.lines().stream().map(l -> new LineView(l.getString("fundId"),
                funds.get(l.getString("fundId")), l.getString("earmark"), l.getString("source"),
                Figures.yuan(AllocationState.fen(l, "amountFen")))).toList();
        return new AllocationView(a.ledger(), a.allocation(), a.documentNumber(), a.title(), a.scope(), a.from(),
                name(names, a.from()), a.to(), name(names, a.to()), a.fund(), funds.get(a.fund()), a.earmark(),
                lines, a.effectiveDate(),
                Figures.yuan(a.allocatedFen()), a.ratioBasisPoints(), Figures.yuan(a.requiredFen()), a.deadline(),
                Figures.yuan(a.onTimeFen()), Figures.yuan(a.lateFen()), Figures.yuan(a.onTimeFen() + a.lateFen()),
                Figures.ratio(a.onTimeFen(), a.requiredFen()), Figures.rate(a.onTimeFen(), a.requiredFen()),
                Figures.yuan(a.outstandingFen()), a.status(), a.status(), a.evaluatedAt(),
                Figures.yuan(shortfall ? a.recordedShortfallFen() : 0),
                a.evaluatedAt() == null ? null : Figures.yuan(a.firstShortfallFen()), a.revisions());
    }

    private static String name(Map<String, BodyDirectoryEntry> names, String body) {
        BodyDirectoryEntry entry = names.get(body);
        return entry == null ? null : entry.name();
    }

    private static String doc(int year, String region, boolean subtree) {
        return ScopeKeys.scope(region, year, subtree);
    }

    private BodyDirectoryEntry requireBody(String body) {
        if (body == null) {
            throw new QueryRefused("invalid-filter", "region", "give a region");
        }
        return directory.find(new BodyId(body))
                .orElseThrow(() -> QueryRefused.notFound("region", "union body " + body + " is not registered"));
    }
}
