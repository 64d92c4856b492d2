package org.unionfund.ledger.relief.query;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.CollectionsProjection;
import org.unionfund.ledger.platform.projection.MongoCollections;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.relief.api.CampaignOpenedEvent;
import org.unionfund.ledger.relief.api.ReliefGroup;
import org.unionfund.ledger.relief.api.ReliefPaidEvent;
import org.unionfund.ledger.relief.api.ReliefPaymentReversedEvent;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Relief campaigns ({@code relief_campaigns}) and their payments ({@code relief_payments}, one document per payment
 * with the campaign's body path, so figures roll up the tree by one match). Every write is an upsert of the same
 * content or a flag set, so a redelivered event changes nothing; a replay empties both collections first.
 */
@Component
@ProcessingGroup(ReliefProjection.GROUP)
public class ReliefProjection extends CollectionsProjection<ReliefCollections> {

    public static final String GROUP = "relief-figures";

    public ReliefProjection(MongoDatabase database) {
        super(new ReliefCollections(database));
    }

    @EventHandler
    void on(CampaignOpenedEvent e) {
        long budget = 0;
        for (ProgrammeBudgetLine line : e.budget()) {
            budget = Math.addExact(budget, line.amount().fen());
        }
        Document d = new Document("_id", e.campaignId().value()).append("kind", e.kind().name())
                .append("places", e.places()).append("name", e.name())
                .append("ledger", e.ledgerId().rootBodyId()).append("body", e.bodyId().value())
                .append("path", e.bodyPath().stream().map(BodyId::value).toList()).append("year", e.year())
                .append("from", e.periodFrom().toString()).append("to", e.periodTo().toString())
                .append("perPerson", e.paymentsPerPerson()).append("budgetFen", budget)
                .append("groups", e.groups().stream().map(ReliefProjection::group).toList());
        MongoCollections.replace(collections.campaigns(), e.campaignId().value(), d);
    }

    @EventHandler
    void on(ReliefPaidEvent e) {
        Document campaign = collections.campaigns().find(Filters.eq("_id", e.campaignId().value())).first();
        List<String> path = campaign == null ? List.of(e.bodyId().value()) : campaign.getList("path", String.class);
        String id = e.campaignId().value() + "/" + e.paymentId();
        Document d = new Document("_id", id).append("campaign", e.campaignId().value())
                .append("body", e.bodyId().value()).append("path", path)
                .append("year", campaign == null ? e.paidOn().getYear() : campaign.getInteger("year"))
                .append("kind", campaign == null ? null : campaign.getString("kind"))
                .append("group", e.group()).append("person", e.person().value()).append("form", e.form().name())
                .append("amountFen", e.amount().fen()).append("paidOn", e.paidOn().toString())
                .append("reversed", false);
        if (collections.payments().find(Filters.eq("_id", id)).first() == null) {
            collections.payments().insertOne(d);
        }
    }

    @EventHandler
    void on(ReliefPaymentReversedEvent e) {
        collections.payments().updateOne(Filters.eq("_id", e.campaignId().value() + "/" + e.paymentId()),
                Updates.set("reversed", true));
    }

    private static Document group(ReliefGroup g) {
        return new Document("code", g.code()).append("zh", g.nameZh()).append("en", g.nameEn());
    }
}
