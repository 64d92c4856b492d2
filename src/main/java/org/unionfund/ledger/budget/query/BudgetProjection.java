package org.unionfund.ledger.budget.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.ledger.api.AccountKind;
import org.unionfund.ledger.ledger.api.AccountRef;
import org.unionfund.ledger.ledger.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.ledger.api.FundEstablishedEvent;
import org.unionfund.ledger.ledger.api.FundsAllocatedEvent;
import org.unionfund.ledger.ledger.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.ledger.api.PostingEvent;
import org.unionfund.ledger.ledger.api.PostingLeg;
import org.unionfund.ledger.ledger.api.PostingReversedEvent;
import org.unionfund.ledger.ledger.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.ledger.api.ProgrammeChargedEvent;
import org.unionfund.ledger.ledger.api.SharedCostPostedEvent;
import org.unionfund.ledger.ledger.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.ledger.api.YearClosedEvent;
import org.unionfund.ledger.projection.BatchProjection;
import org.unionfund.ledger.projection.BodyTree;
import org.unionfund.ledger.projection.CounterBatch;
import org.unionfund.ledger.projection.CounterDoc;
import org.unionfund.ledger.projection.PositionedEvent;
import org.unionfund.ledger.projection.StateStore;
import org.unionfund.ledger.projection.WriteOnceStore;

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
public class BudgetProjection extends BatchProjection {

    private static final Logger log = LoggerFactory.getLogger(BudgetProjection.class);

    public static final String NAME = "budget";
    public static final String COUNTERS = "budget_counters";
    public static final String BODIES = "budget_bodies";
    public static final String POSTINGS = "budget_postings";

    enum Kind { ESTABLISH, TRANSFER, MATCH, SHARED_COST, PROGRAMME_BUDGET, CHARGE, YEAR_CLOSE, OTHER }

    /** What the projection remembers of a posting, to book its reversal. */
    record PostingRef(Kind kind, String purpose, String from) {
        static final StateStore.Codec<PostingRef> CODEC = new StateStore.Codec<>() {
            @Override
            public PostingRef decode(Document d) {
                return new PostingRef(Kind.valueOf(d.getString("kind")), d.getString("purpose"), d.getString("from"));
            }

            @Override
            public Document encode(PostingRef r) {
                return new Document("kind", r.kind().name()).append("purpose", r.purpose()).append("from", r.from());
            }
        };
    }

    private final CounterBatch counters;
    private final BodyTree bodies;
    private final WriteOnceStore<PostingRef> postings;

    @Autowired
    public BudgetProjection(MongoDatabase database) {
        this(database, "");
    }

