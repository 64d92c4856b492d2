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

    static final String BALANCES = "account_balances";
    static final String INDEX = "account_index";
    static final String POSTINGS = "postings";

    BalanceCollections(MongoDatabase database) {
        this(database.getCollection(BALANCES), database.getCollection(INDEX), database.getCollection(POSTINGS));
    }
}
