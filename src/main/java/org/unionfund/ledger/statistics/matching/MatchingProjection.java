package org.unionfund.ledger.statistics.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingCount;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.platform.projection.BatchKeys;
import org.unionfund.ledger.statistics.BodyTree;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.statistics.BodyYearProjection;
import org.unionfund.ledger.platform.projection.PositionedEvent;
import org.unionfund.ledger.platform.projection.StateStore;
import org.unionfund.ledger.platform.projection.WriteOnceStore;
import org.unionfund.ledger.statistics.ScopeKeys;

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
public class MatchingProjection extends BodyYearProjection {

    public static final String NAME = "matching";
    public static final String COUNTERS = "matching_counters";
    public static final String ALLOCATIONS = "matching_allocations";

    private final StateStore<AllocationState> allocations;
    private final BodyTree bodies;
    private final WriteOnceStore<MatchingRef> refs;

    @Autowired
    public MatchingProjection(MongoDatabase database) {
        this(database, "");
    }

    MatchingProjection(MongoDatabase database, String prefix) {
        super(database, prefix, NAME, (db, shadowPrefix, w) -> new MatchingProjection(db, shadowPrefix), COUNTERS);
        this.allocations = store(new StateStore<>(collection(ALLOCATIONS), AllocationState.CODEC));
        this.bodies = bodyTree("matching_bodies");
        this.refs = store(new WriteOnceStore<>(collection("matching_refs"), MatchingRef.CODEC, 50_000));
        store(bodies);
        opens(FundsAllocatedEvent.class, a -> a.matching() != null,
                a -> key(a.ledgerId().rootBodyId(), a.allocationId().value()), AllocationChanges::created);
        opens(AllocationDocumentIssuedEvent.class, d -> d.matching() != null,
                d -> key(d.ledgerId().rootBodyId(), d.documentId().value()), AllocationChanges::created);
        routes().on(MatchingFundsCommittedEvent.class,
                        (c, keys) -> keys.add(allocations, key(c.ledgerId().rootBodyId(), c.allocationId().value())),
                        this::committed)
                .on(OwnFundsCommittedEvent.class, (o, keys) -> o.counted()
                        .forEach(c -> keys.add(allocations, key(o.ledgerId().rootBodyId(), c.requirement().value()))),
                        this::ownFunds)
                .on(PostingReversedEvent.class,
                        (r, keys) -> keys.add(refs, key(r.ledgerId().rootBodyId(), r.originalPostingId().value())),
                        this::reversed);
        outcome(MatchingShortfallRecordedEvent.class, s -> key(s.ledgerId().rootBodyId(), s.allocationId().value()),
                AllocationChanges::shortfall);
        outcome(MatchingRequirementMetEvent.class, m -> key(m.ledgerId().rootBodyId(), m.allocationId().value()),
                AllocationChanges::met);
        outcome(MatchingOutcomeRevisedEvent.class, r -> key(r.ledgerId().rootBodyId(), r.allocationId().value()),
                AllocationChanges::revised);
    }

    /** An allocation with a matching requirement is tracked from the event that creates it; others are not. */
    private <T> void opens(Class<T> type, Predicate<T> matched, Function<T, String> id,
            Function<T, AllocationState> created) {
        routes().on(type, (event, keys) -> {
            if (matched.test(event)) {
                keys.add(allocations, id.apply(event));
            }
        }, (e, event) -> {
            if (matched.test(event)) {
                created(e, created.apply(event));
            }
        });
    }

    /** An outcome (shortfall, met, revision) changes the tracked allocation {@code id}. */
    private <T> void outcome(Class<T> type, Function<T, String> id, Function<T, Consumer<AllocationState>> change) {
        routes().on(type, (event, keys) -> keys.add(allocations, id.apply(event)),
                (e, event) -> change(e, id.apply(event), change.apply(event)));
    }

    @Override
    protected void load(BatchKeys keys) {
        Set<String> refIds = keys.of(refs);
        Set<String> ids = keys.of(allocations);
        refs.load(refIds);
        for (String refId : refIds) {
            MatchingRef ref = refs.get(refId);
            if (ref != null) {
                ids.add(ref.allocation());
                ref.also().forEach(also -> ids.add(also.substring(0, also.length() - 2)));
            }
        }
        super.load(keys);
    }

    private void created(PositionedEvent e, AllocationState created) {
        String id = key(created.ledger, created.allocation);
        refs.put(id, new MatchingRef(id, false, false, List.of()));
        StateStore.Entry<AllocationState> entry = allocations.get(id);
        if (entry == null) {
            entry = allocations.create(id, new AllocationState());
        }
        if (!entry.accepts(e.position())) {
            return;
        }
        for (String doc : regionDocs(created)) {
            counters.inc(e, doc, "a:" + id, "n", 1);
        }
        contribute(e, created, created.contribution(), +1);
        entry.replace(e.position(), created);
    }

    private void committed(PositionedEvent e, MatchingFundsCommittedEvent committed) {
        String id = key(committed.ledgerId().rootBodyId(), committed.allocationId().value());
        refs.put(key(committed.ledgerId().rootBodyId(), committed.commitmentId().value()),
                new MatchingRef(id, true, committed.late(), List.of()));
        change(e, id, AllocationChanges.committed(committed.amount().fen(), committed.late()));
    }

    private void ownFunds(PositionedEvent e, OwnFundsCommittedEvent own) {
        String ledger = own.ledgerId().rootBodyId();
        List<String> also = new ArrayList<>();
        for (int i = 0; i < own.counted().size(); i++) {
            MatchingCount count = own.counted().get(i);
            String id = key(ledger, count.requirement().value());
            if (i > 0) {
                also.add(id + (count.onTime() ? "|T" : "|L"));
            }
            change(e, id, AllocationChanges.committed(own.amount().fen(), !count.onTime()));
        }
        MatchingCount named = own.counted().get(0);
        refs.put(key(ledger, own.commitmentId().value()), new MatchingRef(key(ledger, named.requirement().value()),
                true, !named.onTime(), also));
    }

    private void reversed(PositionedEvent e, PostingReversedEvent r) {
        MatchingRef ref = refs.get(key(r.ledgerId().rootBodyId(), r.originalPostingId().value()));
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
        for (String also : ref.also()) {
            boolean late = also.endsWith("|L");
            change(e, also.substring(0, also.length() - 2), a -> {
                if (late) {
                    a.lateFen -= amount;
                } else {
                    a.onTimeFen -= amount;
                }
            });
        }
    }

    /** Applies a change to an allocation and moves its regions' figures by the difference it made. */
    private void change(PositionedEvent e, String id, Consumer<AllocationState> change) {
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
        List<String> senderPath = bodies.node(a.from).path();
        List<String> docs = new ArrayList<>();
        docs.add(ScopeKeys.own(a.to, a.year));
        for (String region : path) {
            if (AllocationChanges.rolledUpBy(a, region, senderPath)) {
                docs.add(ScopeKeys.sub(region, a.year));
            }
        }
        return docs;
    }

    static String key(String ledger, String id) {
        return ledger + "/" + id;
    }
}
