package org.unionfund.ledger.platform.store;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/** Health of the store the ledger writes to: reachable, which kind, and where (embedded file or server). */
@Component("ledgerStore")
class LedgerStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final LedgerMongoProperties properties;
    private final MongoStoreConfiguration.EmbeddedMongoHolder embedded;

    LedgerStoreHealthIndicator(MongoDatabase database, LedgerMongoProperties properties,
                               MongoStoreConfiguration.EmbeddedMongoHolder embedded) {
        super("ledger store is not reachable");
        this.database = database;
        this.properties = properties;
        this.embedded = embedded;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
        if (properties.useEmbedded()) {
            builder.withDetail("store", "embedded " + properties.embedded().backend().name().toLowerCase());
            if (embedded.mongo().file() != null) {
                builder.withDetail("file", embedded.mongo().file().toString());
            }
        } else {
            builder.withDetail("store", "mongodb").withDetail("uri", MongoStoreConfiguration.redact(properties.uri()));
        }
    }
}
