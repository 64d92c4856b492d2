package org.unionfund.ledger.funds.query;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.CollectionsProjection;
import org.unionfund.ledger.platform.projection.MongoCollections;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.DocumentLine;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;

import com.mongodb.client.MongoDatabase;

/**
 * The funds and allocation documents (拨款文件) as the list endpoints browse them: one document per fund
 * ({@code list_funds}, {@code _id} = {@code <ledgerId>/<fundId>}) and per allocation document
 * ({@code list_allocation_documents}, {@code _id} = {@code <ledgerId>/<documentId>}), amounts in fen. Each event
 * replaces its document whole, so a redelivered event changes nothing; a replay empties both collections first.
 */
@Component
@ProcessingGroup(FundListProjection.GROUP)
public class FundListProjection extends CollectionsProjection<FundListCollections> {

    public static final String GROUP = "fund-list";

    public FundListProjection(MongoDatabase database) {
        super(new FundListCollections(database));
    }

    @EventHandler
    void on(FundEstablishedEvent e) {
        String ledger = e.ledgerId().rootBodyId();
        List<Document> earmarks = new ArrayList<>();
        for (Earmark earmark : e.earmarks()) {
            earmarks.add(new Document("code", earmark.code()).append("amountFen", earmark.amount().fen()));
        }
        MongoCollections.replace(collections.funds(), ledger + "/" + e.fundId().value(), new Document("ledger", ledger)
                .append("fund", e.fundId().value()).append("name", e.name()).append("body", e.bodyId().value())
                .append("year", e.year()).append("purpose", e.purpose().code())
                .append("totalFen", e.total().fen()).append("earmarks", earmarks)
                .append("date", e.posting().effectiveDate().toString()));
    }

    @EventHandler
    void on(AllocationDocumentIssuedEvent e) {
        String ledger = e.ledgerId().rootBodyId();
        List<Document> lines = new ArrayList<>();
        for (DocumentLine line : e.lines()) {
            lines.add(new Document("fund", line.fundId().value()).append("earmark", line.earmark())
                    .append("amountFen", line.amount().fen()));
        }
        MongoCollections.replace(collections.documents(), ledger + "/" + e.documentId().value(),
                new Document("ledger", ledger).append("document", e.documentId().value())
                        .append("documentNumber", e.documentNumber()).append("title", e.title())
                        .append("from", e.fromBodyId().value()).append("to", e.toBodyId().value())
                        .append("amountFen", e.amount().fen())
                        .append("requiredMatchingFen", e.requiredMatching() == null ? null : e.requiredMatching().fen())
                        .append("date", e.posting().effectiveDate().toString())
                        .append("year", e.posting().effectiveDate().getYear()).append("lines", lines));
    }
}
