package org.unionfund.ledger.relief.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.CampaignOpenedEvent;
import org.unionfund.ledger.relief.api.GroupTerm;
import org.unionfund.ledger.relief.api.GroupTermSetEvent;
import org.unionfund.ledger.relief.api.OpenCampaignCommand;
import org.unionfund.ledger.relief.api.ReliefPaidEvent;
import org.unionfund.ledger.relief.api.ReliefPaymentReversedEvent;
import org.unionfund.ledger.relief.api.ReverseReliefPaymentCommand;

/**
 * A relief campaign of one body (送温暖/帮扶活动): its groups, terms and budget lines, and the register of its
 * payments (the campaign holds their ledger postings, as a trip does). The rules are in {@link CampaignOpening},
 * {@link ReliefPaying} and {@link PaymentReversing}; {@link ReliefCommandHandler} books each act in the ledger in the
 * same unit of work.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger", cache = "reliefCampaignCache")
@FieldState
public class ReliefCampaign {

    @AggregateIdentifier
    private CampaignId campaignId;
    private CampaignOpenedEvent opened;
    private ArrayList<GroupTerm> terms = new ArrayList<>();
    private LinkedHashMap<String, ReliefPaidEvent> payments = new LinkedHashMap<>();
    private HashSet<String> reversed = new HashSet<>();
    /** Payments per person pseudonym, net of reversals. */
    private HashMap<String, Integer> receipts = new HashMap<>();
    /** Budget and net spend per budget line (fund|earmark), fen. */
    private HashMap<String, Long> budgetFen = new HashMap<>();
    private HashMap<String, Long> spentFen = new HashMap<>();

    protected ReliefCampaign() {
    }

    /** A campaign not opened yet, for the repository's loadOrCreate. */
    public static ReliefCampaign unopened() {
        return new ReliefCampaign();
    }

    public boolean isOpen() {
        return opened != null;
    }

    /** The fingerprint of the request that opened the campaign, or null for one not yet opened. */
    public String openingFingerprint() {
        return opened == null ? null : opened.requestFingerprint();
    }

    public CampaignOpenedEvent opening() {
        return opened;
    }

    public void open(OpenCampaignCommand c, List<BodyId> bodyPath, String fingerprint) {
        apply(new CampaignOpenedEvent(c.campaignId(), c.kind(), c.ledgerId(), c.bodyId(), bodyPath, c.year(),
                c.name(), c.periodFrom(), c.periodTo(), c.groups(), c.terms(), c.paymentsPerPerson(), c.places(),
                CampaignOpening.budgetPostingId(c.campaignId()), c.budget(), fingerprint));
    }

    /** Records a new term; the same term again changes nothing. */
    public void setTerm(GroupTerm term) {
        CampaignOpening.requireTerm(opened.groups(), opened.year(), term, "term");
        if (!terms.contains(term)) {
            apply(new GroupTermSetEvent(campaignId, term));
        }
    }

    public void pay(PaymentPlan plan, Posting posting) {
        apply(plan.toEvent(campaignId, opened.bodyId(), posting));
    }

    public void reverse(ReverseReliefPaymentCommand c, ReliefPaidEvent original, Posting posting) {
        apply(new ReliefPaymentReversedEvent(campaignId, original.paymentId(), original.person(), original.group(),
                original.amount(), c.reason(), c.effectiveDate(), posting.id()));
    }

    // ---- what the decision files read ----

    List<GroupTerm> terms() {
        return terms;
    }

    ReliefPaidEvent payment(String paymentId) {
        return payments.get(paymentId);
    }

    boolean isReversed(String paymentId) {
        return reversed.contains(paymentId);
    }

    int paymentCount() {
        return payments.size();
    }

    int receiptsOf(String person) {
        return receipts.getOrDefault(person, 0);
    }

    long budgetOf(String line) {
        return budgetFen.getOrDefault(line, 0L);
    }

    long spentOf(String line) {
        return spentFen.getOrDefault(line, 0L);
    }

    static String line(Object fundId, String earmark) {
        return fundId + "|" + (earmark == null ? "" : earmark);
    }

    @EventSourcingHandler
    void on(CampaignOpenedEvent e) {
        campaignId = e.campaignId();
        opened = e;
        terms.addAll(e.terms());
        for (ProgrammeBudgetLine l : e.budget()) {
            budgetFen.merge(line(l.fundId().value(), l.earmark()), l.amount().fen(), Math::addExact);
        }
    }

    @EventSourcingHandler
    void on(GroupTermSetEvent e) {
        terms.add(e.term());
    }

    @EventSourcingHandler
    void on(ReliefPaidEvent e) {
        payments.put(e.paymentId(), e);
        receipts.merge(e.person().value(), 1, Integer::sum);
        spentFen.merge(line(e.fundId().value(), e.earmark()), e.amount().fen(), Math::addExact);
    }

    @EventSourcingHandler
    void on(ReliefPaymentReversedEvent e) {
        ReliefPaidEvent original = payments.get(e.paymentId());
        reversed.add(e.paymentId());
        receipts.merge(e.person().value(), -1, Integer::sum);
        spentFen.merge(line(original.fundId().value(), original.earmark()), -e.amount().fen(), Math::addExact);
    }
}
