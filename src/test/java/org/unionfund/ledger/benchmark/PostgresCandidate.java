package org.unionfund.ledger.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.Serializer;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Axon's {@link JdbcEventStorageEngine} on a PostgreSQL that {@link BenchPostgres} starts for the run: the table
 * Axon's {@link PostgresEventTableFactory} creates (payload as {@code bytea}), a HikariCP pool, autocommit (each
 * append one transaction, as a unit of work with a JDBC transaction manager would give), batched inserts rewritten
 * into multi-row inserts, the engine's default read batch of 100.
 */
final class PostgresCandidate {

    private PostgresCandidate() {
    }

    /** Empty (with a message) when PostgreSQL is not installed. */
    static Optional<Measurement> measure(Path dir, boolean durable, Serializer serializer, int events, int singles,
                                         int batch, int loads, Duration limit) throws Exception {
        Optional<BenchPostgres> started = BenchPostgres.start(dir, durable);
        if (started.isEmpty()) {
            return Optional.empty();
        }
        try (BenchPostgres postgres = started.get(); HikariDataSource dataSource = pool(postgres.jdbcUrl())) {
            JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                    .eventSerializer(serializer).snapshotSerializer(serializer)
                    .connectionProvider(new DataSourceConnectionProvider(dataSource))
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .dataType(byte[].class)
                    .build();
            engine.createSchema(PostgresEventTableFactory.INSTANCE);
            String name = "Axon JdbcEventStorageEngine on PostgreSQL " + (durable ? "(fsync on)" : "(fsync off)");
            return Optional.of(new EngineCandidate(name, engine, serializer,
                    () -> CpuClock.own() + postgres.cpuNanos()).measure(events, singles, batch, loads, limit));
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
