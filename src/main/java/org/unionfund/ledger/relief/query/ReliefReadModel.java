package org.unionfund.ledger.relief.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.projection.Figures;
import org.unionfund.ledger.relief.api.ReliefKind;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/** Reads {@link ReliefProjection}'s collections: one campaign, and the figures of a region for a year. */
@Component
public class ReliefReadModel {

    private final ReliefCollections relief;
    private final EligibleCounts eligible;
    private final BodyDirectory directory;

    public ReliefReadModel(MongoDatabase database, EligibleCounts eligible, BodyDirectory directory) {
        this.relief = new ReliefCollections(database);
        this.eligible = eligible;
        this.directory = directory;
    }

    /** A campaign: its settings and what was paid in it, by group. */
    public Optional<CampaignView> campaign(String campaignId) {
        Document c = relief.campaigns().find(Filters.eq("_id", campaignId)).first();
        if (c == null) {
            return Optional.empty();
        }
        Tally total = new Tally();
        Map<String, Tally> byGroup = new LinkedHashMap<>();
        for (Document p : relief.payments().find(Filters.and(Filters.eq("campaign", campaignId), Filters.eq("reversed",
                false)))) {
            total.add(p);
            byGroup.computeIfAbsent(p.getString("group"), g -> new Tally()).add(p);
        }
        List<CampaignView.GroupLine> groups = new ArrayList<>();
        for (Document g : c.getList("groups", Document.class)) {
            Tally t = byGroup.getOrDefault(g.getString("code"), new Tally());
            groups.add(new CampaignView.GroupLine(g.getString("code"), g.getString("zh"), g.getString("en"),
                    t.persons.size(), t.payments, Figures.yuan(t.fen)));
        }
        return Optional.of(new CampaignView(campaignId, c.getString("name"), c.getString("body"),
                c.getInteger("year"), c.getString("from"), c.getString("to"), c.getInteger("perPerson"),
                Figures.yuan(c.getLong("budgetFen")), Figures.yuan(total.fen), total.payments, total.persons.size(),
                Figures.rate(total.fen, c.getLong("budgetFen")), groups));
    }

    /** Whether the body (or any body of its subtree) has a relief campaign in the year. */
    public boolean hasCampaigns(String bodyId, int year) {
        return relief.campaigns().find(Filters.and(Filters.eq("path", bodyId), Filters.eq("year", year)))
                .first() != null;
    }

    /** All kinds together, with a section per programme kind the region has in the year. */
    public ReliefFigures figures(String bodyId, int year) {
        List<ReliefFigures> byKind = new ArrayList<>();
        for (ReliefKind kind : ReliefKind.values()) {
            if (relief.campaigns().find(Filters.and(inRegion(bodyId, year, kind))).first() != null) {
                byKind.add(figures(bodyId, year, kind, List.of()));
            }
        }
        return figures(bodyId, year, null, byKind);
    }

    private static List<Bson> inRegion(String bodyId, int year, ReliefKind kind) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("path", bodyId), Filters.eq("year", year)));
        if (kind != null) {
            filters.add(Filters.eq("kind", kind.name()));
        }
        return filters;
    }

    private ReliefFigures figures(String bodyId, int year, ReliefKind kind, List<ReliefFigures> byKind) {
        BodyDirectoryEntry body = directory.require(new BodyId(bodyId), "bodyId");
        long budget = 0;
        Map<String, Document> groupNames = new LinkedHashMap<>();
        for (Document c : relief.campaigns().find(Filters.and(inRegion(bodyId, year, kind))).sort(Sorts.ascending("_id"))) {
            budget = Math.addExact(budget, c.getLong("budgetFen"));
            c.getList("groups", Document.class).forEach(g -> groupNames.putIfAbsent(g.getString("code"), g));
        }
        Tally total = new Tally();
        Map<String, Tally> byGroup = new LinkedHashMap<>();
        Map<String, Tally> byChild = new HashMap<>();
        List<Bson> paid = inRegion(bodyId, year, kind);
        paid.add(Filters.eq("reversed", false));
        for (Document p : relief.payments().find(Filters.and(paid))) {
            total.add(p);
            byGroup.computeIfAbsent(p.getString("group"), g -> new Tally()).add(p);
            List<String> path = p.getList("path", String.class);
            // path runs nearest first; the child of this body on it sits just before the body itself
            int at = path.indexOf(bodyId);
            String child = at > 0 ? path.get(at - 1) : bodyId;
            byChild.computeIfAbsent(child, k -> new Tally()).add(p);
        }
        Map<String, Long> registered = eligible.inRegion(bodyId, year);
        List<ReliefFigures.GroupRow> groups = new ArrayList<>();
        Long eligibleTotal = null;
        long reachedOnRegister = 0;
        for (Document g : groupNames.values()) {
            String code = g.getString("code");
            Tally t = byGroup.getOrDefault(code, new Tally());
            Long count = registered.get(code);
            if (count != null) {
                eligibleTotal = (eligibleTotal == null ? 0 : eligibleTotal) + count;
                reachedOnRegister += t.persons.size();
            }
            groups.add(new ReliefFigures.GroupRow(code, g.getString("zh"), g.getString("en"), t.persons.size(),
                    t.payments, Figures.yuan(t.fen), Figures.perCapita(t.fen, t.persons.size()), count,
                    count == null ? null : Figures.rate(t.persons.size(), count)));
        }
        List<ReliefFigures.RegionRow> regions = new ArrayList<>();
        List<String> rows = new ArrayList<>(body.children());
        rows.add(bodyId);
        Map<String, BodyDirectoryEntry> names = directory.findAll(rows.stream().map(BodyId::new).toList());
        for (String id : rows) {
            Tally t = byChild.get(id);
            if (t != null) {
                regions.add(new ReliefFigures.RegionRow(id, names.containsKey(id) ? names.get(id).name() : id,
                        t.persons.size(), t.payments, Figures.yuan(t.fen), Figures.perCapita(t.fen,
                                t.persons.size())));
            }
        }
        return new ReliefFigures(bodyId, body.name(), year, Figures.yuan(budget), Figures.yuan(total.fen),
                total.payments, total.persons.size(), Figures.perCapita(total.fen, total.persons.size()),
                Figures.rate(total.fen, budget), groups, regions, eligibleTotal, eligibleTotal == null ? null
                        : Figures.rate(reachedOnRegister, eligibleTotal), kind == null ? null : kind.name(),
                kind == null ? null : kind.nameZh(), kind == null ? null : kind.nameEn(), byKind);
    }

    /** Payments, distinct persons and amount of a set of payments. */
    private static final class Tally {
        private final Set<String> persons = new HashSet<>();
        private long payments;
        private long fen;

        void add(Document p) {
            persons.add(p.getString("person"));
            payments++;
            fen = Math.addExact(fen, p.getLong("amountFen"));
        }
    }
}
