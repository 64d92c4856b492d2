package org.unionfund.ledger.recuperation.programme.query;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.SingleCollectionProjection;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.platform.projection.KeyedValues;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeBudgetToppedUpEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.TripAddedToProgrammeEvent;

import com.mongodb.client.MongoDatabase;

/**
 * The programmes as the programme list browses them ({@code list_programmes}): settings, the budget set aside when
 * opened and by each top-up (fen, keyed by posting id: {@link KeyedValues}) and the ids of its trips. Handlers rewrite the programme's
 * document whole from keyed values, so a redelivered event changes nothing; a replay empties the collection first.
 */
@Component
@ProcessingGroup(ProgrammeListProjection.GROUP)
public class ProgrammeListProjection extends SingleCollectionProjection {

    public static final String GROUP = "programme-list";
    static final String PROGRAMMES = "list_programmes";

    public ProgrammeListProjection(MongoDatabase database) {
        super(database, PROGRAMMES);
    }

    @EventHandler
    void on(ProgrammeOpenedEvent e) {
        update(e.programmeId(), d -> {
            d.append("name", e.name()).append("ledger", e.ledgerId().rootBodyId()).append("body", e.bodyId().value())
                    .append("year", e.year()).append("planned", e.plannedHeadcount())
                    .append("categories", e.eligibleCategories().stream().map(Enum::name).sorted().toList());
            budget(d, e.budgetPostingId().value(), fen(e.budget()));
        });
    }

    @EventHandler
    void on(ProgrammeBudgetToppedUpEvent e) {
        update(e.programmeId(), d -> budget(d, e.topUpId().value(), fen(e.lines())));
    }

    @EventHandler
    void on(TripAddedToProgrammeEvent e) {
        update(e.programmeId(), d -> {
            TreeSet<String> trips = new TreeSet<>(d.getList("trips", String.class));
            trips.add(e.tripId());
            d.put("trips", List.copyOf(trips));
        });
    }

    private void update(ProgrammeId programme, Consumer<Document> change) {
        String id = programme.value();
        rewrite(id, () -> new Document("_id", id).append("budgetFen", List.of()).append("trips", List.of()), change);
    }

    private static void budget(Document d, String postingId, long fen) {
        Map<String, Object> budget = KeyedValues.read(d, "budgetFen");
        budget.put(postingId, fen);
        KeyedValues.write(d, "budgetFen", budget);
    }

    private static long fen(List<ProgrammeBudgetLine> lines) {
        long total = 0;
        for (ProgrammeBudgetLine line : lines) {
            total = Math.addExact(total, line.amount().fen());
        }
        return total;
    }
}