    BudgetProjection(MongoDatabase database, String prefix) {
        super(database, prefix);
        this.counters = new CounterBatch(collection(COUNTERS), BudgetProjection::initialise);
        this.bodies = new BodyTree(collection(BODIES));
        this.postings = new WriteOnceStore<>(collection(POSTINGS), PostingRef.CODEC, 20_000);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collectionNames() {
        return List.of(COUNTERS, BODIES, POSTINGS);
    }

    @Override
    public boolean handles(Class<?> payloadType) {
        return PostingEvent.class.isAssignableFrom(payloadType) || payloadType == UnionBodyRegisteredEvent.class;
    }

    @Override
    public BatchProjection shadow(MongoDatabase target, String prefix, boolean singleWriter) {
        return new BudgetProjection(target, prefix);
    }

    @EventHandler
    void on(UnionBodyRegisteredEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @EventHandler
    void on(PostingEvent e, TrackingToken token, @SequenceNumber long seq) {
        record(e, token, seq);
    }

    @ResetHandler
    void onReset() {
        reset();
    }

    @Override
    protected void apply(List<PositionedEvent> batch) {
        Set<String> originals = new HashSet<>();
        Set<String> bodyIds = new HashSet<>();
        for (PositionedEvent e : batch) {
            if (e.payload() instanceof PostingReversedEvent reversed) {
                originals.add(key(reversed.ledgerId().rootBodyId(), reversed.originalPostingId().value()));
            }
            if (e.payload() instanceof PostingEvent posting) {
                posting.posting().legs().forEach(leg -> bodyIds.add(leg.account().body().value()));
            }
        }
        postings.load(originals);
        bodies.prefetch(bodyIds);
        for (PositionedEvent e : batch) {
            if (e.payload() instanceof UnionBodyRegisteredEvent registered) {
                bodies.register(registered);
            } else if (e.payload() instanceof PostingEvent posting) {
                posting(e, posting);
            }
        }
        counters.flush();
        postings.flush();
        bodies.flush();
    }

    @Override
    protected void discard() {
        counters.clear();
        postings.discard();
        bodies.discard();
    }

    private void posting(PositionedEvent e, PostingEvent event) {
        String ledger = event.ledgerId().rootBodyId();
        if (event instanceof PostingReversedEvent reversal) {
            PostingRef original = postings.get(key(ledger, reversal.originalPostingId().value()));
            if (original == null) {
                log.warn("Reversal {} of unknown posting {} in ledger {}: booked as OTHER",
                        reversal.reversalId().value(), reversal.originalPostingId().value(), ledger);
                original = new PostingRef(Kind.OTHER, null, null);
            }
            for (PostingLeg leg : event.posting().legs()) {
                book(e, original, leg.account(), -leg.amount().fen(), true);
            }
            return;
        }
        PostingRef ref = refOf(event);
        if (ref.kind() != Kind.YEAR_CLOSE) {
            postings.put(key(ledger, event.posting().id().value()), ref);
        }
        for (PostingLeg leg : event.posting().legs()) {
            book(e, ref, leg.account(), leg.amount().fen(), false);
        }
        if (event instanceof ProgrammeBudgetAllocatedEvent allocated) {
            String prog = BudgetKeys.programme(allocated.programme());
            counters.set(e, prog, "body", allocated.bodyId().value());
            counters.set(e, prog, "year", (long) allocated.year());
            counters.set(e, prog, "ledger", ledger);
        }
    }

    private static PostingRef refOf(PostingEvent event) {
        if (event instanceof FundEstablishedEvent e) {
            return new PostingRef(Kind.ESTABLISH, e.purpose().code(), null);
        } else if (event instanceof FundsAllocatedEvent e) {
            return new PostingRef(Kind.TRANSFER, null, e.fromBodyId().value());
        } else if (event instanceof FixedSubsidiesGrantedEvent e) {
            return new PostingRef(Kind.TRANSFER, null, e.fromBodyId().value());
        } else if (event instanceof MatchingFundsCommittedEvent e) {
            return new PostingRef(Kind.MATCH, e.purpose().code(), null);
        } else if (event instanceof SharedCostPostedEvent) {
            return new PostingRef(Kind.SHARED_COST, null, null);
        } else if (event instanceof ProgrammeBudgetAllocatedEvent) {
            return new PostingRef(Kind.PROGRAMME_BUDGET, null, null);
        } else if (event instanceof ProgrammeChargedEvent) {
            return new PostingRef(Kind.CHARGE, null, null);
        } else if (event instanceof YearClosedEvent) {
            return new PostingRef(Kind.YEAR_CLOSE, null, null);
        }
        return new PostingRef(Kind.OTHER, null, null);
    }

    /**
     * Books one leg. {@code amount} is the leg's amount in the orientation of the original posting (for a reversal,
     * the negated reversal leg), so the same classification applies; a reversal then books the flow negated and adds
     * it to {@code reversed}.
     */
    private void book(PositionedEvent e, PostingRef ref, AccountRef account, long amount, boolean reversal) {
        String body = account.body().value();
        int year = account.year();
        String line = account.fund() == null ? null : BudgetKeys.line(account.fund().value(), account.earmark());
        long sign = reversal ? -1 : 1;
        AccountKind kind = account.kind();
        switch (ref.kind()) {
            case ESTABLISH -> {
                if (kind == AccountKind.FUND) {
                    lineFlow(e, body, year, line, BudgetKeys.ESTABLISHED, sign * amount, reversal);
                } else if (kind == AccountKind.SOURCE) {
                    ownFunds(e, body, year, ref.purpose(), sign * -amount);
                }
            }
            case MATCH -> {
                if (kind == AccountKind.FUND) {
                    lineFlow(e, body, year, line, BudgetKeys.MATCHED, sign * amount, reversal);
                } else if (kind == AccountKind.SOURCE) {
                    ownFunds(e, body, year, ref.purpose(), sign * -amount);
                }
            }
            case TRANSFER -> {
                if (kind == AccountKind.FUND) {
                    transfer(e, ref, body, year, line, amount, sign, reversal);
                }
            }
            case SHARED_COST -> {
                if (kind == AccountKind.EXPENSE) {
                    lineFlow(e, body, year, line, BudgetKeys.SPENT_DIRECT, sign * amount, reversal);
                }
            }
            case PROGRAMME_BUDGET -> {
                if (kind == AccountKind.FUND) {
                    lineFlow(e, body, year, line, BudgetKeys.TO_PROGRAMMES, sign * -amount, reversal);
                } else if (kind == AccountKind.PROGRAMME) {
                    programme(e, account, line, BudgetKeys.BUDGET, sign * amount, reversal);
                }
            }
            case CHARGE -> {
                if (kind == AccountKind.EXPENSE) {
                    lineFlow(e, body, year, line, BudgetKeys.SPENT_PROGRAMMES, sign * amount, reversal);
                } else if (kind == AccountKind.PROGRAMME) {
                    programme(e, account, line, BudgetKeys.SPENT, sign * -amount, reversal);
                }
            }
            case YEAR_CLOSE -> {
                if (kind == AccountKind.FUND) {
                    lineFlow(e, body, year, line, amount < 0 ? BudgetKeys.CARRIED_OUT : BudgetKeys.CARRIED_IN,
                            Math.abs(amount), false);
                }
            }
            case OTHER -> {
                // a kind of posting the budget view does not classify: its balances are in account_balances
            }
        }
    }

    private void lineFlow(PositionedEvent e, String body, int year, String line, String counter, long value,
            boolean reversal) {
        for (String doc : docs(body, year)) {
            add(e, doc, line, counter, value, reversal);
        }
    }

    private void add(PositionedEvent e, String doc, String section, String counter, long value, boolean reversal) {
        counters.inc(e, doc, section, counter, value);
        counters.inc(e, doc, BudgetKeys.ALL, counter, value);
        if (reversal) {
            counters.inc(e, doc, section, BudgetKeys.REVERSED, Math.abs(value));
            counters.inc(e, doc, BudgetKeys.ALL, BudgetKeys.REVERSED, Math.abs(value));
        }
    }

    /**
     * A transfer leg (allocation or fixed subsidy): the sender's line is allocated down, the receiver's received. In
     * the consolidated document of a region containing both sides the transfer is internal (section {@code int}).
     */
    private void transfer(PositionedEvent e, PostingRef ref, String body, int year, String line, long amount,
            long sign, boolean reversal) {
        boolean senderSide = amount < 0;
        String counter = senderSide ? BudgetKeys.ALLOCATED_DOWN : BudgetKeys.RECEIVED;
        long value = sign * Math.abs(amount);
        add(e, BudgetKeys.own(body, year), line, counter, value, reversal);
        List<String> senderPath = ref.from() == null ? List.of() : bodies.node(ref.from()).path();
        for (String region : bodies.node(body).path()) {
            String doc = BudgetKeys.sub(region, year);
            boolean internal = senderSide || senderPath.contains(region);
            if (internal) {
                counters.inc(e, doc, BudgetKeys.INTERNAL, senderSide ? BudgetKeys.SENT : BudgetKeys.RECEIVED, value);
                if (reversal) {
                    counters.inc(e, doc, BudgetKeys.INTERNAL, BudgetKeys.REVERSED, Math.abs(value));
                }
            } else {
                add(e, doc, line, counter, value, reversal);
            }
        }
    }

    private void ownFunds(PositionedEvent e, String body, int year, String purpose, long value) {
        String section = BudgetKeys.source(purpose, bodies.node(body).level());
        for (String doc : docs(body, year)) {
            counters.inc(e, doc, section, BudgetKeys.AMOUNT, value);
            counters.inc(e, doc, BudgetKeys.ALL, BudgetKeys.OWN_FUNDS, value);
        }
    }

    private void programme(PositionedEvent e, AccountRef account, String line, String counter, long value,
            boolean reversal) {
        String programme = account.programme();
        String doc = BudgetKeys.programme(programme);
        add(e, doc, line, counter, value, reversal);
        String own = BudgetKeys.own(account.body().value(), account.year());
        counters.inc(e, own, BudgetKeys.programmeSection(programme), counter, value);
        if (reversal) {
            counters.inc(e, own, BudgetKeys.programmeSection(programme), BudgetKeys.REVERSED, Math.abs(value));
        }
    }

    private List<String> docs(String body, int year) {
        List<String> path = bodies.node(body).path();
        String[] docs = new String[path.size() + 1];
        docs[0] = BudgetKeys.own(body, year);
        for (int i = 0; i < path.size(); i++) {
            docs[i + 1] = BudgetKeys.sub(path.get(i), year);
        }
        return List.of(docs);
    }

    private static String key(String ledger, String posting) {
        return ledger + "/" + posting;
    }

    static void initialise(CounterDoc doc) {
        String[] parts = doc.id().split("\\|", 3);
        doc.set("scope", parts[0]);
        if (parts[0].equals("prog")) {
            doc.set("programme", parts[1]);
        } else {
            doc.set("body", parts[1]);
            doc.set("year", Long.parseLong(parts[2]));
        }
    }
}
