package org.unionfund.ledger.matching.query;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.ledger.api.FundsAllocatedEvent;
import org.unionfund.ledger.ledger.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.ledger.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.ledger.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.ledger.api.PostingLeg;
import org.unionfund.ledger.ledger.api.PostingReversedEvent;
import org.unionfund.ledger.ledger.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.projection.BatchProjection;
import org.unionfund.ledger.projection.BodyTree;
import org.unionfund.ledger.projection.CounterBatch;
import org.unionfund.ledger.projection.CounterDoc;
import org.unionfund.ledger.projection.PositionedEvent;
import org.unionfund.ledger.projection.StateStore;
import org.unionfund.ledger.projection.WriteOnceStore;

import com.mongodb.client.MongoDatabase;

/**
 * Matching compliance (资金配套): per allocation that carries a matching requirement, in
 * {@code matching_allocations} ({@code _id = <ledger>/<allocation>}), the amounts allocated and required (net of
 * reversals), own funds committed by the deadline and late (net of reversals), and the evaluation at the deadline;
 * per region and year of the allocation, in {@code matching_counters}, the same summed over the allocations received
 * by the body ({@code own|<body>|<year>}) or its subtree ({@code sub|<region>|<year>}), with counts by status and
 * one section {@code a:<ledger>/<allocation>} per allocation (the list). A region's figures change by the difference
 * of the allocation's contribution before and after each event, so {@code outstanding} (what open requirements still
 * lack) stays exact.
 */
@Component
@ProcessingGroup(BatchProjection.STATISTICS_GROUP)
public class MatchingProjection extends BatchProjection {

    public static final String NAME = "matching";
    public static final String COUNTERS = "matching_counters";
    public static final String ALLOCATIONS = "matching_allocations";
    public static final String BODIES = "matching_bodies";
    public static final String REFS = "matching_refs";

    /** A posting the projection follows: an allocation with a requirement, or a commitment towards one. */
    record Ref(String allocation, boolean commitment, boolean late) {
        static final StateStore.Codec<Ref> CODEC = new StateStore.Codec<>() {
            @Override
            public Ref decode(Document d) {
                return new Ref(d.getString("allocation"), Boolean.TRUE.equals(d.getBoolean("commitment")),
                        Boolean.TRUE.equals(d.getBoolean("late")));
            }

            @Override
            public Document encode(Ref r) {
                return new Document("allocation", r.allocation()).append("commitment", r.commitment())
                        .append("late", r.late());
            }
        };
    }

    private final CounterBatch counters;
    private final StateStore<AllocationState> allocations;
    private final BodyTree bodies;
    private final WriteOnceStore<Ref> refs;

    @Autowired
    public MatchingProjection(MongoDatabase database) {
        this(database, "");
    }

