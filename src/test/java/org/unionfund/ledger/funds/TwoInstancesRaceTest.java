package org.unionfund.ledger.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unionfund.ledger.LedgerApplication;
import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.funds.query.AccountBalanceView;
import org.unionfund.ledger.funds.query.LedgerBalances;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.store.MongoStoreConfiguration.EmbeddedMongoHolder;
import org.unionfund.ledger.testsupport.TestKeys;
import org.unionfund.ledger.testsupport.TestMongo;
import org.unionfund.ledger.testsupport.Patience;

/**
 * Two application instances on one store race allocations and reversals against one fund, 8 threads each. The
 * ledger serialises them (optimistic locking on the aggregate, retried by the gateway), so replaying the event log
 * afterwards shows no FUND account ever below zero and exactly the money that entered from outside: Σ of all
 * non-SOURCE balances = −Σ SOURCE = the fund total. The balance projection agrees with the replay.
 */
class TwoInstancesRaceTest {

    private static final int THREADS_PER_INSTANCE = 8;
    private static final int OPERATIONS_PER_THREAD = 24;
    private static final LedgerId LEDGER = new LedgerId("440000");
    private static final BodyId GUANGDONG = new BodyId("440000");
    private static final BodyId GUANGZHOU = new BodyId("440100");
    private static final BodyId SHENZHEN = new BodyId("440300");
    private static final Map<BodyId, List<BodyId>> DISTRICTS = Map.of(
            GUANGZHOU, List.of(new BodyId("440103"), new BodyId("440104")),
            SHENZHEN, List.of(new BodyId("440303")));
    private static final FundId FUND = new FundId("GD-2025-RECUP");
    private static final Money TOTAL = Money.ofYuan(1_000_000);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    void racing_instances_never_overdraw_and_conserve_the_money() throws Exception {
        String database = "race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (ConfigurableApplicationContext first = start(database, null)) {
            String uri = TestMongo.usesRealMongo() ? TestMongo.configuredUri()
                    : first.getBean(EmbeddedMongoHolder.class).mongo().connectionString();
            try (ConfigurableApplicationContext second = start(database, uri)) {
                CommandGateway gateway = first.getBean(CommandGateway.class);
                setUp(gateway);
                Outcomes outcomes = race(List.of(gateway, second.getBean(CommandGateway.class)));

                assertThat(outcomes.allocated.get()).isPositive();
                assertThat(outcomes.reversed.get()).isPositive();
                assertThat(outcomes.unexpected).isEmpty();

                Map<String, Long> replayed = replay(first.getBean(EventStore.class));
                long sources = 0;
                long holdings = 0;
                for (Map.Entry<String, Long> account : replayed.entrySet()) {
                    if (account.getKey().startsWith(AccountKind.SOURCE.name())) {
                        sources += account.getValue();
                    } else {
                        holdings += account.getValue();
                    }
                }
                assertThat(sources).isEqualTo(-TOTAL.fen());
                assertThat(holdings).isEqualTo(TOTAL.fen());

                // The balance projection (its one segment is claimed by either instance, and may move between
                // them) converges on exactly the replay of the log.
                LedgerBalances balances = second.getBean(LedgerBalances.class);
                await().atMost(Patience.HANG_GUARD).pollInterval(Duration.ofMillis(100))
                        .untilAsserted(() -> assertThat(projected(balances)).isEqualTo(replayed));
                System.out.printf("race: %d allocations, %d reversals, %d refused by rules, %d lost races%n",
                        outcomes.allocated.get(), outcomes.reversed.get(), outcomes.refused.get(),
                        outcomes.conflicts.get());
            }
        }
    }

    private static ConfigurableApplicationContext start(String database, String uri) {
        // Command-line arguments, so they win over application.yml (builder properties would not).
        List<String> arguments = new ArrayList<>(List.of(
                "--ledger.mongo.database=" + database,
                "--ledger.audit.key-dir=" + TestKeys.dir(database),
                "--ledger.mongo.embedded.backend=memory",
                "--ledger.mongo.embedded.port=0",
                "--ledger.matching.scheduler-enabled=false",
                "--ledger.demo.enabled=false",
                "--ledger.security.allow-demo-credentials=true",
                "--spring.main.banner-mode=off"));
        if (uri != null) {
            arguments.add("--ledger.mongo.uri=" + uri);
        }
        return new SpringApplicationBuilder(LedgerApplication.class).web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }

    private static void setUp(CommandGateway gateway) {
        gateway.sendAndWait(new RegisterUnionBodyCommand(LEDGER, GUANGDONG, "广东省总工会", UnionBodyLevel.PROVINCE,
                null));
        gateway.sendAndWait(new RegisterUnionBodyCommand(LEDGER, GUANGZHOU, "广州市总工会", UnionBodyLevel.CITY,
                GUANGDONG));
        gateway.sendAndWait(new RegisterUnionBodyCommand(LEDGER, SHENZHEN, "深圳市总工会", UnionBodyLevel.CITY,
                GUANGDONG));
        gateway.sendAndWait(new RegisterUnionBodyCommand(LEDGER, new BodyId("440103"), "荔湾区总工会",
                UnionBodyLevel.COUNTY, GUANGZHOU));
        gateway.sendAndWait(new RegisterUnionBodyCommand(LEDGER, new BodyId("440104"), "越秀区总工会",
                UnionBodyLevel.COUNTY, GUANGZHOU));
        gateway.sendAndWait(new RegisterUnionBodyCommand(LEDGER, new BodyId("440303"), "罗湖区总工会",
                UnionBodyLevel.COUNTY, SHENZHEN));
        gateway.sendAndWait(new EstablishFundCommand(LEDGER, FUND, GUANGDONG, 2025, FundPurpose.RECUPERATION, TOTAL,
                List.of(new Earmark("NF", Money.ofYuan(300_000), new EarmarkEligibility(null,
                        java.util.Set.of(WorkerCategory.NEW_FORM)))), LocalDate.of(2025, 1, 2)));
    }

    private static final class Outcomes {
        final AtomicInteger allocated = new AtomicInteger();
        final AtomicInteger reversed = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    }

    private static Outcomes race(List<CommandGateway> instances) throws Exception {
        Outcomes outcomes = new Outcomes();
        List<AllocationId> done = Collections.synchronizedList(new ArrayList<>());
        int threads = THREADS_PER_INSTANCE * instances.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                CommandGateway gateway = instances.get(t % instances.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    Random random = new Random(thread);
                    for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                        String id = "T" + thread + "-" + i;
                        Object command = nextCommand(random, id, done);
                        try {
                            gateway.sendAndWait(command);
                            if (command instanceof AllocateFundsCommand allocation) {
                                done.add(allocation.allocationId());
                                outcomes.allocated.incrementAndGet();
                            } else {
                                outcomes.reversed.incrementAndGet();
                            }
                        } catch (LedgerRuleViolation refusal) {
                            if (!List.of("insufficient-funds", "reversal-exceeds-original").contains(refusal.rule())) {
                                outcomes.unexpected.add(refusal);
                            }
                            outcomes.refused.incrementAndGet();
                        } catch (ConcurrencyException lostRace) {
                            outcomes.conflicts.incrementAndGet();
                        } catch (RuntimeException e) {
                            outcomes.unexpected.add(e);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /** Allocations down from the province or on from a city, and reversals of earlier allocations. */
    private static Object nextCommand(Random random, String id, List<AllocationId> done) {
        String earmark = random.nextBoolean() ? null : "NF";
        int choice = random.nextInt(100);
        if (choice < 40 || done.isEmpty()) {
            BodyId city = random.nextBoolean() ? GUANGZHOU : SHENZHEN;
            return new AllocateFundsCommand(LEDGER, new AllocationId("A-" + id), GUANGDONG, FUND, earmark, city,
                    Money.ofYuan(1_000 + random.nextInt(20_000)), DAY, null);
        }
        if (choice < 65) {
            BodyId city = random.nextBoolean() ? GUANGZHOU : SHENZHEN;
            List<BodyId> districts = DISTRICTS.get(city);
            return new AllocateFundsCommand(LEDGER, new AllocationId("A-" + id), city, FUND, earmark,
                    districts.get(random.nextInt(districts.size())), Money.ofYuan(500 + random.nextInt(15_000)),
                    DAY, null);
        }
        AllocationId original;
        synchronized (done) {
            original = done.get(random.nextInt(done.size()));
        }
        Money amount = random.nextInt(4) == 0 ? null : Money.ofYuan(500 + random.nextInt(10_000));
        return new ReversePostingCommand(LEDGER, new ReversalId("R-" + id), PostingId.of(original), null, amount,
                "race", DAY.plusDays(1), false);
    }

    /**
     * Balances from a replay of the ledger's whole event stream (no snapshot), checking after every event that no
     * FUND or EXPENSE account is below zero and no SOURCE account above it, and that sequence numbers are gapless.
     */
    private static Map<String, Long> replay(EventStore eventStore) {
        Map<String, Long> balances = new ConcurrentHashMap<>();
        long expectedSequence = 0;
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(LEDGER.rootBodyId(), 0).asStream().forEach(events::add);
        for (DomainEventMessage<?> event : events) {
            assertThat(event.getSequenceNumber()).isEqualTo(expectedSequence++);
            if (!(event.getPayload() instanceof PostingEvent posting)) {
                continue;
            }
            for (PostingLeg leg : posting.posting().legs()) {
                AccountRef account = leg.account();
                long balance = balances.merge(account.key(), leg.amount().fen(), Long::sum);
                if (account.kind() == AccountKind.SOURCE) {
                    assertThat(balance).as("%s after event %d", account, event.getSequenceNumber()).isNotPositive();
                } else {
                    assertThat(balance).as("%s after event %d", account, event.getSequenceNumber()).isNotNegative();
                }
            }
        }
        assertThat(expectedSequence).as("events in the ledger").isGreaterThan(50);
        return balances;
    }

    private static Map<String, Long> projected(LedgerBalances balances) {
        Map<String, Long> projected = new HashMap<>();
        for (BodyId body : allBodies()) {
            for (AccountBalanceView view : balances.accountsOf(body.value(), 2025)) {
                projected.put(view.account().key(), Money.parseYuan(view.balance()).fen());
            }
        }
        return projected;
    }

    private static List<BodyId> allBodies() {
        List<BodyId> bodies = new ArrayList<>(List.of(GUANGDONG, GUANGZHOU, SHENZHEN));
        DISTRICTS.values().forEach(bodies::addAll);
        return bodies;
    }
}
