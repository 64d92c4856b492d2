package org.unionfund.ledger.platform.store;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Chooses the store. Both branches end in the same {@link MongoClient}: the embedded server is reached over a
 * loopback socket, a real MongoDB through its URI with majority, journaled writes.
 */
@Configuration(proxyBeanMethods = false)
public class MongoStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedMongoHolder embeddedMongo(LedgerMongoProperties properties) {
        if (!properties.useEmbedded()) {
            return new EmbeddedMongoHolder(null);
        }
        var embedded = properties.embedded();
        return new EmbeddedMongoHolder(embedded.backend() == LedgerMongoProperties.Backend.MEMORY
                ? EmbeddedMongo.inMemory(embedded.port())
                : EmbeddedMongo.fileBacked(embedded.dataDir(), embedded.port()));
    }

    @Bean
    Durability durability(EmbeddedMongoHolder holder) {
        return holder.mongo() == null ? Durability.SERVER_MANAGED : holder.mongo().durability();
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(LedgerMongoProperties properties, EmbeddedMongoHolder holder) {
        String uri = properties.useEmbedded() ? holder.mongo().connectionString() : properties.uri();
        if (!properties.useEmbedded()) {
            log.info("Store: MongoDB at {}", redact(uri));
        }
        var builder = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS));
        if (!properties.useEmbedded()) {
            builder.writeConcern(WriteConcern.MAJORITY.withJournal(true))
                    .readConcern(ReadConcern.MAJORITY)
                    .readPreference(ReadPreference.primary());
        }
        return MongoClients.create(builder.build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, LedgerMongoProperties properties) {
        return client.getDatabase(properties.database());
    }

    static String redact(String uri) {
        return uri.replaceAll("//([^:@/]+):([^@/]+)@", "//$1:***@");
    }

    /** Wraps the optional embedded server so that a real-MongoDB run has no such bean to close. */
    public record EmbeddedMongoHolder(EmbeddedMongo mongo) implements AutoCloseable {
        @Override
        public void close() {
            if (mongo != null) {
                mongo.close();
            }
        }
    }
}
