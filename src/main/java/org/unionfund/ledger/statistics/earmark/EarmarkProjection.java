package org.unionfund.ledger.statistics.earmark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.platform.projection.BatchKeys;
import org.unionfund.ledger.statistics.BodyTree;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.statistics.BodyYearProjection;
import org.unionfund.ledger.platform.projection.PositionedEvent;
import org.unionfund.ledger.platform.projection.WriteOnceStore;
import org.unionfund.ledger.statistics.ScopeKeys;
import org.unionfund.ledger.statistics.budget.BudgetKeys;

import com.mongodb.client.MongoDatabase;

/**
 * Earmark compliance (专项资金合规): per body and year ({@code own|<body>|<year>}) and rolled up per region
 * ({@code sub|<region>|<year>}), in {@code earmark_counters}, for every earmarked line ({@code l:<fund>|<earmark>})
 * the participant spend charged to it and the part of that spend whose participant fits the earmark's eligibility,
 * judged here from the fund's establishment ({@code earmark_rules}) and the ownership and category each charge
 * carries, net of reversals. A reversal takes back the eligible share the original posting had on the line (kept in
 * {@code earmark_postings}). Earmarked amounts and total spend come from the budget projection's lines, so
 * compliance and utilisation share their denominators with the budget view (see {@link EarmarkQueries}).
 */
@Component
@ProcessingGroup(BatchProjection.STATISTICS_GROUP)
public class EarmarkProjection extends BodyYearProjection {

    public static final String NAME = "earmark";
    public static final String COUNTERS = "earmark_counters";

    private final WriteOnceStore<EarmarkRule> rules;
    private final WriteOnceStore<ChargedLines> postings;
    private final BodyTree bodies;

    @Autowired
    public EarmarkProjection(MongoDatabase database) {
        this(database, "");
    }

    EarmarkProjection(MongoDatabase database, String prefix) {
        super(database, prefix, NAME, (db, shadowPrefix, w) -> new EarmarkProjection(db, shadowPrefix), COUNTERS);
        this.rules = new WriteOnceStore<>(collection("earmark_rules"), EarmarkRule.CODEC, 10_000);
        this.postings = store(new WriteOnceStore<>(collection("earmark_postings"), ChargedLines.CODEC, 20_000));
        store(rules);
        this.bodies = store(bodyTree("earmark_bodies"));
        routes().on(FundEstablishedEvent.class, (e, established) -> established(established))
                .on(ProgrammeChargedEvent.class, this::prefetch, this::charged)
                .on(PostingReversedEvent.class, this::prefetch, this::reversed);
    }

    private void prefetch(ProgrammeChargedEvent charged, BatchKeys keys) {
        String ledger = charged.ledgerId().rootBodyId();
        charged.charges().stream().filter(c -> c.earmark() != null)
                .forEach(c -> keys.add(rules, ruleKey(ledger, line(c))));
        keys.add(bodies, charged.bodyId().value());
    }

    private void prefetch(PostingReversedEvent reversed, BatchKeys keys) {
        keys.add(postings, key(reversed.ledgerId().rootBodyId(), reversed.originalPostingId().value()));
        reversed.posting().legs().forEach(leg -> keys.add(bodies, leg.account().body().value()));
    }

    private void established(FundEstablishedEvent established) {
        for (Earmark earmark : established.earmarks()) {
            rules.put(ruleKey(established.ledgerId().rootBodyId(),
                    established.fundId().value() + "|" + earmark.code()), new EarmarkRule(earmark.eligibility()));
        }
    }

    private void charged(PositionedEvent e, ProgrammeChargedEvent event) {
        String ledger = event.ledgerId().rootBodyId();
        Map<String, long[]> lines = new LinkedHashMap<>();
        for (ProgrammeCharge charge : event.charges()) {
            if (charge.earmark() == null) {
                continue;
            }
            EarmarkRule rule = rules.get(ruleKey(ledger, line(charge)));
            boolean eligible = rule != null && rule.eligibility().admits(charge.ownership(), charge.category());
            long[] figures = lines.computeIfAbsent(line(charge), k -> new long[2]);
            figures[0] += charge.amount().fen();
            figures[1] += eligible ? charge.amount().fen() : 0;
        }
        if (lines.isEmpty()) {
            return;
        }
        postings.put(key(ledger, event.posting().id().value()), new ChargedLines(lines));
        String body = event.bodyId().value();
        lines.forEach((line, figures) -> book(e, body, event.year(), line, figures[0], figures[1]));
    }

    private void reversed(PositionedEvent e, PostingReversedEvent event) {
        ChargedLines original = postings.get(key(event.ledgerId().rootBodyId(), event.originalPostingId().value()));
        if (original == null) {
            return;
        }
        for (PostingLeg leg : event.posting().legs()) {
            AccountRef account = leg.account();
            if (account.kind() != AccountKind.EXPENSE || account.earmark() == null) {
                continue;
            }
            String line = account.fund().value() + "|" + account.earmark();
            long reversed = -leg.amount().fen();
            book(e, account.body().value(), account.year(), line, -reversed,
                    -original.eligibleShare(line, reversed));
        }
    }

    private void book(PositionedEvent e, String body, int year, String line, long charged, long eligible) {
        String[] parts = line.split("\\|", 2);
        String section = BudgetKeys.line(parts[0], parts[1]);
        for (String doc : ScopeKeys.ownAndRegions(body, bodies.node(body).path(), String.valueOf(year))) {
            for (String s : new String[] {section, BudgetKeys.ALL}) {
                counters.inc(e, doc, s, EarmarkKeys.CHARGED, charged);
                counters.inc(e, doc, s, EarmarkKeys.ELIGIBLE, eligible);
            }
        }
    }

    private static String line(ProgrammeCharge charge) {
        return charge.fundId().value() + "|" + charge.earmark();
    }

    private static String ruleKey(String ledger, String line) {
        return ledger + "/" + line;
    }

    private static String key(String ledger, String posting) {
        return ledger + "/" + posting;
    }
}
