package org.unionfund.ledger.benchmark;

import java.time.Clock;
import java.time.Duration;

import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.audit.chain.CheckpointSealer;
import org.unionfund.ledger.audit.chain.CheckpointStore;
import org.unionfund.ledger.audit.chain.Seals;
import org.unionfund.ledger.platform.eventstore.VoidedGaps;
import org.unionfund.ledger.testsupport.TestKeys;
import org.unionfund.ledger.audit.chain.Verifier;
import org.unionfund.ledger.audit.exchange.Exporter;
import org.unionfund.ledger.audit.exchange.Importer;
import org.unionfund.ledger.audit.lineage.LineageQueries;
import org.unionfund.ledger.audit.log.EventLog;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.EventStoreProperties;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * The production audit services (verifier, checkpoint sealer, event log, exporter, importer) wired by hand over one
 * database with the application's default settings, as the Spring context would wire them — without the context.
 * The importer's processor admin runs over an Axon configuration without processors (nothing to stop or replay).
 */
final class AuditStack {

    static final AuditProperties PROPERTIES = new AuditProperties(false, Duration.ofSeconds(30), 100_000, 1_000_000,
            8, TestKeys.dir("audit-stack"), "Ed25519", null);
    static final EventStoreProperties EVENT_STORE = new EventStoreProperties(256, Duration.ofSeconds(60), 10_000);

    final MongoDatabase database;
    final CommitLog log;
    final CheckpointStore checkpoints;
    final CheckpointSealer sealer;
    final Verifier verifier;
    final EventLog eventLog;
    final Exporter exporter;
    final Importer importer;

    AuditStack(MongoDatabase database, EventStore store, ObjectMapper json) {
        this.database = database;
        this.log = new CommitLog(database);
        this.checkpoints = new CheckpointStore(database);
        Seals seals = new Seals(TestKeys.key(), database, PROPERTIES);
        this.verifier = new Verifier(log, checkpoints, PROPERTIES, seals);
        this.sealer = new CheckpointSealer(log, checkpoints, EVENT_STORE, PROPERTIES, Clock.systemUTC(), seals,
                new VoidedGaps(database), verifier);
        MongoBodyDirectory directory = new MongoBodyDirectory(database);
        this.eventLog = new EventLog(log, directory, new LineageQueries(database, json, directory), EVENT_STORE);
        this.exporter = new Exporter(log, sealer, checkpoints, eventLog, json);
        var configurer = DefaultConfigurer.defaultConfiguration().configureEventStore(c -> store);
        configurer.eventProcessing();
        var axon = configurer.buildConfiguration();
        this.importer = new Importer(log, checkpoints, sealer, verifier,
                new ProcessorAdmin(axon.eventProcessingConfiguration(), store));
    }
}