    MatchingProjection(MongoDatabase database, String prefix) {
        super(database, prefix);
        this.counters = new CounterBatch(collection(COUNTERS), MatchingProjection::initialise);
        this.allocations = new StateStore<>(collection(ALLOCATIONS), AllocationState.CODEC);
        this.bodies = new BodyTree(collection(BODIES));
        this.refs = new WriteOnceStore<>(collection(REFS), Ref.CODEC, 50_000);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collectionNames() {
        return List.of(COUNTERS, ALLOCATIONS, BODIES, REFS);
    }

    private static final Set<Class<?>> HANDLED = Set.of(UnionBodyRegisteredEvent.class, FundsAllocatedEvent.class,
            MatchingFundsCommittedEvent.class, MatchingShortfallRecordedEvent.class, MatchingRequirementMetEvent.class,
            PostingReversedEvent.class);

    @Override
    public boolean handles(Class<?> payloadType) {
        return HANDLED.contains(payloadType);
    }

    @Override
    public BatchProjection shadow(MongoDatabase target, String prefix, boolean singleWriter) {
        return new MatchingProjection(target, prefix);
    }

    @EventHandler
    void on(UnionBodyRegisteredEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(FundsAllocatedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(MatchingFundsCommittedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(MatchingShortfallRecordedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(MatchingRequirementMetEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(PostingReversedEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @ResetHandler
    void onReset() {
        reset();
    }

    @Override
    protected void apply(List<PositionedEvent> batch) {
        Set<String> ids = new HashSet<>();
        Set<String> refIds = new HashSet<>();
        for (PositionedEvent e : batch) {
            Object p = e.payload();
            if (p instanceof FundsAllocatedEvent a && a.matching() != null) {
                ids.add(key(a.ledgerId().rootBodyId(), a.allocationId().value()));
            } else if (p instanceof MatchingFundsCommittedEvent c) {
                ids.add(key(c.ledgerId().rootBodyId(), c.allocationId().value()));
            } else if (p instanceof MatchingShortfallRecordedEvent s) {
                ids.add(key(s.ledgerId().rootBodyId(), s.allocationId().value()));
            } else if (p instanceof MatchingRequirementMetEvent m) {
                ids.add(key(m.ledgerId().rootBodyId(), m.allocationId().value()));
            } else if (p instanceof PostingReversedEvent r) {
                refIds.add(key(r.ledgerId().rootBodyId(), r.originalPostingId().value()));
            }
        }
        refs.load(refIds);
        for (String refId : refIds) {
            Ref ref = refs.get(refId);
            if (ref != null) {
                ids.add(ref.allocation());
            }
        }
        allocations.load(ids);
        for (PositionedEvent e : batch) {
            Object p = e.payload();
            if (p instanceof UnionBodyRegisteredEvent registered) {
                bodies.register(registered);
            } else if (p instanceof FundsAllocatedEvent allocated && allocated.matching() != null) {
                allocated(e, allocated);
            } else if (p instanceof MatchingFundsCommittedEvent committed) {
                String id = key(committed.ledgerId().rootBodyId(), committed.allocationId().value());
                refs.put(key(committed.ledgerId().rootBodyId(), committed.commitmentId().value()),
                        new Ref(id, true, committed.late()));
                change(e, id, a -> {
                    if (committed.late()) {
                        a.lateFen += committed.amount().fen();
                    } else {
                        a.onTimeFen += committed.amount().fen();
                    }
                    a.commitments++;
                });
            } else if (p instanceof MatchingShortfallRecordedEvent s) {
                change(e, key(s.ledgerId().rootBodyId(), s.allocationId().value()), a -> {
                    a.status = AllocationState.SHORTFALL;
                    a.evaluatedAt = s.evaluatedAt().toString();
                    a.recordedRequiredFen = s.required().fen();
                    a.recordedCommittedFen = s.committedByDeadline().fen();
                    a.recordedShortfallFen = s.shortfall().fen();
                });
            } else if (p instanceof MatchingRequirementMetEvent m) {
                change(e, key(m.ledgerId().rootBodyId(), m.allocationId().value()), a -> {
                    a.status = AllocationState.MET;
                    a.evaluatedAt = m.evaluatedAt().toString();
                    a.recordedRequiredFen = m.required().fen();
                    a.recordedCommittedFen = m.committedByDeadline().fen();
                    a.recordedShortfallFen = 0;
                });
            } else if (p instanceof PostingReversedEvent r) {
                reversed(e, r);
            }
        }
        counters.flush();
        allocations.flush();
        refs.flush();
        bodies.flush();
    }

    @Override
    protected void discard() {
        counters.clear();
        allocations.clear();
        refs.discard();
        bodies.discard();
    }

    private void allocated(PositionedEvent e, FundsAllocatedEvent allocated) {
        String ledger = allocated.ledgerId().rootBodyId();
        String id = key(ledger, allocated.allocationId().value());
        refs.put(id, new Ref(id, false, false));
        StateStore.Entry<AllocationState> entry = allocations.get(id);
        if (entry == null) {
            entry = allocations.create(id, new AllocationState());
        }
        if (!entry.accepts(e.position())) {
            return;
        }
        AllocationState created = new AllocationState();
        created.ledger = ledger;
        created.allocation = allocated.allocationId().value();
        created.from = allocated.fromBodyId().value();
        created.to = allocated.toBodyId().value();
        created.fund = allocated.fundId().value();
        created.earmark = allocated.earmark();
        created.year = allocated.posting().effectiveDate().getYear();
        created.effectiveDate = allocated.posting().effectiveDate().toString();
        created.ratioBasisPoints = allocated.matching().ratioBasisPoints();
        created.deadline = allocated.matching().deadline().toString();
        created.allocatedFen = allocated.amount().fen();
        created.requiredFen = allocated.requiredMatching().fen();
        created.status = AllocationState.OPEN;
        for (String doc : regionDocs(created)) {
            counters.inc(e, doc, "a:" + id, "n", 1);
        }
        contribute(e, created, created.contribution(), +1);
        entry.replace(e.position(), created);
    }

    private void reversed(PositionedEvent e, PostingReversedEvent r) {
        Ref ref = refs.get(key(r.ledgerId().rootBodyId(), r.originalPostingId().value()));
        if (ref == null) {
            return;
        }
        long taken = 0;
        for (PostingLeg leg : r.posting().legs()) {
            if (leg.amount().isNegative()) {
                taken -= leg.amount().fen();
            }
        }
        long amount = taken;
        change(e, ref.allocation(), a -> {
            if (!ref.commitment()) {
                a.allocatedFen -= amount;
                a.requiredFen -= Math.multiplyExact(amount, (long) a.ratioBasisPoints) / 10_000;
            } else if (ref.late()) {
                a.lateFen -= amount;
            } else {
                a.onTimeFen -= amount;
            }
        });
    }

    /** Applies a change to an allocation and moves its regions' figures by the difference it made. */
    private void change(PositionedEvent e, String id, java.util.function.Consumer<AllocationState> change) {
        StateStore.Entry<AllocationState> entry = allocations.get(id);
        if (entry == null || entry.value().allocation == null || !entry.accepts(e.position())) {
            return;
        }
        Map<String, Long> before = entry.value().contribution();
        entry.apply(e.position(), change);
        Map<String, Long> after = entry.value().contribution();
        TreeMap<String, Long> delta = new TreeMap<>(after);
        before.forEach((k, v) -> delta.merge(k, -v, Long::sum));
        contribute(e, entry.value(), delta, +1);
    }

    private void contribute(PositionedEvent e, AllocationState a, Map<String, Long> values, int sign) {
        for (String doc : regionDocs(a)) {
            values.forEach((counter, value) -> counters.inc(e, doc, "", counter, sign * value));
        }
    }

    private List<String> regionDocs(AllocationState a) {
        List<String> path = bodies.node(a.to).path();
        String[] docs = new String[path.size() + 1];
        docs[0] = MatchingKeys.own(a.to, a.year);
        for (int i = 0; i < path.size(); i++) {
            docs[i + 1] = MatchingKeys.sub(path.get(i), a.year);
        }
        return List.of(docs);
    }

    static String key(String ledger, String id) {
        return ledger + "/" + id;
    }

    static void initialise(CounterDoc doc) {
        String[] parts = doc.id().split("\\|", 3);
        doc.set("scope", parts[0]);
        doc.set("body", parts[1]);
        doc.set("year", Long.parseLong(parts[2]));
    }
}
