package org.unionfund.ledger.funds.query;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** The collections of the fund lists: {@link FundListProjection} writes them, {@link FundLists} reads them. */
record FundListCollections(MongoCollection<Document> funds, MongoCollection<Document> documents) {

    FundListCollections(MongoDatabase database) {
        this(database.getCollection("list_funds"), database.getCollection("list_allocation_documents"));
    }
}
