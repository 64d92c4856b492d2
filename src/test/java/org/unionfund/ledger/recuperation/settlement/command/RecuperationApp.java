package org.unionfund.ledger.recuperation.settlement.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.recuperation.contractor.command.Contractor;
import org.unionfund.ledger.recuperation.contractor.command.Destination;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.command.FundLedger;
import org.unionfund.ledger.recuperation.trip.command.Trip;
import org.unionfund.ledger.recuperation.trip.command.TripRulesProperties;
import org.unionfund.ledger.recuperation.programme.command.RecuperationProgramme;
import org.unionfund.ledger.recuperation.standard.command.StandardSchedule;
import org.unionfund.ledger.testsupport.TestMongo;
import org.unionfund.ledger.recuperation.worker.command.WorkerHistory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * A plain Axon configuration (no Spring) with every aggregate and the programme and trip handlers, on the
 * project's own event store over a fresh MongoDB database: the real one-commit-per-unit-of-work behaviour.
 */
final class RecuperationApp implements AutoCloseable {

    static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    final MongoDatabase database;
    final Configuration axon;

    RecuperationApp(Class<?> owner) {
        database = TestMongo.freshDatabase(owner);
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> SERIALIZER)
                .configureEventSerializer(c -> SERIALIZER)
                .configureMessageSerializer(c -> SERIALIZER)
                .configureEmbeddedEventStore(c -> LedgerEventStorageEngine.builder()
                        .serializer(SERIALIZER).database(database).durability(TestMongo.durability()).build())
                .configureAggregate(FundLedger.class)
                .configureAggregate(StandardSchedule.class)
                .configureAggregate(RecuperationProgramme.class)
                .configureAggregate(Contractor.class)
                .configureAggregate(Destination.class)
                .configureAggregate(Trip.class)
                .configureAggregate(WorkerHistory.class)
                .registerCommandHandler(c -> new ProgrammeCommandHandler(c.repository(RecuperationProgramme.class),
                        c.repository(FundLedger.class)))
                .registerCommandHandler(c -> new TripCommandHandler(c.repository(Trip.class),
                        new AggregateTripParties(c.repository(RecuperationProgramme.class),
                                c.repository(Contractor.class), c.repository(Destination.class),
                                c.repository(StandardSchedule.class), c.repository(FundLedger.class),
                                c.repository(WorkerHistory.class)),
                        TripRulesProperties.defaults()))
                .buildConfiguration();
        axon.start();
    }

    CommandGateway commands() {
        return axon.commandGateway();
    }

    <R> R send(Object command) {
        return commands().sendAndWait(command);
    }

    void sendAll(List<?> commands) {
        commands.forEach(this::send);
    }

    EventStore events() {
        return axon.eventStore();
    }

    long commits() {
        return database.getCollection("events").countDocuments();
    }

    /** Every stored event of one aggregate. */
    List<? extends DomainEventMessage<?>> stream(String aggregateId) {
        return events().readEvents(aggregateId).asStream().toList();
    }

    /** Account balances in fen by account key, booked from the ledger's postings alone. */
    Map<String, Long> balances(String ledgerId) {
        Map<String, Long> balances = new HashMap<>();
        for (DomainEventMessage<?> event : stream(ledgerId)) {
            if (event.getPayload() instanceof PostingEvent posting) {
                for (PostingLeg leg : posting.posting().legs()) {
                    balances.merge(leg.account().key(), leg.amount().fen(), Long::sum);
                }
            }
        }
        return balances;
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
