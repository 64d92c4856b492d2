package org.unionfund.ledger.statistics;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.recuperation.contractor.command.Contractor;
import org.unionfund.ledger.recuperation.contractor.command.Destination;
import org.unionfund.ledger.recuperation.eligibility.command.EligibleWorkersRegister;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.funds.command.FundLedger;
import org.unionfund.ledger.recuperation.settlement.command.ProgrammeCommandHandler;
import org.unionfund.ledger.recuperation.programme.command.RecuperationProgramme;
import org.unionfund.ledger.recuperation.standard.command.StandardSchedule;
import org.unionfund.ledger.testsupport.TestMongo;
import org.unionfund.ledger.recuperation.settlement.command.AggregateTripParties;
import org.unionfund.ledger.recuperation.trip.command.Trip;
import org.unionfund.ledger.recuperation.settlement.command.TripCommandHandler;
import org.unionfund.ledger.recuperation.trip.command.TripRulesProperties;
import org.unionfund.ledger.recuperation.worker.command.WorkerHistory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * A plain Axon configuration (no Spring) with every aggregate and command handler on the project's event store over
 * a fresh database: produces the real events of a scenario, to feed projections directly.
 */
public final class StatisticsWorld implements AutoCloseable {

    static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    public final MongoDatabase database;
    private final Configuration axon;

    public StatisticsWorld(Class<?> owner) {
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
                .configureAggregate(EligibleWorkersRegister.class)
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

    public void run(List<?> commands) {
        for (Object command : commands) {
            axon.commandGateway().sendAndWait(command);
        }
    }

    public EventStore eventStore() {
        return axon.eventStore();
    }

    /** The whole log in global order, as a tracking processor sees it. */
    public List<TrackedEventMessage<?>> log() {
        List<TrackedEventMessage<?>> all = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore().openStream(null)) {
            while (stream.hasNextAvailable()) {
                all.add(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return all;
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
