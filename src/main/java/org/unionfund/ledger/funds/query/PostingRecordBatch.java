package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.platform.projection.QueuedWrites;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The batch's writes to {@code postings}, in event order and sent in one ordered bulk: each posting with its legs
 * (one upsert), and for a reversal the {@code reversedBy} entry of the posting it reverses. Every write is
 * idempotent, so a batch delivered again rewrites the same documents.
 */
record PostingRecordBatch(QueuedWrites writes) {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    void record(String ledger, PostingEvent event, long sequenceNumber) {
        String id = AccountBalanceProjection.postingId(ledger, event.posting().id().value());
        List<Document> legs = new ArrayList<>();
        for (PostingLeg leg : event.posting().legs()) {
            legs.add(AccountBalanceProjection.accountFields(ledger, leg.account()).append("key", leg.account().key())
                    .append("amountFen", leg.amount().fen()));
        }
        List<Bson> fields = new ArrayList<>(List.of(Updates.set("ledgerId", ledger),
                Updates.set("postingId", event.posting().id().value()),
                Updates.set("event", event.getClass().getSimpleName()),
                Updates.set("effectiveDate", event.posting().effectiveDate().toString()),
                Updates.set("legs", legs), Updates.set("seq", sequenceNumber),
                Updates.setOnInsert("reversedBy", List.of())));
        if (event instanceof PostingReversedEvent reversal) {
            fields.add(Updates.set("reverses", reversal.originalPostingId().value()));
            writes.add(new UpdateOneModel<>(
                    eq("_id", AccountBalanceProjection.postingId(ledger, reversal.originalPostingId().value())),
                    Updates.addToSet("reversedBy", event.posting().id().value())));
        }
        // One upsert: a reversal recorded before its original (redelivery) keeps its reversedBy entry.
        writes.add(new UpdateOneModel<>(eq("_id", id), Updates.combine(fields), UPSERT));
    }
}
