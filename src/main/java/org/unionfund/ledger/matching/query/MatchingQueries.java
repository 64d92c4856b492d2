package org.unionfund.ledger.matching.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.directory.api.BodyDirectory;
import org.unionfund.ledger.ledger.api.BodyId;
import org.unionfund.ledger.projection.CounterDoc;
import org.unionfund.ledger.projection.CounterReader;
import org.unionfund.ledger.projection.Figures;
import org.unionfund.ledger.projection.QueryRefused;

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

    public MatchingQueries(MongoDatabase database, BodyDirectory directory) {
        this.counters = new CounterReader(database.getCollection(MatchingProjection.COUNTERS));
        this.allocations = new CounterReader(database.getCollection(MatchingProjection.ALLOCATIONS));
        this.directory = directory;
    }

    public record RegionView(int year, String region, boolean subtree, long allocations, long open, long met,
            long shortfalls, String allocated, String required, String committedByDeadline, String committedLate,
            String matchingRatio, String outstanding, String shortfall) {
    }

    public record AllocationView(String ledgerId, String allocationId, String fromBodyId, String toBodyId,
            String fundId, String earmark, String effectiveDate, String allocated, int ratioBasisPoints,
            String required, String deadline, String committedByDeadline, String committedLate, String matchingRatio,
            String outstanding, String status, String evaluatedAt, String shortfall) {
    }

    public record AllocationPage(int total, List<AllocationView> items) {
    }

    public RegionView region(int year, String region, boolean subtree) {
        requireBody(region);
        CounterDoc doc = counters.getOrEmpty(doc(year, region, subtree));
        Map<String, Long> c = doc.section("");
        long required = v(c, MatchingKeys.REQUIRED);
        long onTime = v(c, MatchingKeys.ON_TIME);
        return new RegionView(year, region, subtree, v(c, MatchingKeys.ALLOCATIONS), v(c, MatchingKeys.OPEN),
                v(c, MatchingKeys.MET), v(c, MatchingKeys.SHORTFALLS), Figures.yuan(v(c, MatchingKeys.ALLOCATED)),
                Figures.yuan(required), Figures.yuan(onTime), Figures.yuan(v(c, MatchingKeys.LATE)),
                Figures.rate(onTime, required), Figures.yuan(v(c, MatchingKeys.OUTSTANDING)),
                Figures.yuan(v(c, MatchingKeys.SHORTFALL)));
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
        List<AllocationView> items = new ArrayList<>();
        for (String id : slice) {
            Document d = found.get(id);
            if (d != null) {
                items.add(view(AllocationState.CODEC.decode(d)));
            }
        }
        return new AllocationPage(ids.size(), items);
    }

    static AllocationView view(AllocationState a) {
        return new AllocationView(a.ledger(), a.allocation(), a.from(), a.to(), a.fund(), a.earmark(),
                a.effectiveDate(), Figures.yuan(a.allocatedFen()), a.ratioBasisPoints(), Figures.yuan(a.requiredFen()),
                a.deadline(), Figures.yuan(a.onTimeFen()), Figures.yuan(a.lateFen()),
                Figures.rate(a.onTimeFen(), a.requiredFen()), Figures.yuan(a.outstandingFen()), a.status(),
                a.evaluatedAt(), AllocationState.SHORTFALL.equals(a.status())
                        ? Figures.yuan(a.recordedShortfallFen()) : Figures.yuan(0));
    }

    private static String doc(int year, String region, boolean subtree) {
        return subtree ? MatchingKeys.sub(region, year) : MatchingKeys.own(region, year);
    }

    private void requireBody(String body) {
        if (body == null) {
            throw new QueryRefused("invalid-filter", "region", "give a region");
        }
        if (directory.find(new BodyId(body)).isEmpty()) {
            throw QueryRefused.notFound("region", "union body " + body + " is not registered");
        }
    }

    private static long v(Map<String, Long> counters, String name) {
        Long value = counters.get(name);
        return value == null ? 0 : value;
    }
}
