package org.unionfund.ledger.funds.query;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The collections of the approval audit: {@link ApprovalAuditProjection} writes them, {@link ApprovalReports} reads
 * them.
 */
record ApprovalAuditCollections(MongoCollection<Document> policies, MongoCollection<Document> bookings) {

    ApprovalAuditCollections(MongoDatabase database) {
        this(database.getCollection("approval_policies"), database.getCollection("approval_bookings"));
    }
}
