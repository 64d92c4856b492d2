package org.unionfund.ledger.statistics.budget;


import org.axonframework.config.ProcessingGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.platform.projection.BatchKeys;
import org.unionfund.ledger.statistics.BodyTree;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.statistics.BodyYearProjection;
import org.unionfund.ledger.platform.projection.PositionedEvent;
import org.unionfund.ledger.platform.projection.WriteOnceStore;

import com.mongodb.client.MongoDatabase;

/**
 * Budgets (预算执行): every posting's legs classified into flows per body, year, fund and earmark line — established,
 * received, allocated down, matched, set aside for programmes, spent (through programmes or directly), reversed,
 * carried in and out — pre-aggregated in {@code budget_counters}:
 * <ul>
 * <li>{@code own|<body>|<year>}: the body's own lines ({@code l:<fund>|<earmark>}), totals ({@code ""}), own money
 * entering by purpose and level ({@code src:<purpose>:<level>}) and its programmes ({@code p:<programme>});</li>
 * <li>{@code sub|<region>|<year>}: the consolidated view of the region's subtree: transfers between two bodies of
 * the subtree are internal — left out of the lines and counted once on each side in section {@code int}
 * ({@code sent}, {@code received}), which must net to zero — so money is counted once;</li>
 * <li>{@code prog|<programme>}: a programme's lines: {@code budget}, {@code spent}, {@code reversed}.</li>
 * </ul>
 * A reversal books the negated flows of the posting it reverses (whose kind is kept in {@code budget_postings}) and
 * adds the amount to {@code reversed}. Bodies' levels and paths come from the projection's own body tree
 * ({@code budget_bodies}).
 */
@Component
@ProcessingGroup(BatchProjection.STATISTICS_GROUP)
public class BudgetProjection extends BodyYearProjection {

    private static final Logger log = LoggerFactory.getLogger(BudgetProjection.class);

    public static final String NAME = "budget";
    public static final String COUNTERS = "budget_counters";

    private final BodyTree bodies;
    private final WriteOnceStore<BudgetPosting> postings;
    private final BudgetBooking booking;

    @Autowired
    public BudgetProjection(MongoDatabase database) {
        this(database, "");
    }

    BudgetProjection(MongoDatabase database, String prefix) {
        super(database, prefix, NAME, (db, shadowPrefix, w) -> new BudgetProjection(db, shadowPrefix), COUNTERS);
        this.bodies = bodyTree("budget_bodies");
        this.postings = store(new WriteOnceStore<>(collection("budget_postings"), BudgetPosting.CODEC, 20_000));
        store(bodies);
        this.booking = new BudgetBooking(counters, bodies);
        routes().on(PostingEvent.class, this::prefetch, this::posting);
    }

    private void prefetch(PostingEvent event, BatchKeys keys) {
        if (event instanceof PostingReversedEvent reversed) {
            keys.add(postings, key(reversed.ledgerId().rootBodyId(), reversed.originalPostingId().value()));
        }
        event.posting().legs().forEach(leg -> keys.add(bodies, leg.account().body().value()));
    }

    private void posting(PositionedEvent e, PostingEvent event) {
        String ledger = event.ledgerId().rootBodyId();
        if (event instanceof PostingReversedEvent reversal) {
            BudgetPosting original = postings.get(key(ledger, reversal.originalPostingId().value()));
            if (original == null) {
                log.warn("Reversal {} of unknown posting {} in ledger {}: booked as OTHER",
                        reversal.reversalId().value(), reversal.originalPostingId().value(), ledger);
                original = BudgetPosting.UNCLASSIFIED;
            }
            for (PostingLeg leg : event.posting().legs()) {
                booking.book(e, original, leg.account(), -leg.amount().fen(), true);
            }
            return;
        }
        BudgetPosting ref = BudgetPosting.of(event);
        if (ref.kind() != BudgetPosting.Kind.YEAR_CLOSE) {
            postings.put(key(ledger, event.posting().id().value()), ref);
        }
        for (PostingLeg leg : event.posting().legs()) {
            booking.book(e, ref, leg.account(), leg.amount().fen(), false);
        }
        if (event instanceof ProgrammeBudgetAllocatedEvent allocated) {
            String prog = BudgetKeys.programme(allocated.programme());
            counters.set(e, prog, "body", allocated.bodyId().value());
            counters.set(e, prog, "year", (long) allocated.year());
            counters.set(e, prog, "ledger", ledger);
        }
    }

    private static String key(String ledger, String posting) {
        return ledger + "/" + posting;
    }
}
