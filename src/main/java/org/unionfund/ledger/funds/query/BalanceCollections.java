package org.unionfund.ledger.funds.query;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The collections of the balances read model: {@link AccountBalanceProjection} writes them, {@link LedgerBalances}
 * reads them.
 */
record BalanceCollections(MongoCollection<Document> balances, MongoCollection<Document> index,
        MongoCollection<Document> postings) {

    BalanceCollections(MongoDatabase database) {
        this(database.getCollection("account_balances"), database.getCollection("account_index"),
                database.getCollection("postings"));
    }
}
