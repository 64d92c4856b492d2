package org.unionfund.ledger.recuperation.programme.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.directory.ListedBodies;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.projection.KeyedValues;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/** Reads the programme list ({@link ProgrammeListProjection}) with its filters, names resolved. */
@Component
public class ProgrammeLists {

    /** A programme; {@code budget}: yuan set aside (opening and top-ups); {@code trips}: trips scheduled. */
    public record ProgrammeItem(String programmeId, String name, String ledgerId, String bodyId, String bodyName,
            int year, int plannedHeadcount, List<String> eligibleCategories, String budget, int trips) {
    }

    private final MongoCollection<Document> programmes;

    public ProgrammeLists(MongoDatabase database) {
        this.programmes = database.getCollection(ProgrammeListProjection.PROGRAMMES);
    }

    /** Programmes run by a body of the selection, newest year first, then by body and programme id. */
    public List<ProgrammeItem> programmes(ListedBodies.Selection bodies, Integer year, String category) {
        List<ProgrammeItem> items = new ArrayList<>();
        (year == null ? programmes.find() : programmes.find(Filters.eq("year", year))).forEach(d -> {
            String body = d.getString("body");
            List<String> categories = d.getList("categories", String.class, List.of());
            if (d.getString("name") != null && bodies.includes(body)
                    && (category == null || categories.contains(category))) {
                items.add(new ProgrammeItem(d.getString("_id"), d.getString("name"), d.getString("ledger"), body,
                        bodies.name(body), d.getInteger("year"), d.getInteger("planned"), categories,
                        Money.ofFen(KeyedValues.sum(d, "budgetFen")).toYuanString(),
                        d.getList("trips", String.class, List.of()).size()));
            }
        });
        items.sort(Comparator.comparing(ProgrammeItem::year).reversed().thenComparing(ProgrammeItem::bodyId)
                .thenComparing(ProgrammeItem::programmeId));
        return items;
    }

    /** Programme id → name, for labels. */
    public Map<String, String> names(Collection<String> programmeIds) {
        Map<String, String> names = new HashMap<>();
        if (!programmeIds.isEmpty()) {
            programmes.find(Filters.in("_id", programmeIds)).projection(Projections.include("name"))
                    .forEach(d -> names.put(d.getString("_id"), d.getString("name")));
        }
        return names;
    }
}
