package org.unionfund.ledger.audit.lineage;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The collections of the lineage read model: {@link LineageProjection} writes them, {@link LineageQueries} and
 * {@link LineageWalk} read them.
 */
record LineageCollections(MongoCollection<Document> postings, MongoCollection<Document> accounts,
        MongoCollection<Document> refs) {

    LineageCollections(MongoDatabase database) {
        this(database.getCollection("audit_lineage_postings"), database.getCollection("audit_lineage_accounts"),
                database.getCollection("audit_lineage_refs"));
    }
}
